// Issue 12 point 1 measured as a person works: a 100,000-row document opened over HTTP on 127.0.0.1, then actions
// at 2 per second right after opening (an Enter-like links.setState on the next row, and the editor's
// review.findings after each, as the UI does), against the same actions on a quiet server (no review asked);
// first rows of the long document against a 1,000-row one; the review view's answer from kept results.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LinkPage } from '../../src/api/types';
import { makeLongProject } from '../api/review-background-project';
import { serveProject } from '../api/transports';
import { median, type BenchResult } from './stats';

const LONG = 100_000;
const SHORT = 1_000;
const ACTIONS = 20;
const PACE_MS = 500;
const ROUNDS = 3;

const serve = (path: string) => serveProject(path, { version: 'bench' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

/** Opens the document as the editor does (its first rows, and its findings unless quiet), then acts at 2 per second. */
async function pacedSession(path: string, documentId: number, firstRow: number, withReview: boolean): Promise<{ saves: number[]; firstRows: number }> {
  const s = await serve(path);
  try {
    // The findings are asked as the editor asks them and not awaited: the session ends (and the workbench closes,
    // refusing the first ask if its review is still running) when the last action is saved.
    const askFindings = () => void s.call('review.findings', { pages: [documentId] }).catch(() => undefined);
    if (withReview) askFindings();
    const [firstRows, page] = await timed(() => s.call<LinkPage>('links.list', { documentId, offset: firstRow, limit: ACTIONS }));
    const saves: number[] = [];
    const actions: Array<Promise<void>> = [];
    const started = performance.now();
    for (let k = 0; k < ACTIONS; k++) {
      const due = started + k * PACE_MS;
      await sleep(Math.max(0, due - performance.now()));
      const linkId = page.rows[k]!.id;
      actions.push(
        timed(() => s.call('links.setState', { linkIds: [linkId], state: 'confirmed' })).then(([ms]) => {
          saves.push(ms);
          if (withReview) askFindings();
        }),
      );
    }
    await Promise.all(actions);
    return { saves, firstRows };
  } finally {
    await s.close();
  }
}

/** Time to the first rows right after opening (the editor asks for its findings at the same moment), median of 3. */
async function firstRows(path: string, documentId: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const s = await serve(path);
    try {
      const findings = s.call('review.findings', { pages: [documentId] }).catch(() => undefined);
      times.push((await timed(() => s.call('links.list', { documentId, offset: 0, limit: 200 })))[0]);
      void findings;
    } finally {
      await s.close();
    }
  }
  return median(times);
}

/** The review view's report: the first ask, asks answered from kept results, and one right after a change. */
async function reviewView(path: string, documentId: number): Promise<{ first: number; kept: number; afterChange: number; full: number; restated: number; edited: number }> {
  const s = await serve(path);
  try {
    const [first] = await timed(() => s.call('review.report', {}));
    const full = s.workbench.state.reviews.lastRun?.ms ?? NaN;
    const kept: number[] = [];
    for (let k = 0; k < 5; k++) kept.push((await timed(() => s.call('review.report', {})))[0]);
    const page = await s.call<LinkPage>('links.list', { documentId, offset: 500, limit: 1 });
    await s.call('links.setState', { linkIds: [page.rows[0]!.id], state: 'rejected' });
    const [afterChange] = await timed(() => s.call('review.report', {}));
    const settled = async (): Promise<number> => {
      while (s.workbench.state.reviews.busy) await sleep(50);
      return s.workbench.state.reviews.lastRun?.ms ?? NaN;
    };
    const restated = await settled();
    await s.call('sentence.edit', { sentenceId: page.rows[0]!.translation[0]!.id, text: 'Ein geänderter Satz Satz.' });
    await s.call('review.report', {});
    return { first, kept: median(kept), afterChange, full, restated, edited: await settled() };
  } finally {
    await s.close();
  }
}

export async function bench(): Promise<BenchResult[]> {
  const long = makeLongProject(LONG);
  const short = makeLongProject(SHORT);
  try {
    return await measure(long, short);
  } finally {
    // A 100,000-row project is over 100 MB: not left in the temporary folder.
    for (const made of [long, short]) rmSync(dirname(made.path), { recursive: true, force: true });
  }
}

async function measure(long: { path: string; documentId: number }, short: { path: string; documentId: number }): Promise<BenchResult[]> {
  // Quiet and busy sessions alternate, so a change in the machine's load falls on both.
  const quiet = { saves: [] as number[] };
  const busy = { saves: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    quiet.saves.push(...(await pacedSession(long.path, long.documentId, 2 * round * ACTIONS, false)).saves);
    busy.saves.push(...(await pacedSession(long.path, long.documentId, (2 * round + 1) * ACTIONS, true)).saves);
  }
  const shortSession = await pacedSession(short.path, short.documentId, 0, true);
  const view = await reviewView(long.path, long.documentId);
  const firstLong = await firstRows(long.path, long.documentId);
  const firstShort = await firstRows(short.path, short.documentId);
  const ratio = (a: number, b: number) => a / Math.max(b, 0.001);
  return [
    { name: `key→saved, quiet server, ${LONG} rows (median of ${ROUNDS}×${ACTIONS} at 2/s)`, value: median(quiet.saves), unit: 'ms' },
    { name: `key→saved, quiet server (worst)`, value: Math.max(...quiet.saves), unit: 'ms' },
    { name: `key→saved right after opening, review.findings after each (median)`, value: median(busy.saves), unit: 'ms', target: '< 50 on a desktop' },
    { name: `key→saved right after opening (worst)`, value: Math.max(...busy.saves), unit: 'ms' },
    { name: 'key→saved ratio, paced after opening / quiet (median)', value: ratio(median(busy.saves), median(quiet.saves)), unit: '×', target: '≤ 1.5' },
    { name: 'key→saved ratio, paced after opening / quiet (worst)', value: ratio(Math.max(...busy.saves), Math.max(...quiet.saves)), unit: '×' },
    { name: `first rows (links.list, 200) right after opening, ${LONG} rows (median of 3)`, value: firstLong, unit: 'ms', target: '< 1000 on a desktop' },
    { name: `first rows (links.list, 200) right after opening, ${SHORT} rows (median of 3)`, value: firstShort, unit: 'ms' },
    { name: `first rows ratio, ${LONG} / ${SHORT} rows`, value: ratio(firstLong, firstShort), unit: '×', target: '≤ 2' },
    { name: `key→saved right after opening, ${SHORT} rows (median)`, value: median(shortSession.saves), unit: 'ms' },
    { name: `review view: first report (waits for the first review), ${LONG} rows`, value: view.first, unit: 'ms' },
    { name: 'review view: report from kept results (median of 5)', value: view.kept, unit: 'ms' },
    { name: 'review view: report right after a change (kept, marked stale)', value: view.afterChange, unit: 'ms' },
    { name: 'background review, whole run (worker, first)', value: view.full, unit: 'ms' },
    { name: 'background review after a reject (state only: counts redone)', value: view.restated, unit: 'ms' },
    { name: 'background review after a text edit (whole review, rows re-read)', value: view.edited, unit: 'ms' },
  ];
}
