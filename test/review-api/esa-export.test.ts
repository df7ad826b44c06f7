// ESA scores in JSONL: an export carries a scored row's score as the unit's `esa` (rows without one have no such
// key, so their lines are as before); importing that file brings the scores back; a bad `esa` names its line and field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/formats/jsonl';
import { openBench, type Bench } from './helpers';

let bench: Bench;
beforeAll(async () => {
  bench = await openBench();
});
afterAll(() => bench.workbench.close());

describe('ESA scores in JSONL', () => {
  it('exports a scored row with its score and imports it back', async () => {
    const doc = (await bench.call('corpus.list', {}))[0]!;
    const [a, b] = (await bench.call('links.list', { documentId: doc.id, limit: 2 })).rows;
    await bench.call('esa.set', { linkId: a!.id, score: 81 });
    await bench.call('esa.set', { linkId: b!.id, score: 0 });
    const file = join(bench.dir, 'scored.jsonl');
    await bench.call('corpus.export', { format: 'jsonl', path: file, filters: { pages: [doc.id] } });
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ id: `${doc.id}:${a!.id}`, esa: 81 });
    expect(lines[1]).toMatchObject({ id: `${doc.id}:${b!.id}`, esa: 0 });
    // The field comes last, and only where there is a score.
    expect(Object.keys(lines[0]!).at(-1)).toBe('esa');
    expect(lines.slice(2).every((l) => !('esa' in l))).toBe(true);

    const imported = await bench.call('corpus.importUnits', { path: file });
    const newDoc = imported.documentIds[0]!;
    const rows = (await bench.call('links.list', { documentId: newDoc, limit: 2 })).rows;
    expect((await bench.call('esa.list', { documentId: newDoc })).map(({ linkId, score }) => ({ linkId, score }))).toEqual([
      { linkId: rows[0]!.id, score: 81 },
      { linkId: rows[1]!.id, score: 0 },
    ]);
    // The import is one action: its undo takes the scores out with the rows.
    await bench.call('history.undo', {});
    expect((await bench.call('corpus.list', {})).some((d) => d.id === newDoc)).toBe(false);
  });

  it('refuses an esa outside 0–100 with its line and field', () => {
    const unit = { id: 'u1', docId: 'd', file: 'f', role: null, source: { lang: 'vi', text: 'Xin chào' }, target: { lang: 'de', text: 'Hallo' }, machineTarget: null, state: 'confirmed', origin: 'manual', score: null, annotations: [] };
    const text = `${JSON.stringify(unit)}\n${JSON.stringify({ ...unit, id: 'u2', esa: 101 })}\n`;
    expect(() => readJsonl(text)).toThrow(/line 2: field "esa" must be a whole number from 0 to 100/);
    expect(readJsonl(`${JSON.stringify({ ...unit, esa: 33 })}\n`)[0]!.esa).toBe(33);
  });
});
