// Row filters run on the server (issue 12 points 1 and 6): on a real project file of 60,000 rows served over HTTP on
// 127.0.0.1, links.list and links.next filter by state, shape and confidence band in SQL, count the matching rows,
// page over them with each row's real document index, and find rows after row 50,000 (the old client-side filter
// read only the first 50,000). Every combination is checked against the same filter applied to all rows by hand.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, ReviewFindings } from '../../src/api/contract';
import type { LinkPage, RowFilter } from '../../src/api/types';
import type { AlignedUnit } from '../../src/formats';
import { openProject, type LinkRow } from '../../src/store';
import { bandOf, shapeOf } from '../../src/store/rowFilter';
import { longUnits } from '../fixtures/longUnits';
import { openTestWorkbench, serveProject, type ServedProject } from './transports';

const ROWS = 60_000;
const CONFIRMED = [10, 55_000];
const REJECTED = [52_000];
const ONE_SIDED = [3, 51_234];
/** Merged into one row after the import (the row count drops by one). */
const MERGED = [56_000, 56_001];

const units = (): AlignedUnit[] =>
  longUnits(ROWS, (i) => ({
    noTranslation: ONE_SIDED.includes(i),
    state: CONFIRMED.includes(i) ? 'confirmed' : REJECTED.includes(i) ? 'rejected' : 'proposed',
    score: [0.9, 0.6, 0.2, null][i % 4] ?? null,
  }));

let served: ServedProject;
let documentId: number;
/** Every row as the store lists it unfiltered: what each filter is checked against. */
let all: LinkRow[];

beforeAll(async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-filters-')), 'long.bitext');
  const project = openProject(path, { create: true });
  documentId = project.importUnits(units(), { contentHash: 'long', source: 'long.tsv' }).documentIds[0]!;
  project.mergeLinks(project.listLinks(documentId, { offset: MERGED[0], limit: 2 }).map((r) => r.id));
  all = [];
  for (let offset = 0; offset < ROWS; offset += 10_000) all.push(...project.listLinks(documentId, { offset, limit: 10_000 }));
  project.close();
  served = await serveProject(path);
}, 180_000);
afterAll(() => served?.close());

const list = (filter: RowFilter, offset = 0, limit = 5000) => served.call<LinkPage>('links.list', { documentId, filter, offset, limit });
const expected = (filter: RowFilter) =>
  all
    .filter((r) => !filter.states?.length || filter.states.includes(r.state))
    .filter((r) => !filter.shapes?.length || filter.shapes.includes(shapeOf(r.translation.length, r.original.length)))
    .filter((r) => !filter.bands?.length || filter.bands.includes(bandOf(r.score)))
    .map((r) => r.index);

describe('links.list with a filter', () => {
  it('finds the confirmed row after row 50,000, with its document index', async () => {
    const page = await list({ states: ['confirmed'] });
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => r.index)).toEqual(CONFIRMED);
    expect(page.rows[1]!.translation[0]!.text).toBe('Satz Nummer 55000 handelt von Hanoi.');
    expect(page.findings).toBeUndefined();
  });

  it('keeps the rows each combination of states, shapes and bands names, and counts them', async () => {
    const filters: RowFilter[] = [
      { states: ['confirmed', 'rejected'] },
      { shapes: ['oneSided'] },
      { shapes: ['merged'] },
      { shapes: ['merged', 'oneSided'], states: ['proposed'] },
      { bands: ['unscored'], shapes: ['oneSided'] },
      { bands: ['high', 'low'], states: ['confirmed', 'rejected'] },
      { bands: ['medium'], states: ['rejected'] },
      { states: [], shapes: [], bands: [] },
    ];
    for (const filter of filters) {
      const want = expected(filter);
      const page = await list(filter, 0, 50);
      expect({ filter, total: page.total, first: page.rows.map((r) => r.index) }).toEqual({ filter, total: want.length, first: want.slice(0, 50) });
    }
    expect(expected({ shapes: ['oneSided'] })).toEqual(ONE_SIDED);
    expect(expected({ shapes: ['merged'] })).toEqual([MERGED[0]]);
    expect(expected({ bands: ['high', 'low'], states: ['confirmed', 'rejected'] })).toEqual([10, 52_000, 55_000]);
  });

  it('pages over the filtered rows: offset and limit count kept rows, indexes stay the document ones', async () => {
    const filter: RowFilter = { bands: ['high'] };
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(14_000);
    // Forward, backward and in between: later requests start from rows earlier pages placed.
    for (const offset of [0, 12_500, want.length - 3, 12_500, 401, 12_000, 12_899, 0, 7]) {
      const page = await list(filter, offset, 400);
      expect(page.total).toBe(want.length);
      expect(page.offset).toBe(offset);
      expect(page.rows.map((r) => r.index)).toEqual(want.slice(offset, offset + 400));
      expect(page.rows.every((r) => bandOf(r.score) === 'high')).toBe(true);
    }
    expect((await list(filter, want.length + 10)).rows).toEqual([]);
  });

  it('answers a first request deep in a filter (counted from the end of the document) with the right indexes', async () => {
    for (const filter of [{ bands: ['medium'] }, { bands: ['unscored'], states: ['proposed'] }, { shapes: ['oneToOne'] }] satisfies RowFilter[]) {
      const want = expected(filter);
      for (const offset of [want.length - 5, Math.floor(want.length * 0.7)]) {
        // A change in between empties what earlier pages learnt, so each request starts afresh.
        await served.call('links.setState', { linkIds: [all[1]!.id], state: offset % 2 ? 'rejected' : 'proposed' });
        const page = await list(filter, offset, 400);
        expect({ filter, offset, total: page.total, rows: page.rows.map((r) => r.index) }).toEqual({ filter, offset, total: want.length, rows: want.slice(offset, offset + 400) });
      }
    }
    await served.call('links.setState', { linkIds: [all[1]!.id], state: 'proposed' });
  });
});

