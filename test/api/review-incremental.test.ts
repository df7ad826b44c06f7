// After a text edit in a long document the background review re-reads and re-checks only the rows that changed:
// the work is counted (rows read from the file, rows whose checks ran), and the findings and report equal a whole
// review computed from scratch, including the checks that compare rows with each other (quotes across neighbours,
// name spellings, the corpus's length norm, one original translated several ways).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewProject } from '../../src/services/review';
import { BackgroundReviewer } from '../../src/services/reviewJobs';
import { ReviewSnapshots, type SnapshotReview } from '../../src/services/reviewSnapshot';
import { openProject, type Project } from '../../src/store';
import { longUnits } from './review-background-project';

const ROWS = 10_000;
/** Rows imported without a translation, for addTranslation. */
const UNTRANSLATED = [4000, 4001];

let path: string;
let project: Project;
let documentId: number;
const snapshots = new ReviewSnapshots();

beforeAll(() => {
  path = join(mkdtempSync(join(tmpdir(), 'bitext-review-incr-')), 'long.bitext');
  project = openProject(path, { create: true });
  const units = longUnits(ROWS).map((u, i) => (UNTRANSLATED.includes(i) ? { ...u, target: { ...u.target, text: '' } } : u));
  documentId = project.importUnits(units, { contentHash: 'incr', source: 'long.tsv' }).documentIds[0]!;
});
afterAll(() => {
  project.close();
  rmSync(dirname(path), { recursive: true, force: true });
});

const row = (index: number) => project.listLinks(documentId, { offset: index, limit: 1 })[0]!;
const translationOf = (index: number) => row(index).translation[0]!;

/** The worker's review after the change, checked against a review from scratch; returns its work counts. */
function reviewAfter(change: () => void): SnapshotReview {
  change();
  const incremental = snapshots.review(path);
  expect(incremental.review).toEqual(reviewProject(project));
  return incremental;
}

describe('the review after text edits in a 10,000-row document', () => {
  it('checks every row once, then only the edited row after each text action', () => {
    const first = snapshots.review(path);
    expect([first.rowsRead, first.rowsChecked]).toEqual([ROWS, ROWS]);

    const edited = reviewAfter(() => project.editSentence(translationOf(10).id, 'Die Gespräche dauerten drei drei Stunden.'));
    expect([edited.rowsRead, edited.rowsChecked, edited.reloaded, edited.kept]).toEqual([1, 1, 0, 1]);
    expect(edited.review.findings.some((f) => f.rowIndex === 10 && f.check === 'doubled-word')).toBe(true);

    expect(reviewAfter(() => project.revertSentence(translationOf(10).id))).toMatchObject({ rowsRead: 1, rowsChecked: 1 });
    expect(reviewAfter(() => project.splitSentence(translationOf(20).id, 10))).toMatchObject({ rowsRead: 1, rowsChecked: 1 });
    const [head, tail] = row(20).translation;
    expect(reviewAfter(() => project.joinSentences(head!.id, tail!.id))).toMatchObject({ rowsRead: 1, rowsChecked: 1 });
    const added = reviewAfter(() => project.addTranslation(row(UNTRANSLATED[0]!).id, 'Eine neue Übersetzung steht hier.'));
    expect(added).toMatchObject({ rowsRead: 1, rowsChecked: 1 });
    expect(added.review.findings.some((f) => f.rowIndex === UNTRANSLATED[0] && f.check === 'empty-translation')).toBe(false);
    expect(reviewAfter(() => project.undo())).toMatchObject({ rowsRead: 1, rowsChecked: 1 });
    // An annotation changes the MQM figures, not the text: its row is read again, no check runs.
    const annotated = reviewAfter(() => project.addAnnotation({ sentenceId: translationOf(70).id, start: 0, end: 3, category: 'accuracy/mistranslation', severity: 'major' }));
    expect([annotated.rowsRead, annotated.rowsChecked, annotated.restated]).toEqual([1, 0, false]);
    expect(annotated.review.report.corpus.mqm.counts.major).toBe(1);
  }, 300_000);

  it('keeps the checks across rows right: a quote closed in the next row, a name spelled two ways, a far too long row', () => {
    const opened = reviewAfter(() => project.editSentence(translationOf(30).id, '„Die Gespräche dauerten drei Stunden.'));
    expect(opened.rowsChecked).toBe(1);
    expect(opened.review.findings.some((f) => f.rowIndex === 30 && f.check === 'unbalanced-quotes')).toBe(true);
    // The next row closes it: the finding of the row before goes, though only the next row changed.
    const closed = reviewAfter(() => project.editSentence(translationOf(31).id, 'Beide Seiten unterzeichneten ein Abkommen.“'));
    expect(closed.rowsChecked).toBe(1);
    expect(closed.review.findings.some((f) => f.rowIndex === 30 && f.check === 'unbalanced-quotes')).toBe(false);
    // `Hanoi` is everywhere; one `Hannoi` is a variant of it.
    const variant = reviewAfter(() => project.editSentence(translationOf(40).id, 'Der Minister traf am Montag in Hannoi ein.'));
    expect(variant.rowsChecked).toBe(1);
    expect(variant.review.findings.some((f) => f.rowIndex === 40 && f.check === 'name-variant')).toBe(true);
    const long = reviewAfter(() => project.editSentence(translationOf(50).id, 'Die Delegation besuchte auch Da Nang und blieb dort sehr lange, viel länger als geplant war.'.repeat(4)));
    expect(long.rowsChecked).toBe(1);
    expect(long.review.findings.some((f) => f.rowIndex === 50 && f.check === 'length-ratio')).toBe(true);
  }, 300_000);

  it('does the same in the worker thread, which says what the run cost', async () => {
    // Every ask waits for the current review (as on a small project), so the answer is the edited one.
    const reviewer = new BackgroundReviewer(project, undefined, Infinity);
    try {
      await reviewer.get();
      project.editSentence(translationOf(60).id, 'Das Haus Haus steht.');
      const after = await reviewer.get();
      expect(after.stale).toBe(false);
      expect(reviewer.lastRun).toMatchObject({ restated: false, rowsRead: 1, rowsChecked: 1 });
      expect(after.review.findings.some((f) => f.rowIndex === 60 && f.excerpt === 'Haus Haus')).toBe(true);
    } finally {
      await reviewer.close();
    }
  }, 120_000);
});
