// ESA scores over HTTP (a real server on 127.0.0.1): esa.set and esa.list, undo and redo, the review report's ESA
// figures per page and for the corpus, and refusals that name the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult, CorpusEntry, EsaReviewReport, EsaScore, LinkPage } from '../../src/api/contract';
import { httpTransport, type Outcome, type Transport } from './transports';

let api: Transport;
let documentId: number;
let otherId: number;
let linkIds: number[];

async function ok<T>(method: string, args: unknown): Promise<T> {
  const outcome = await api.call(method, args);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.code} ${outcome.message}`);
  return outcome.result as T;
}
async function refused(method: string, args: unknown): Promise<Extract<Outcome, { ok: false }>> {
  const outcome = await api.call(method, args);
  if (outcome.ok) throw new Error(`${method} accepted ${JSON.stringify(args)}`);
  return outcome;
}
const listed = async (id = documentId) => (await ok<EsaScore[]>('esa.list', { documentId: id })).map(({ linkId, score }) => ({ linkId, score }));

beforeAll(async () => {
  api = await httpTransport();
  const pages = await ok<CorpusEntry[]>('corpus.list', {});
  documentId = pages[0]!.id;
  otherId = pages[1]!.id;
  linkIds = (await ok<LinkPage>('links.list', { documentId, limit: 10 })).rows.map((r) => r.id);
});
afterAll(() => api.close());

describe('esa over HTTP', () => {
  it('sets, changes and clears a score, each undoable', async () => {
    const [a, b] = linkIds;
    const set = await ok<ActionResult>('esa.set', { linkId: a, score: 40 });
    expect(set.change).toMatchObject({ action: 'esa_score', documentId, linkIds: [a] });
    expect(set.history.undoAction).toBe('esa_score');
    await ok('esa.set', { linkId: b, score: 100 });
    await ok('esa.set', { linkId: a, score: 66 });
    expect(await listed()).toEqual([
      { linkId: a, score: 66 },
      { linkId: b, score: 100 },
    ]);
    await ok('esa.set', { linkId: b, score: null });
    expect(await listed()).toEqual([{ linkId: a, score: 66 }]);
    await ok('history.undo', {});
    await ok('history.undo', {});
    expect(await listed()).toEqual([
      { linkId: a, score: 40 },
      { linkId: b, score: 100 },
    ]);
    await ok('history.redo', {});
    await ok('history.redo', {});
    expect(await listed()).toEqual([{ linkId: a, score: 66 }]);
  });

  it('reports the mean and the count of scored rows per page and for the corpus, beside MQM', async () => {
    const other = (await ok<LinkPage>('links.list', { documentId: otherId, limit: 3 })).rows.map((r) => r.id);
    await ok('esa.set', { linkId: linkIds[2], score: 90 });
    await ok('esa.set', { linkId: other[0], score: 10 });
    const report = await ok<EsaReviewReport>('review.report', {});
    const page = report.pages.find((p) => p.documentId === documentId)!;
    expect(page.esa).toEqual({ scored: 2, mean: 78 });
    expect(page.mqm).toBeDefined();
    expect(report.pages.find((p) => p.documentId === otherId)!.esa).toEqual({ scored: 1, mean: 10 });
    expect(report.pages.filter((p) => p.documentId !== documentId && p.documentId !== otherId).every((p) => p.esa.scored === 0 && p.esa.mean === null)).toBe(true);
    expect(report.corpus.esa).toEqual({ scored: 3, mean: (66 + 90 + 10) / 3 });
    // A report of some pages counts only theirs.
    const one = await ok<EsaReviewReport>('review.report', { pages: [otherId] });
    expect(one.corpus.esa).toEqual({ scored: 1, mean: 10 });
    // Cleared at once: the figure does not wait for the checks to run again.
    await ok('esa.set', { linkId: other[0], score: null });
    expect((await ok<EsaReviewReport>('review.report', { pages: [otherId] })).corpus.esa).toEqual({ scored: 0, mean: null });
  });

  it('refuses bad arguments with 400 and the field named', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ linkId: linkIds[0], score: 101 }, /field "score": must be at most 100/],
      [{ linkId: linkIds[0], score: -5 }, /field "score": must be at least 0/],
      [{ linkId: linkIds[0], score: 12.5 }, /field "score": must be a whole number/],
      [{ linkId: linkIds[0], score: '50' }, /field "score": must be a whole number from 0 to 100, or null/],
      [{ linkId: linkIds[0] }, /field "score"/],
      [{ score: 50 }, /field "linkId"/],
      [{ linkId: linkIds[0], score: 50, comment: 'x' }, /unknown field "comment"/],
    ];
    for (const [args, message] of cases) {
      const outcome = await refused('esa.set', args);
      expect(outcome).toMatchObject({ code: 'invalid_argument', status: 400 });
      expect(outcome.message).toMatch(message);
    }
    expect((await refused('esa.list', {})).message).toMatch(/field "documentId"/);
    const missing = await refused('esa.set', { linkId: 99_999_999, score: 50 });
    expect(missing).toMatchObject({ code: 'not_found', status: 404 });
    expect(missing.message).toMatch(/no row \(link\) 99999999/);
  });
});
