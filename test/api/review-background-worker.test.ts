// The background reviewer's own promises: asks during a run are coalesced (one running, one queued), quick runs are
// waited for, state-only changes recounted, a worker that dies is reported to the waiting call and replaced at the next ask, close() ends the thread.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reviewProject } from '../../src/services/review';
import { BackgroundReviewer, startReviewWorker } from '../../src/services/reviewJobs';
import { openProject, type Project } from '../../src/store';
import { makeLongProject } from './review-background-project';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('background reviewer', () => {
  let project: Project;
  let documentId: number;
  let folder: string;
  let reviewer: BackgroundReviewer | null = null;
  beforeEach(() => {
    const made = makeLongProject(300, 1);
    project = openProject(made.path);
    folder = dirname(made.path);
    documentId = made.documentId;
  });
  afterEach(async () => {
    await reviewer?.close();
    project.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs at most one review and queues at most one more, however often it is asked', async () => {
    let runs = 0;
    reviewer = new BackgroundReviewer(
      project,
      () => {
        const worker = startReviewWorker();
        worker.on('message', () => runs++);
        return worker;
      },
      0,
    );
    const first = await reviewer.get();
    expect(first.stale).toBe(false);
    const links = project.listLinks(documentId, { limit: 10 });
    // Ten actions, each followed by an ask, all before the worker can answer (no await in between).
    const asks = links.map((link) => {
      project.setLinkState([link.id], 'confirmed');
      return reviewer!.get();
    });
    const answers = await Promise.all(asks);
    // Every answer came at once from the kept review, marked as not current.
    expect(answers.every((a) => a.stale && a.running && a.review === first.review)).toBe(true);
    while (reviewer.busy) await sleep(20);
    const last = await reviewer.get();
    expect(last.stale).toBe(false);
    expect(last.review.report.corpus.confirmed).toBe(first.review.report.corpus.confirmed + links.length);
    // The first run, the one the first change started, and at most one for everything asked while that ran (none
    // when the worker's snapshot already held all ten changes): never one per ask.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(3);
  }, 120_000);

  it('waits for the current review where runs are quick, so a small project always answers current', async () => {
    reviewer = new BackgroundReviewer(project);
    const first = await reviewer.get();
    const link = project.listLinks(documentId, { limit: 1 })[0]!;
    project.setLinkState([link.id], 'confirmed');
    const next = await reviewer.get();
    expect(next.stale).toBe(false);
    expect(next.review.report.corpus.confirmed).toBe(first.review.report.corpus.confirmed + 1);
  }, 120_000);

  it('after confirms and rejects only, recounts instead of checking again, and equals a whole review', async () => {
    reviewer = new BackgroundReviewer(project);
    await reviewer.get();
    const links = project.listLinks(documentId, { limit: 20 });
    project.setLinkState([links[2]!.id, links[5]!.id], 'rejected');
    project.confirmLinksThrough(links[10]!.id);
    project.undo();
    project.confirmLinksThrough(links[12]!.id);
    const restated = await reviewer.get();
    expect(reviewer.lastRun).toMatchObject({ restated: true });
    expect(restated.review).toEqual(reviewProject(project));
    // A text change is checked again: the edited row only, re-read in place, the rest kept.
    project.editSentence(links[1]!.translation[0]!.id, 'Ein Satz Satz mit Fehler.');
    const checked = await reviewer.get();
    expect(reviewer.lastRun).toMatchObject({ restated: false, reloaded: 0, kept: 2, rowsRead: 1, rowsChecked: 1 });
    expect(checked.review).toEqual(reviewProject(project));
    expect(checked.review.report.corpus.checks['doubled-word']).toBe((restated.review.report.corpus.checks['doubled-word'] ?? 0) + 1);
  }, 120_000);

  it('reports a worker that dies to the waiting call, and starts a new one at the next ask', async () => {
    let starts = 0;
    reviewer = new BackgroundReviewer(project, () => (++starts === 1 ? new Worker('process.exit(3)', { eval: true }) : startReviewWorker()));
    await expect(reviewer.get()).rejects.toThrow(/background review stopped \(the thread exited with code 3\)\. It starts again at the next request/);
    expect(reviewer.problem).toMatch(/exited with code 3/);
    const again = await reviewer.get();
    expect(again.stale).toBe(false);
    expect(again.review.findings.length).toBeGreaterThan(0);
    expect(starts).toBe(2);
  }, 120_000);

  it('ends the worker thread on close', async () => {
    let worker: Worker | null = null;
    reviewer = new BackgroundReviewer(project, () => (worker = startReviewWorker()));
    await reviewer.get();
    let exited = false;
    (worker as Worker | null)?.once('exit', () => (exited = true));
    expect(worker).not.toBeNull();
    await reviewer.close();
    expect(exited).toBe(true);
    await expect(reviewer.get()).rejects.toThrow(/closing/);
  }, 120_000);
});
