// `npm run bench`: every figure the issues ask for, each a median of several runs, printed as one table.
import type { BenchResult } from './stats';

const suites: Array<[string, () => Promise<{ bench(): Promise<BenchResult[]> }>]> = [
  ['reading pages', () => import('./reading')],
  ['alignment', () => import('./align')],
  ['project store', () => import('./store')],
  ['import into a project', () => import('./importing')],
  ['export', () => import('./export')],
  ['corpus scale (batch)', () => import('./batch')],
  ['editor in Chromium', () => import('./ui')],
  ['paced editing of a 100,000-row document (issue 12)', () => import('./paced')],
];

const only = process.argv.slice(2);
let failed = 0;
for (const [title, load] of suites) {
  if (only.length && !only.some((word) => title.includes(word))) continue;
  console.log(`\n## ${title}`);
  try {
    for (const r of await (await load()).bench()) {
      // Below 1, four significant digits: a ratio of 0.023 against a target of 0.02, or F1 0.9734 against 0.9724.
      const value = Number.isInteger(r.value) ? String(r.value) : Math.abs(r.value) < 1 ? r.value.toPrecision(4) : r.value.toFixed(r.value < 10 ? 2 : 1);
      console.log(`${r.name.padEnd(72)} ${value.padStart(10)} ${r.unit.padEnd(10)} ${r.target ? `target ${r.target}` : ''}`);
    }
  } catch (error) {
    failed++;
    console.log(`could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