describe('after a change', () => {
  it('counts and places the filtered rows afresh', async () => {
    const before = await list({ states: ['confirmed'] }, 1, 1);
    expect(before.rows[0]!.index).toBe(55_000);
    const row = all[54_000]!;
    await served.call('links.setState', { linkIds: [row.id], state: 'confirmed' });
    try {
      const after = await list({ states: ['confirmed'] }, 1, 2);
      expect(after.total).toBe(3);
      expect(after.rows.map((r) => r.index)).toEqual([54_000, 55_000]);
    } finally {
      await served.call('links.setState', { linkIds: [row.id], state: row.state });
    }
    expect((await list({ states: ['confirmed'] })).rows.map((r) => r.index)).toEqual(CONFIRMED);
  });
});

describe('links.next with a filter', () => {
  it('walks the rows the filter shows and answers their place among them', async () => {
    const next = (args: object) => served.call<{ index: number | null; place: number | null }>('links.next', { documentId, ...args });
    expect(await next({ from: 10, filter: { states: ['confirmed'] } })).toEqual({ index: 55_000, place: 1 });
    expect(await next({ from: 55_000, filter: { states: ['confirmed'] } })).toEqual({ index: null, place: null });
    expect(await next({ from: -1, kind: 'unconfirmed', filter: { shapes: ['oneSided'] } })).toEqual({ index: 3, place: 0 });
    expect(await next({ from: 3, kind: 'unconfirmed', filter: { shapes: ['oneSided'] } })).toEqual({ index: 51_234, place: 1 });
    expect(await next({ from: 52_000, kind: 'nonOneToOne' })).toEqual({ index: MERGED[0], place: MERGED[0] });
    // Low confidence skips confirmed rows: row 10 (score 0.2) is confirmed, the next low one unconfirmed follows it.
    const low = expected({ bands: ['low'] }).filter((i) => all[i]!.state !== 'confirmed' && i > 9);
    expect(await next({ from: 9, kind: 'lowConfidence', threshold: 0.45 })).toEqual({ index: low[0], place: low[0] });
    // The place is where links.list shows the row.
    const page = await list({ states: ['confirmed'] }, 1, 1);
    expect(page.rows[0]!.index).toBe(55_000);
  });
});

describe('filter arguments', () => {
  it('refuses an unknown state, shape or band, and an unknown filter field, naming the field', async () => {
    await expect(list({ states: ['done' as 'confirmed'] })).rejects.toThrow(/field "filter\.states\.0"/);
    await expect(list({ shapes: ['twoToOne' as 'merged'] })).rejects.toThrow(/field "filter\.shapes\.0"/);
    await expect(list({ bands: ['top' as 'high'] })).rejects.toThrow(/field "filter\.bands\.0"/);
    await expect(served.call('links.list', { documentId, filter: { shape: ['merged'] } })).rejects.toThrow(/unknown field "filter\.shape"/);
    await expect(served.call('links.next', { documentId, from: 0, filter: { withFindings: 'yes' } })).rejects.toThrow(/field "filter\.withFindings"/);
  });
});

describe('the rows with QA findings', () => {
  it('come from the kept review, combine with the other filters, and the answer says when that review is stale', async () => {
    const wb = await openTestWorkbench('http');
    const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
    try {
      let page: CorpusEntry | undefined;
      let findings: ReviewFindings | undefined;
      for (const entry of await call<CorpusEntry[]>('corpus.list', {})) {
        findings = await call<ReviewFindings>('review.findings', { pages: [entry.id] });
        page = entry;
        if (new Set(findings.findings.map((f) => f.rowIndex)).size >= 2) break;
      }
      const want = [...new Set(findings!.findings.map((f) => f.rowIndex))].sort((a, b) => a - b);
      expect(want.length).toBeGreaterThanOrEqual(2);
      const withFindings = await call<LinkPage>('links.list', { documentId: page!.id, filter: { withFindings: true } });
      expect(withFindings.rows.map((r) => r.index)).toEqual(want);
      expect(withFindings.total).toBe(want.length);
      expect(withFindings.findings).toEqual({ stale: false, running: false });

      // The reviewer answers from its kept review at once (as it does for a long page): after a change the rows come
      // from the review before it, and the answer says so instead of waiting for a new run.
      wb.state.reviews.quickRunMs = 0;
      const confirmed = withFindings.rows[1]!;
      await call('links.setState', { linkIds: [confirmed.id], state: 'confirmed' });
      const both = await call<LinkPage>('links.list', { documentId: page!.id, filter: { withFindings: true, states: ['confirmed'] } });
      expect(both.rows.map((r) => r.index)).toEqual([confirmed.index]);
      expect(both.findings).toEqual({ stale: true, running: true });
      const next = await call<{ index: number | null; place: number | null }>('links.next', { documentId: page!.id, from: -1, filter: { withFindings: true } });
      expect(next).toMatchObject({ index: want[0], place: 0 });
    } finally {
      await wb.close();
    }
  });
});
