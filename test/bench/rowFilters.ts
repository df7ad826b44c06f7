// Filtered pages of a 100,000-row document (issue 12): links.list with a filter over HTTP on 127.0.0.1, as the grid
// asks for them (400 rows), first page and a page deep in the filtered rows, for a state, a shape, a band and all
// three at once; and links.next with a filter. Run alone: `npx tsx test/bench/rowFilters.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkPage, RowFilter } from '../../src/api/types';
import type { AlignedUnit } from '../../src/formats';
import { openProject } from '../../src/store';
import { serveProject } from '../api/transports';
import { median, type BenchResult } from './stats';

const ROWS = 100_000;
const PAGE = 400;
const RUNS = 9;

function units(): AlignedUnit[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    id: `u${i}`,
    docId: 'long',
    file: 'long.tsv',
    role: 'body',
    source: { lang: 'vi', text: `Câu số ${i} nói về Hà Nội.` },
    target: { lang: 'de', text: i % 97 === 0 ? '' : `Satz Nummer ${i} handelt von Hanoi.` },
    machineTarget: null,
    state: i % 10 === 0 ? 'confirmed' : i % 31 === 0 ? 'rejected' : 'proposed',
    origin: 'auto',
    score: i % 7 === 0 ? null : (i % 100) / 100,
    annotations: [],
  }));
}

export async function bench(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-bench-filters-'));
  const path = join(folder, 'long.bitext');
  const project = openProject(path, { create: true });
  const documentId = project.importUnits(units(), { contentHash: 'long', source: 'long.tsv' }).documentIds[0]!;
  project.close();
  const served = await serveProject(path);
  const results: BenchResult[] = [];
  try {
    const time = async (name: string, call: () => Promise<unknown>) => {
      await call();
      const ms: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const t0 = performance.now();
        await call();
        ms.push(performance.now() - t0);
      }
      results.push({ name, value: Math.round(median(ms) * 10) / 10, unit: 'ms', target: '< 100' });
    };
    const list = (filter: RowFilter, offset: number) => served.call<LinkPage>('links.list', { documentId, filter, offset, limit: PAGE });
    const filters: Array<[string, RowFilter]> = [
      ['confirmed', { states: ['confirmed'] }],
      ['one-sided', { shapes: ['oneSided'] }],
      ['high band', { bands: ['high'] }],
      ['proposed + 1:1 + low or unscored', { states: ['proposed'], shapes: ['oneToOne'], bands: ['low', 'unscored'] }],
    ];
    for (const [label, filter] of filters) {
      const { total } = await list(filter, 0);
      await time(`filtered page (${label}, ${total} of ${ROWS} rows), first ${PAGE}`, () => list(filter, 0));
      await time(`filtered page (${label}), last ${PAGE}`, () => list(filter, Math.max(0, total - PAGE)));
    }
    await time(`unfiltered page, rows 90,000-90,400 (for comparison)`, () => served.call('links.list', { documentId, offset: 90_000, limit: PAGE }));
    await time('links.next unconfirmed among one-sided rows, from row 50,000', () =>
      served.call('links.next', { documentId, from: 50_000, kind: 'unconfirmed', filter: { shapes: ['oneSided'] } }),
    );
  } finally {
    await served.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}`);
}
