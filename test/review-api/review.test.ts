// review.report, review.findings and the remembered ignores on a workbench started with the sample pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GridRow } from '../../src/api/contract';
import { fingerprint } from '../../src/review';
import { openBench, type Bench } from './helpers';

let bench: Bench;
beforeAll(async () => {
  bench = await openBench();
});
afterAll(() => bench.workbench.close());

async function rowAt(documentId: number, index: number): Promise<GridRow> {
  const page = await bench.call('links.list', { documentId, offset: index, limit: 1 });
  return page.rows[0]!;
}
const rowText = (row: GridRow, side: 'original' | 'translation') => row[side].map((s) => s.text).join(' ');

describe('review.findings on the sample pages', () => {
  it('finds the seed problems and points at the rows that hold them', async () => {
    const { findings } = await bench.call('review.findings', {});
    const of = (check: string) => findings.filter((f) => f.check === check);
    expect(of('leftover-source').map((f) => f.excerpt)).toContain('Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương');
    expect(of('name-variant').find((f) => f.excerpt === 'Shoigu')?.message).toMatch(/Schoigu/);
    const spaces = of('space-before-punctuation');
    const texts = await Promise.all(spaces.map(async (f) => rowText(await rowAt(f.documentId, f.rowIndex), 'translation')));
    const space = spaces[texts.findIndex((t) => t.includes('Außenministerium , Moskau'))];
    expect(space?.excerpt).toBe(' ,');
    const markers = of('boilerplate').filter((f) => /^\[Anzeige_\d+\]$/.test(f.excerpt));
    expect(markers.length).toBe(5);
    // Every finding on a row's own text points at that text.
    for (const f of [...of('leftover-source'), ...of('name-variant'), space!]) {
      const row = await rowAt(f.documentId, f.rowIndex);
      expect(row.id).toBe(f.linkId);
      expect(rowText(row, f.side).slice(f.start, f.end)).toBe(f.excerpt);
    }
  });

  it('filters by check and by page', async () => {
    const all = await bench.call('review.findings', {});
    const names = await bench.call('review.findings', { check: 'name-variant' });
    expect(names.total).toBe(all.findings.filter((f) => f.check === 'name-variant').length);
    expect(names.findings.every((f) => f.check === 'name-variant')).toBe(true);
    const page = all.findings[0]!.documentId;
    const onPage = await bench.call('review.findings', { pages: [page] });
    expect(onPage.total).toBeGreaterThan(0);
    expect(onPage.findings.every((f) => f.documentId === page)).toBe(true);
    expect(onPage.total).toBeLessThan(all.total);
  });
});

describe('review.report', () => {
  it('counts checks by kind per page and for the corpus, the same as the findings', async () => {
    const report = await bench.call('review.report', {});
    const { findings } = await bench.call('review.findings', { limit: 100_000 });
    const list = await bench.call('corpus.list', {});
    expect(report.pages.map((p) => p.documentId).sort()).toEqual(list.map((d) => d.id).sort());
    expect(report.corpus.units).toBe(list.reduce((n, d) => n + d.links.total, 0));
    expect(report.corpus.findings).toBe(findings.length);
    for (const c of report.checks) expect(c.count).toBe(findings.filter((f) => f.check === c.id).length);
    expect(report.pages.reduce((n, p) => n + p.findings, 0)).toBe(report.corpus.findings);
    expect(report.confidence.counts.reduce((a, b) => a + b, 0) + report.confidence.unscored).toBe(report.corpus.units);
    expect(report.corpus.mqm.score).toBe(100);
    expect(report.corpus.edits).toMatchObject({ edited: 0, chrf: 100, ter: 0, wordEditRate: 0 });
  });

  it('follows confirmations, annotations and fixes', async () => {
    const doc = (await bench.call('corpus.list', {}))[1]!;
    const rows = (await bench.call('links.list', { documentId: doc.id, limit: 500 })).rows;
    const row = rows.find((r) => r.translation.length > 0 && r.translation[0]!.text.length > 40)!;
    const sentence = row.translation[0]!;
    const before = (await bench.call('review.report', { pages: [doc.id] })).pages[0]!;
    await bench.call('links.setState', { linkIds: [row.id], state: 'confirmed' });
    await bench.call('annotation.add', { sentenceId: sentence.id, start: 0, end: 3, category: 'accuracy/mistranslation', severity: 'major' });
    await bench.call('sentence.edit', { sentenceId: sentence.id, text: `${sentence.text} (korrigiert)` });
    const after = (await bench.call('review.report', { pages: [doc.id] })).pages[0]!;
    expect(after.confirmed).toBe(before.confirmed + 1);
    expect(after.confirmedShare).toBeCloseTo(after.confirmed / after.units);
    expect(after.mqm.penalty).toBe(before.mqm.penalty + 5);
    expect(after.mqm.score).toBeCloseTo(100 * (1 - after.mqm.penalty / after.mqm.words));
    expect(after.edits.edited).toBe(1);
    expect(after.edits.chrf).toBeLessThan(100);
    expect(after.edits.ter).toBeGreaterThan(0);
    expect(after.edits.wordEditRate).toBeGreaterThan(0);
    // Undo all three: the page is as it was.
    for (let i = 0; i < 3; i++) await bench.call('history.undo', {});
    expect((await bench.call('review.report', { pages: [doc.id] })).pages[0]).toEqual(before);
  });
});

