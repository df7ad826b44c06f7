// corpus.export and corpus.importUnits on the sample pages: valid files, filters, no silent overwrite, progress,
// and export → import → export giving the same bytes (with fixes, annotations and leftovers in the corpus).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl, readTmx, type AlignedUnit } from '../../src/formats';
import { describeWithTool, probe } from '../formats/external';
import { openBench, validate, type Bench } from './helpers';

let bench: Bench;
beforeAll(async () => {
  bench = await openBench();
  // Give the corpus what a reviewed one has: a confirmed row, a fix and annotations on both sides.
  const doc = (await bench.call('corpus.list', {}))[0]!;
  const rows = (await bench.call('links.list', { documentId: doc.id, limit: 500 })).rows;
  const both = rows.find((r) => r.translation.length > 0 && r.original.length > 0)!;
  await bench.call('links.setState', { linkIds: [both.id], state: 'confirmed' });
  await bench.call('sentence.edit', { sentenceId: both.translation[0]!.id, text: `${both.translation[0]!.text} <&> "fix"` });
  await bench.call('annotation.add', { sentenceId: both.translation[0]!.id, start: 0, end: 4, category: 'fluency/grammar', severity: 'minor', comment: 'Artikel & <Kasus>' });
  await bench.call('annotation.add', { sentenceId: both.original[0]!.id, start: 0, end: 2, category: 'accuracy/omission', severity: 'major' });
});
afterAll(() => bench.workbench.close());

const path = (name: string) => join(bench.dir, name);

describe('corpus.export', () => {
  it('writes every row of the project as a unit, with state, fix and annotations', async () => {
    const summary = await bench.call('corpus.export', { format: 'jsonl', path: path('all.jsonl') });
    const units = readJsonl(readFileSync(path('all.jsonl'), 'utf8'));
    const list = await bench.call('corpus.list', {});
    expect(summary).toMatchObject({ format: 'jsonl', files: [path('all.jsonl')], units: units.length });
    expect(units.length).toBe(list.reduce((n, d) => n + d.links.total, 0));
    const fixed = units.filter((u) => u.machineTarget !== null);
    expect(fixed).toHaveLength(1);
    expect(fixed[0]!.target.text).toBe(`${fixed[0]!.machineTarget} <&> "fix"`);
    expect(fixed[0]!).toMatchObject({ state: 'confirmed', annotations: [{ side: 'source', severity: 'major' }, { side: 'target', comment: 'Artikel & <Kasus>' }] });
    expect(units[0]!.id).toBe(`${list[0]!.id}:${units[0]!.id.split(':')[1]}`);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
  });

  it('applies the filters: confirmed only, minimum confidence, roles, pages', async () => {
    const all = readJsonl(readFileSync(path('all.jsonl'), 'utf8'));
    const run = async (name: string, filters: object) => {
      await bench.call('corpus.export', { format: 'jsonl', path: path(name), filters });
      return readJsonl(readFileSync(path(name), 'utf8'));
    };
    expect((await run('confirmed.jsonl', { confirmed: true })).map((u) => u.id)).toEqual(all.filter((u) => u.state === 'confirmed').map((u) => u.id));
    expect((await run('score.jsonl', { minScore: 0.75 })).map((u) => u.id)).toEqual(all.filter((u) => u.score !== null && u.score >= 0.75).map((u) => u.id));
    expect((await run('roles.jsonl', { roles: ['title', 'caption'] })).map((u) => u.id)).toEqual(all.filter((u) => u.role === 'title' || u.role === 'caption').map((u) => u.id));
    const second = (await bench.call('corpus.list', {}))[1]!.id;
    const page = await run('page.jsonl', { pages: [second] });
    expect(page.length).toBeGreaterThan(0);
    expect(page.map((u) => u.id)).toEqual(all.filter((u) => u.docId === String(second)).map((u) => u.id));
  });

  it('never overwrites a file unless told to, and says what to do', async () => {
    writeFileSync(path('kept.tmx'), 'precious');
    const error = await bench.fail('corpus.export', { format: 'tmx', path: path('kept.tmx') });
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/kept\.tmx already exists.*overwrite/);
    expect(readFileSync(path('kept.tmx'), 'utf8')).toBe('precious');
    await bench.call('corpus.export', { format: 'tmx', path: path('kept.tmx'), overwrite: true });
    expect(readTmx(readFileSync(path('kept.tmx'), 'utf8')).length).toBeGreaterThan(100);
  });

  it('writes Moses as two line-parallel files named by language', async () => {
    const summary = await bench.call('corpus.export', { format: 'moses', path: path('corpus'), filters: { minScore: 0.1 } });
    expect(summary.files).toEqual([path('corpus.vi'), path('corpus.de')]);
    const [vi, de] = summary.files.map((f) => readFileSync(f, 'utf8').split('\n'));
    expect(vi!.length).toBe(de!.length);
    expect(vi!.length - 1).toBe(summary.units);
    expect(vi![0]).toMatch(/[ăâđêôơư]/);
  });

  it('reports progress with the job id', async () => {
    bench.progress.length = 0;
    await bench.call('corpus.export', { format: 'xliff', path: path('progress.xlf'), job: 'export-1' });
    const mine = bench.progress.filter((p) => p.job === 'export-1');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine[mine.length - 1]).toMatchObject({ label: 'done' });
    expect(mine[mine.length - 1]!.done).toBe(mine[mine.length - 1]!.total);
  });
});

