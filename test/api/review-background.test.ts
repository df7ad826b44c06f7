// Reviews run on a worker thread: while one runs over a long document, actions and reads are answered; answers say
// whether the review they carry is current; the next review reflects a change, re-reading only the changed
// document; closing stops the worker and leaves the file as a closed project should be. Over a real HTTP server.
import { existsSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkPage } from '../../src/api/types';
import { withEsa } from '../../src/services/esaReport';
import { reviewProject, type ReviewFindings, type ReviewReport } from '../../src/services/review';
import type { ReviewFreshness } from '../../src/services/reviewJobs';
import { openSqlite } from '../../src/store/driver';
import { makeLongProject } from './review-background-project';
import { serveProject, type ServedProject } from './transports';

const ROWS = 30_000;

const serve = (path: string) => serveProject(path);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, ready: () => boolean | Promise<boolean>, limitMs = 120_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`gave up waiting until ${what}`);
    await sleep(20);
  }
}

describe('reviews on a worker thread', () => {
  let long: { path: string; documentId: number };
  beforeAll(() => {
    long = makeLongProject(ROWS, 3);
  }, 120_000);

  let open: ServedProject;
  let closed = false;
  afterAll(async () => {
    if (!closed && open) {
      await open.server.close();
      await open.workbench.close();
    }
    rmSync(dirname(long.path), { recursive: true, force: true });
  });

  it('answers links.setState and links.list while the first review of a long document is running', async () => {
    open = await serve(long.path);
    const order: string[] = [];
    const findings = open.call<ReviewFindings & ReviewFreshness>('review.findings', { pages: [long.documentId] }).then((r) => (order.push('review.findings'), r));
    // The review has been handed to the worker (and the request thread is free) before the actions are sent.
    await until('the worker reviews', () => open.workbench.state.reviews.busy);
    const page = await open.call<LinkPage>('links.list', { documentId: long.documentId, offset: 0, limit: 50 });
    order.push('links.list');
    await open.call('links.setState', { linkIds: [page.rows[0]!.id], state: 'confirmed' });
    order.push('links.setState');
    const first = await findings;
    expect(order).toEqual(['links.list', 'links.setState', 'review.findings']);
    expect(first.total).toBeGreaterThan(ROWS / 50 - 10);
  }, 240_000);

  it('says stale while a newer review is computed, then current, reflecting the change and re-reading only its row', async () => {
    // Answer at once even where the run would be quick (a fast machine reviews 30,000 rows in about a second).
    open.workbench.state.reviews.quickRunMs = 0;
    const report = () => open.call<ReviewReport & ReviewFreshness>('review.report', {});
    const current = async (): Promise<ReviewReport & ReviewFreshness> => {
      let last = await report();
      await until('the review is current', async () => !(last = await report()).stale);
      return last;
    };
    const before = await current();
    expect(before).toMatchObject({ stale: false, running: false });
    const page = await open.call<LinkPage>('links.list', { documentId: long.documentId, offset: 0, limit: 50 });
    const row = page.rows[3]!;
    await open.call('links.setState', { linkIds: [row.id], state: 'confirmed' });
    await open.call('sentence.edit', { sentenceId: row.translation[0]!.id, text: 'Das Haus Haus steht.' });

    const kept = await report();
    expect(kept).toMatchObject({ stale: true, running: true, corpus: { confirmed: before.corpus.confirmed } });

    const after = await current();
    expect(after.corpus.confirmed).toBe(before.corpus.confirmed + 1);
    expect(after.corpus.checks['doubled-word']).toBe((before.corpus.checks['doubled-word'] ?? 0) + 1);
    const findings = await open.call<ReviewFindings & ReviewFreshness>('review.findings', { check: 'doubled-word', limit: 100_000 });
    expect(findings.stale).toBe(false);
    expect(findings.findings.some((f) => f.linkId === row.id && f.excerpt === 'Haus Haus')).toBe(true);
    // Only the changed row of the long document was read again and checked; everything else came from the previous run.
    expect(open.workbench.state.reviews.lastRun).toMatchObject({ reloaded: 0, kept: 4, rowsRead: 1, rowsChecked: 1 });
    // The worker's review (rows partly kept from earlier runs) equals a whole review computed here from scratch.
    const fresh = reviewProject(open.workbench.state.project);
    const { stale: _stale, running: _running, ...kept2 } = after;
    expect(kept2).toEqual(withEsa(fresh.report, open.workbench.state.project.esaTallies()));
    expect(findings.findings).toEqual(fresh.findings.filter((f) => f.check === 'doubled-word' && !f.ignored));
  }, 240_000);

  it('closing in the middle of a review stops the worker, fails the waiting call and closes the file cleanly', async () => {
    await open.server.close();
    await open.workbench.close();
    open = await serve(long.path);
    const { workbench } = open;
    const pending = workbench.state.reviews.get([long.documentId]);
    const outcome = pending.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await until('the worker reviews', () => workbench.state.reviews.busy);
    await open.server.close();
    closed = true;
    await workbench.close();
    expect(await outcome).toMatch(/workbench closed before the review finished/);
    expect(workbench.state.reviews.busy).toBe(false);
    // The worker's read connection is gone: closing switched the file back to its rollback journal, which SQLite
    // refuses while another connection has the file open.
    const db = openSqlite(long.path, { readOnly: true, fileMustExist: true });
    try {
      expect(db.pragmaValue('journal_mode')).toBe('delete');
    } finally {
      db.close();
    }
    expect(existsSync(`${long.path}-wal`)).toBe(false);
    await expect(workbench.state.reviews.get()).rejects.toThrow(/closing/);
  }, 240_000);
});
