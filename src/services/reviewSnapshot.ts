// The review worker's side: reviews a project file it opens read-only, in one read transaction (WAL lets it read a
// consistent snapshot while the request thread writes), keeping each document's rows between runs so that a run
// after a change reloads only the documents the history says were touched, and a run after state changes only
// (confirm, reject) recounts the report instead of checking everything again.
import { reviewProject, type ProjectReview } from './review';
import { restateReview, STATE_ONLY_ACTIONS } from './reviewRestate';
import { projectUnits } from './units';
import { Project, type DocumentSummary, type StoredDocument, type UnitRow } from '../store';
import { closeProjectFile, openProjectFile } from '../store/open';

/** Actions that change no rows: the review reads the ignore list afresh every run. */
const ROWLESS_ACTIONS = new Set(['ignore_findings', 'unignore_findings']);
/** More history entries than this since the last run: reload everything rather than read them all. */
const MAX_ENTRIES = 10_000;

export interface SnapshotReview {
  /** The newest history id the snapshot contains: the review is current while the project's newest id is this. */
  at: number;
  review: ProjectReview;
  /** Documents whose rows were read from the file in this run (the rest came from the previous runs). */
  reloaded: number;
  /** Documents whose rows were kept from an earlier run. */
  kept: number;
  /** True when only links' states changed since the selection's last review, so only its counts were redone. */
  restated: boolean;
}

/** Selections whose last review is kept for the state-only case. */
const KEPT_REVIEWS = 16;

export class ReviewSnapshots {
  private path: string | null = null;
  private at = -1;
  private readonly rows = new Map<number, UnitRow[]>();
  private readonly documents = new Map<number, StoredDocument>();
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
        this.forgetChanged(project, path, at);
        const counts = { reloaded: 0, kept: 0 };
        const view = this.view(project, (fresh) => counts[fresh ? 'reloaded' : 'kept']++);
        const key = JSON.stringify(pages ?? null);
        const previous = this.reviews.get(key);
        const restated = previous && this.onlyStatesChanged(project, previous.at, at) ? restateReview(previous.review, [...projectUnits(view, { pages })]) : null;
        const review = restated ?? reviewProject(view, pages);
        if (!this.reviews.has(key) && this.reviews.size >= KEPT_REVIEWS) this.reviews.clear();
        this.reviews.set(key, { at, review });
        return { at, review, ...counts, restated: restated !== null };
      } finally {
        opened.db.exec('COMMIT');
      }
    } finally {
      // Read-only: this closes the connection only (no lock, no journal change). The request thread can switch the
      // journal back when it closes only while no reader holds the file open, so nothing is kept open between runs.
      closeProjectFile(opened);
    }
  }

  /** Drops the kept rows of every document a history entry since the last run names (all of them when unsure). */
  private forgetChanged(project: Project, path: string, at: number): void {
    const everything = (): void => {
      this.rows.clear();
      this.documents.clear();
    };
    if (this.path !== path || at < this.at || at - this.at > MAX_ENTRIES) {
      everything();
      this.reviews.clear();
    }
    else if (at > this.at) {
      const touched = new Set<number>();
      for (const entry of project.history(at - this.at)) {
        if (entry.id <= this.at || ROWLESS_ACTIONS.has(entry.action)) continue;
        if (entry.documentId === null) {
          everything();
          break;
        }
        touched.add(entry.documentId);
      }
      // A pair is two documents whose rows are read through the translation page: a change to either names one.
      for (const d of project.listDocuments()) if (touched.has(d.id) || (d.sourceDocument && touched.has(d.sourceDocument.id))) this.forget(d);
      for (const id of touched) this.forget({ id });
    }
    this.path = path;
    this.at = at;
  }

  /** Whether every history entry after `since` up to `at` changed links' states and nothing else. */
  private onlyStatesChanged(project: Project, since: number, at: number): boolean {
    if (at < since || at - since > MAX_ENTRIES) return false;
    return project.history(Math.max(1, at - since)).every((e) => e.id <= since || STATE_ONLY_ACTIONS.has(e.action));
  }

  private forget(d: Pick<DocumentSummary, 'id'>): void {
    this.rows.delete(d.id);
    this.documents.delete(d.id);
  }

  /** The project with its per-document reads answered from what was kept; every other call goes to the file. */
  private view(project: Project, onRows: (fresh: boolean) => void): Project {
    const { rows, documents } = this;
    return new Proxy(project, {
      get(target, prop) {
        if (prop === 'unitRows') {
          return (id: number): UnitRow[] => {
            let kept = rows.get(id);
            onRows(kept === undefined);
            if (!kept) rows.set(id, (kept = target.unitRows(id)));
            return kept;
          };
        }
        if (prop === 'getDocument') {
          return (id: number): StoredDocument => {
            let kept = documents.get(id);
            if (!kept) documents.set(id, (kept = target.getDocument(id)));
            return kept;
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}