describeWithTool(probe('xmllint', ['--version'], 'apt-get install -y libxml2-utils'), 'exported XML validates', () => {
  it('TMX against tmx14.dtd and XLIFF against the OASIS schemas', async () => {
    await bench.call('corpus.export', { format: 'tmx', path: path('valid.tmx') });
    await bench.call('corpus.export', { format: 'xliff', path: path('valid.xlf') });
    const tmx = validate('tmx', path('valid.tmx'), bench.dir);
    expect(tmx.out).toBe('');
    expect(tmx.ok).toBe(true);
    const xlf = validate('xliff', path('valid.xlf'), bench.dir);
    expect(xlf.out).toMatch(/validates/);
    expect(xlf.ok).toBe(true);
  });
});

describe('export → corpus.importUnits → export', () => {
  for (const [format, ext] of [['tmx', 'tmx'], ['xliff', 'xlf'], ['jsonl', 'jsonl'], ['tsv', 'tsv']] as const) {
    it(`gives the same ${format} bytes`, async () => {
      await bench.call('corpus.export', { format, path: path(`first.${ext}`) });
      const other = await (await import('./helpers')).openBench(false);
      try {
        const imported = await other.call('corpus.importUnits', { path: path(`first.${ext}`) });
        expect(imported).toMatchObject({ format, skipped: false });
        expect(imported.units).toBeGreaterThan(100);
        await other.call('corpus.export', { format, path: join(other.dir, `second.${ext}`) });
        expect(readFileSync(join(other.dir, `second.${ext}`), 'utf8')).toBe(readFileSync(path(`first.${ext}`), 'utf8'));
        // A second import of the same file adds nothing.
        expect(await other.call('corpus.importUnits', { path: path(`first.${ext}`) })).toMatchObject({ skipped: true, units: 0 });
        // The import is one action: undo takes it out again.
        await other.call('history.undo', {});
        expect(await other.call('corpus.list', {})).toEqual([]);
      } finally {
        other.workbench.close();
      }
    });
  }

  it('keeps units with empty sides, odd characters and no score', async () => {
    const units: AlignedUnit[] = [
      { id: 'a', docId: 'x', file: 'x.txt', role: null, source: { lang: 'vi', text: '' }, target: { lang: 'de', text: '' }, machineTarget: null, state: 'rejected', origin: 'manual', score: null, annotations: [] },
      { id: 'b', docId: 'x', file: 'x.txt', role: 'body', source: { lang: 'vi', text: 'Hà Nội\u0001 ]]> \u{1F600}' }, target: { lang: 'de', text: '' }, machineTarget: 'x', state: 'proposed', origin: 'auto', score: 0.125, annotations: [{ side: 'target', start: 0, end: 0, category: 'c', severity: 'neutral', comment: '' }] },
      { id: 'c', docId: 'y', file: 'y.txt', role: 'ad', source: { lang: 'vi', text: 'שלום' }, target: { lang: 'de', text: 'Grüße' }, machineTarget: 'Grüße', state: 'confirmed', origin: 'auto', score: 1, annotations: [] },
    ];
    writeFileSync(path('odd.jsonl'), units.map((u) => JSON.stringify(u)).join('\n') + '\n');
    const other = await (await import('./helpers')).openBench(false);
    try {
      await other.call('corpus.importUnits', { path: path('odd.jsonl') });
      await other.call('corpus.export', { format: 'jsonl', path: join(other.dir, 'odd.jsonl') });
      expect(readJsonl(readFileSync(join(other.dir, 'odd.jsonl'), 'utf8'))).toEqual(units);
    } finally {
      other.workbench.close();
    }
  });

  it('names the file and line of a bad corpus file and imports nothing', async () => {
    writeFileSync(path('bad.jsonl'), '{"id":"a"}\n');
    const error = await bench.fail('corpus.importUnits', { path: path('bad.jsonl') });
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('bad.jsonl');
    expect(error.message).toMatch(/line 1/);
    expect((await bench.fail('corpus.importUnits', { path: path('missing.tmx') })).code).toBe('not_found');
    expect(existsSync(path('missing.tmx'))).toBe(false);
  });
});