describe('review.ignore / review.unignore', () => {
  it('remembers an ignore in the project, leaves it out of the counts, and is undoable', async () => {
    const before = await bench.call('review.report', {});
    const target = (await bench.call('review.findings', { check: 'space-before-punctuation' })).findings[0]!;
    const result = await bench.call('review.ignore', { keys: [target.ignoreKey] });
    expect(result.history.undoAction).toBe('ignore_findings');
    const hidden = await bench.call('review.findings', { check: 'space-before-punctuation' });
    expect(hidden.findings.map((f) => f.ignoreKey)).not.toContain(target.ignoreKey);
    const marked = await bench.call('review.findings', { check: 'space-before-punctuation', includeIgnored: true });
    expect(marked.findings.find((f) => f.ignoreKey === target.ignoreKey)?.ignored).toBe(true);
    const report = await bench.call('review.report', {});
    expect(report.ignored).toBe(1);
    expect(report.corpus.findings).toBe(before.corpus.findings - 1);
    // Remembered on disk: a second connection to the file sees it.
    expect(bench.workbench.state.project.listIgnores().map((i) => i.key)).toEqual([target.ignoreKey]);
    await bench.call('history.undo', {});
    expect((await bench.call('review.report', {})).ignored).toBe(0);
    await bench.call('history.redo', {});
    expect((await bench.call('review.report', {})).ignored).toBe(1);
    await bench.call('review.unignore', { keys: [target.ignoreKey] });
    expect((await bench.call('review.report', {})).corpus.findings).toBe(before.corpus.findings);
  });

  it('an ignore stored when findings called the sides source and target still hides its finding', async () => {
    const { findings } = await bench.call('review.findings', { limit: 100_000 });
    const onOriginal = findings.find((f) => f.side === 'original' && f.end > f.start && f.excerpt.length < 150);
    expect(onOriginal).toBeDefined();
    const f = onOriginal!;
    // The key as the code before the rename wrote it: the old side name inside the fingerprint.
    const legacy = `${f.check}/${fingerprint([f.check, f.unitId, 'source', f.excerpt.normalize('NFC').replace(/\s+/g, ' ')].join('\u0000'))}`;
    await bench.call('review.ignore', { keys: [legacy] });
    const marked = await bench.call('review.findings', { check: f.check, includeIgnored: true, limit: 100_000 });
    expect(marked.findings.find((m) => m.unitId === f.unitId && m.start === f.start)?.ignored).toBe(true);
    expect((await bench.call('review.report', {})).ignored).toBe(1);
    await bench.call('history.undo', {});
    expect((await bench.call('review.report', {})).ignored).toBe(0);
  });

  it('refuses bad arguments with a message naming the field', async () => {
    expect(await bench.fail('review.ignore', { keys: [] })).toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/keys/) });
    expect(await bench.fail('review.findings', { limit: 0 })).toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/limit/) });
  });
});

describe('review.rows', () => {
  it('gives each row the original and translation, as the grid has them', async () => {
    const { rows, total } = await bench.call('review.rows', { state: 'proposed', limit: 20 });
    expect(total).toBeGreaterThan(rows.length);
    const both = rows.filter((r) => r.original !== '' && r.translation !== '');
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) {
      const row = await rowAt(r.documentId, r.rowIndex);
      expect(row.id).toBe(r.linkId);
      expect(r).not.toHaveProperty('source');
      expect(rowText(row, 'original').startsWith(r.original.replace(/…$/, ''))).toBe(true);
      expect(rowText(row, 'translation').startsWith(r.translation.replace(/…$/, ''))).toBe(true);
    }
  });
});
