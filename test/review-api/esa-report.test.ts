// The review report's ESA figures: counted over the report's own pages with an exact combined mean, and printed
// by `bitext qa` as the review view shows them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { withEsa } from '../../src/services/esaReport';
import type { ReviewReport } from '../../src/services/review';
import { diskIO, openBench, type Bench } from './helpers';

const page = (documentId: number) => ({ documentId, file: `${documentId}.txt`, title: null }) as unknown as ReviewReport['pages'][number];
const report = (ids: number[]) => ({ corpus: { units: 9 }, pages: ids.map(page), checks: [], confidence: { edges: [], counts: [], unscored: 0 }, ignored: 0 }) as unknown as ReviewReport;

describe('withEsa', () => {
  it('gives each page its count and mean, and the corpus the mean of all its scored rows', () => {
    const r = withEsa(report([1, 2, 3]), [
      { documentId: 1, scored: 1, sum: 100 },
      { documentId: 2, scored: 3, sum: 60 },
    ]);
    expect(r.pages.map((p) => p.esa)).toEqual([
      { scored: 1, mean: 100 },
      { scored: 3, mean: 20 },
      { scored: 0, mean: null },
    ]);
    // The mean of the rows (160 / 4), not the mean of the pages' means (60).
    expect(r.corpus.esa).toEqual({ scored: 4, mean: 40 });
    expect(r.corpus.units).toBe(9);
  });

  it('leaves out pages the report does not hold', () => {
    expect(withEsa(report([2]), [{ documentId: 1, scored: 5, sum: 500 }]).corpus.esa).toEqual({ scored: 0, mean: null });
  });
});

describe('bitext qa with ESA scores', () => {
  let bench: Bench;
  let path: string;
  beforeAll(async () => {
    bench = await openBench();
    const doc = (await bench.call('corpus.list', {}))[0]!;
    const { rows } = await bench.call('links.list', { documentId: doc.id, limit: 2 });
    await bench.call('esa.set', { linkId: rows[0]!.id, score: 70 });
    await bench.call('esa.set', { linkId: rows[1]!.id, score: 35 });
    path = bench.workbench.state.project.path;
    bench.workbench.close();
  });
  afterAll(() => bench.workbench.close());

  it('prints the corpus mean and count, and each page mean', async () => {
    const io = diskIO();
    expect(await runCli(['qa', '--project', path], io)).toBe(0);
    expect(io.out).toContain('ESA 52.5 (2 rows scored)');
    expect(io.out).toMatch(/ESA 52\.5 {2}/);
    const json = diskIO();
    await runCli(['qa', '--project', path, '--json'], json);
    expect((JSON.parse(json.out) as { report: { corpus: { esa: unknown } } }).report.corpus.esa).toEqual({ scored: 2, mean: 52.5 });
  });
});
