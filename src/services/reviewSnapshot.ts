// The review worker's side: reviews a project file it opens read-only, in one read transaction (WAL lets it read a
// consistent snapshot while the request thread writes). Between runs it keeps each document's rows (re-reading only
// the links the history says were touched) and each row's check results (re-checking only rows whose text
// changed), so a run after an edit costs the edited rows plus the cheap corpus-wide part; a run after state changes
// only (confirm, reject) recounts the report instead of checking anything.
import { IncrementalChecks } from '../review';
import { reviewProject, type ProjectReview } from './review';
import { KeptRows } from './reviewKeptRows';
import { restateReview, STATE_ONLY_ACTIONS } from './reviewRestate';
import { projectUnits } from './units';
import { Project } from '../store';
import { closeProjectFile, openProjectFile } from '../store/open';

/** More history entries than this since the last run: review everything rather than read them all. */
const MAX_ENTRIES = 10_000;

export interface SnapshotReview {
  /** The newest history id the snapshot contains: the review is current while the project's newest id is this. */
  at: number;
  review: ProjectReview;
  /** Documents whose rows were read from the file in this run (the rest came from the previous runs). */
  reloaded: number;
  /** Documents whose rows were kept from an earlier run (links an action touched re-read in place). */
  kept: number;
  /** True when only links' states changed since the selection's last review, so only its counts were redone. */
  restated: boolean;
  /** Rows read from the file, and rows whose checks ran (the rest reused): the work this run cost. */
  rowsRead: number;
  rowsChecked: number;
}

/** Selections whose last review is kept for the state-only case. */
const KEPT_REVIEWS = 16;

export class ReviewSnapshots {
  private readonly rows = new KeptRows();
  private readonly checker = new IncrementalChecks();
  private readonly reviews = new Map<string, { at: number; review: ProjectReview }>();

  /** Reviews the project file at `path` as it is now (or the pages given). */
  review(path: string, pages?: readonly number[]): SnapshotReview {
    const opened = openProjectFile(path, { readOnly: true });
    try {
      // A deferred read transaction: every query of this run sees the same snapshot of the file.
      opened.db.exec('BEGIN');
      try {
        const project = new Project(opened);
        const at = project.history(1)[0]?.id ?? 0;
        if (this.rows.update(project, opened.db, path, at)) this.reviews.clear();
        const counts = { reloaded: 0, kept: 0 };
        const view = this.rows.view(project, (fresh) => counts[fresh ? 'reloaded' : 'kept']++);
        const key = JSON.stringify(pages ?? null);
        const previous = this.reviews.get(key);
        const restated = previous && this.onlyStatesChanged(project, previous.at, at) ? restateReview(previous.review, [...projectUnits(view, { pages })]) : null;
        this.checker.computed = 0;
        const review = restated ?? reviewProject(view, pages, this.checker);
        if (!this.reviews.has(key) && this.reviews.size >= KEPT_REVIEWS) this.reviews.clear();
        this.reviews.set(key, { at, review });
        return { at, review, ...counts, restated: restated !== null, rowsRead: this.rows.rowsRead, rowsChecked: this.checker.computed };
      } finally {
        opened.db.exec('COMMIT');
      }
    } finally {
      // Read-only: this closes the connection only (no lock, no journal change). The request thread can switch the
      // journal back when it closes only while no reader holds the file open, so nothing is kept open between runs.
      closeProjectFile(opened);
    }
  }

  /** Whether every history entry after `since` up to `at` changed links' states and nothing else. */
  private onlyStatesChanged(project: Project, since: number, at: number): boolean {
    if (at < since || at - since > MAX_ENTRIES) return false;
    return project.history(Math.max(1, at - since)).every((e) => e.id <= since || STATE_ONLY_ACTIONS.has(e.action));
  }
}
