// Training data holds real sentence pairs: with pairsOnly (the export dialog's default, `--pairs-only` on the
// command line) no row with an empty side and no page furniture is written.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportSummary } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench } from '../api/transports';

let wb: Workbench;
const folder = mkdtempSync(join(tmpdir(), 'bitext-pairs-'));
const exportJsonl = async (name: string, filters: object) => {
  const summary = (await wb.dispatcher.invoke('corpus.export', { format: 'jsonl', path: join(folder, name), filters }, wb.events)) as ExportSummary;
  const units = readFileSync(join(folder, name), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { role: string | null; source: { text: string }; target: { text: string }; state: string });
  return { summary, units };
};

beforeAll(async () => {
  wb = await openTestWorkbench('electron');
});
afterAll(() => wb.close());

describe('export of sentence pairs only', () => {
  it('leaves out rows with an empty side and page furniture, and only those', async () => {
    const all = await exportJsonl('all.jsonl', {});
    const pairs = await exportJsonl('pairs.jsonl', { pairsOnly: true });
    const furniture = new Set(['site', 'byline', 'ad', 'nav', 'comments', 'related', 'source', 'author']);
    expect(all.units.some((u) => u.source.text === '' || u.target.text === '')).toBe(true);
    expect(pairs.units.length).toBeGreaterThan(0);
    for (const u of pairs.units) {
      expect(u.source.text.trim()).not.toBe('');
      expect(u.target.text.trim()).not.toBe('');
      expect(furniture.has(u.role ?? '')).toBe(false);
    }
    const real = all.units.filter((u) => u.source.text.trim() !== '' && u.target.text.trim() !== '' && !furniture.has(u.role ?? ''));
    expect(pairs.units).toEqual(real);
  });

  it('combines with "confirmed only": a confirmed site line or 1:0 row is still left out', async () => {
    const rows = (await wb.dispatcher.invoke('links.list', { documentId: 1 }, wb.events)) as { rows: Array<{ id: number }> };
    await wb.dispatcher.invoke('links.setState', { linkIds: rows.rows.map((r) => r.id), state: 'confirmed' }, wb.events);
    const confirmed = await exportJsonl('confirmed.jsonl', { confirmed: true });
    const confirmedPairs = await exportJsonl('confirmed-pairs.jsonl', { confirmed: true, pairsOnly: true });
    expect(confirmed.units.some((u) => u.role === 'site' || u.target.text === '' || u.source.text === '')).toBe(true);
    expect(confirmedPairs.units.length).toBeGreaterThan(0);
    expect(confirmedPairs.units.every((u) => u.role !== 'site' && u.source.text !== '' && u.target.text !== '' && u.state === 'confirmed')).toBe(true);
  });
});
