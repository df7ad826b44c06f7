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
import { longUnits } from '../fixtures/longUnits';
import { median, type BenchResult } from './stats';

const ROWS = 100_000;
const PAGE = 400;
const RUNS = 9;

const units = (): AlignedUnit[] =>
  longUnits(ROWS, (i) => ({
    noTranslation: i % 97 === 0,
    state: i % 10 === 0 ? 'confirmed' : i % 31 === 0 ? 'rejected' : 'proposed',
    score: i % 7 === 0 ? null : (i % 100) / 100,
  }));

export async function bench(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-bench-filters-'));
  const path = join(folder, 'long.bitext');
  const project = openProject(path, { create: true });
  const documentId = project.importUnits(units(), { contentHash: 'long', source: 'long.tsv' }).documentIds[0]!;
  project.close();
  const served = await serveProject(path);
  const results: BenchResult[] = [];
  try {
    /** Median wall and CPU time of `call`; `before` runs untimed ahead of each call (a change the grid refreshes after). */
    const time = async (name: string, call: () => Promise<unknown>, before?: () => Promise<unknown>) => {
      await call();
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await before?.();
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        await call();
        const c1 = process.cpuUsage(c0);
        wall.push(performance.now() - t0);
        cpu.push((c1.user + c1.system) / 1000);
      }
      results.push({ name, value: Math.round(median(wall) * 10) / 10, unit: 'ms', target: '< 100' });
      results.push({ name: `${name} (CPU time of client and server)`, value: Math.round(median(cpu) * 10) / 10, unit: 'ms' });
    };
    const list = (filter: RowFilter, offset: number) => served.call<LinkPage>('links.list', { documentId, filter, offset, limit: PAGE });
    // A confirm toggled on a row the filters below do not depend on, so every timed call follows a change.
    const probe = (await served.call<LinkPage>('links.list', { documentId, offset: 1, limit: 1 })).rows[0]!;
    let flip = false;
    const change = () => {
      flip = !flip;
      return served.call('links.setState', { linkIds: [probe.id], state: flip ? 'rejected' : 'proposed' });
    };
    const filters: Array<[string, RowFilter]> = [
      ['confirmed', { states: ['confirmed'] }],
      ['one-sided', { shapes: ['oneSided'] }],
      ['high band', { bands: ['high'] }],
      ['proposed + 1:1 + low or unscored', { states: ['proposed'], shapes: ['oneToOne'], bands: ['low', 'unscored'] }],
    ];
    for (const [label, filter] of filters) {
      const { total } = await list(filter, 0);
      const last = Math.max(0, total - PAGE);
      await time(`filtered page after a change (${label}, ${total} of ${ROWS} rows), first ${PAGE}`, () => list(filter, 0), change);
      await time(`filtered page after a change (${label}), last ${PAGE}`, () => list(filter, last), change);
      let next = 0;
      await time(`filtered page while scrolling (${label}), the next ${PAGE}`, () => list(filter, (next = (next + PAGE) % Math.max(PAGE, total))));
    }
    await time(`unfiltered page after a change, rows 90,000-90,400 (for comparison)`, () => served.call('links.list', { documentId, offset: 90_000, limit: PAGE }), change);
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
