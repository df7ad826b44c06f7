// Export benchmark: 100,000 units to TMX (target < 2 s), also XLIFF and JSONL for comparison, and reading the
// TMX back. Medians of several runs; the chunks are consumed (their length summed) as a file writer would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportUnits } from '../../src/services/exporting';
import { readTmx, writeJsonl, writeTmx, writeXliff, type AlignedUnit } from '../../src/formats';
import { openProject } from '../../src/store';
import { ROLES } from '../../src/model';
import { median, type BenchResult } from './stats';



/** Realistic units: news sentences of ~150 characters each side, some edited and annotated. */
function corpus(n: number): AlignedUnit[] {
  const de = 'Am 12. Oktober tauschte der nordkoreanische Machthaber Kim Jong Un anlässlich des 75. Jahrestages Briefe mit dem russischen Präsidenten Wladimir Putin aus';
  const vi = 'Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương, ngày 12/10 theo Báo Quốc Tế & <KCNA>';
  return Array.from({ length: n }, (_, i) => ({
    id: `l${i}`,
    docId: `d${Math.floor(i / 40)}`,
    file: `pages/${Math.floor(i / 40)}.txt`,
    role: ROLES[i % ROLES.length]!,
    source: { lang: 'vi', text: `${vi} ${i}` },
    target: { lang: 'de', text: `${de} ${i}.` },
    machineTarget: i % 5 === 0 ? `${de} (maschinell) ${i}.` : null,
    state: i % 3 === 0 ? 'confirmed' : 'proposed',
    origin: 'auto',
    score: (i % 1000) / 1000,
    annotations: i % 10 === 0 ? [{ side: 'target', start: 0, end: 2, category: 'Fluency/Grammar', severity: 'minor', comment: 'Artikel' }] : [],
  }));
}

function time(runs: number, f: () => void): number {
  const ms: number[] = [];
  f(); // warm-up
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

function drain(chunks: Iterable<string>): number {
  let n = 0;
  for (const c of chunks) n += c.length;
  return n;
}

export async function bench(): Promise<BenchResult[]> {
  const units = corpus(100_000);
  let tmx = '';
  const results: BenchResult[] = [
    { name: 'export 100,000 units to TMX', value: time(5, () => void drain(writeTmx(units))) / 1000, unit: 's', target: '< 2 s' },
    { name: 'export 100,000 units to XLIFF 2.1', value: time(5, () => void drain(writeXliff(units))) / 1000, unit: 's' },
    { name: 'export 100,000 units to JSONL', value: time(5, () => void drain(writeJsonl(units))) / 1000, unit: 's' },
  ];
  for (const c of writeTmx(units)) tmx += c;
  results.push({ name: 'TMX size for 100,000 units', value: tmx.length / 1e6, unit: 'M UTF-16 units' });
  results.push({ name: 'import 100,000 units from TMX', value: time(3, () => void readTmx(tmx)) / 1000, unit: 's' });
  results.push(...(await projectExport(units)));
  return results;
}

/** The API path: a project file holding 100,000 links (imported as units), exported to a TMX file on disk. */
async function projectExport(units: AlignedUnit[]): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-bench-export-'));
  try {
    const project = openProject(join(dir, 'bench.bitext'), { create: true });
    const t0 = performance.now();
    project.importUnits(units, { contentHash: 'bench' });
    const importSeconds = (performance.now() - t0) / 1000;
    const ms: number[] = [];
    for (let r = 0; r < 4; r++) {
      const t = performance.now();
      await exportUnits(project, 'tmx', join(dir, 'out.tmx'), {}, true, () => undefined);
      if (r > 0) ms.push(performance.now() - t); // the first run warms the caches
    }
    project.close();
    return [
      { name: 'corpus.importUnits of 100,000 units into a project file', value: importSeconds, unit: 's' },
      { name: 'corpus.export of 100,000 project links to a TMX file', value: median(ms) / 1000, unit: 's', target: '< 2 s' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
