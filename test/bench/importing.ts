// The whole import path a person waits for: bytes read, pages structured, leftovers paired or pages aligned,
// and everything stored, for 1,000 single pages and for 100 page pairs of 1,000 sentences each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { importInputs, type ImportInput } from '../../src/services/importing';
import type { ImportSummary } from '../../src/api/contract';
import { openProject } from '../../src/store';
import { generatePage } from './reading';
import { median, type BenchResult } from './stats';

const encoder = new TextEncoder();

const GERMAN = ['Die Regierung kündigte am {n}. Mai neue Maßnahmen für die Wirtschaft an.', 'Nach Angaben des Ministeriums stiegen die Exporte um {n} Prozent.', '„Wir arbeiten eng mit unseren Partnern zusammen“, sagte der Minister.', 'Die Provinz Quang Ninh meldete {n} neue Projekte im Tourismus.'];
const VIETNAMESE = ['Ngày {n} tháng 5, Chính phủ công bố các biện pháp mới cho nền kinh tế.', 'Theo Bộ, xuất khẩu tăng {n} phần trăm.', '“Chúng tôi hợp tác chặt chẽ với các đối tác”, Bộ trưởng nói.', 'Tỉnh Quảng Ninh báo cáo {n} dự án du lịch mới.'];

function longPage(lines: string[], count: number, seed: number): Uint8Array {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push((lines[(i + seed) % lines.length] as string).replace('{n}', String((i * 7 + seed) % 97)));
  // Paragraphs of five sentences, as on the pages.
  const paragraphs: string[] = [];
  for (let i = 0; i < out.length; i += 5) paragraphs.push(out.slice(i, i + 5).join(' '));
  return encoder.encode(paragraphs.join('\n\n'));
}

async function timeImport(inputs: ImportInput[]): Promise<{ seconds: number; summary: ImportSummary }> {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-import-bench-'));
  const project = openProject(join(folder, 'bench.bitext'), { create: true });
  const summary: ImportSummary = { job: 'bench', imported: [], duplicates: [], failed: [], cancelled: false };
  const start = performance.now();
  await importInputs(project, inputs, { id: 'bench', cancelled: false }, () => undefined, summary);
  const seconds = (performance.now() - start) / 1000;
  project.close();
  rmSync(folder, { recursive: true, force: true });
  if (summary.failed.length) throw new Error(`import failed: ${summary.failed[0]?.file}: ${summary.failed[0]?.reason}`);
  return { seconds, summary };
}

/**
 * `bitext import FOLDER --jobs N` in this process (worker threads read and align, this thread stores): wall time,
 * and CPU of the whole process (every thread), which is what carries over from a shared machine.
 */
async function cliImport(folder: string, jobs: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const file = join(folder, '..', `jobs${jobs}.bitext`);
  const io = { stdout: () => undefined, stderr: () => undefined, readFile: async () => new Uint8Array(), writeFile: async () => undefined };
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const code = await runCli(['import', folder, '--project', file, '--jobs', String(jobs), '--json'], io);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  rmSync(file, { force: true });
  if (code !== 0) throw new Error(`bitext import --jobs ${jobs} exited ${code}`);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

export async function bench(): Promise<BenchResult[]> {
  const pages: ImportInput[] = Array.from({ length: 1000 }, (_, k) => ({ name: `page-${k}.txt`, source: `page-${k}.txt`, bytes: encoder.encode(generatePage(k)) }));
  const pageRuns: number[] = [];
  for (let run = 0; run < 3; run++) pageRuns.push((await timeImport(pages)).seconds);

  const pairs: ImportInput[] = [];
  for (let k = 0; k < 100; k++) {
    pairs.push({ name: `story-${k}.vi.txt`, source: `story-${k}.vi.txt`, bytes: longPage(VIETNAMESE, 1000, k) });
    pairs.push({ name: `story-${k}.de.txt`, source: `story-${k}.de.txt`, bytes: longPage(GERMAN, 1000, k) });
  }
  const pairRuns: number[] = [];
  let sentences = 0;
  for (let run = 0; run < 3; run++) {
    const { seconds, summary } = await timeImport(pairs);
    pairRuns.push(seconds);
    sentences = summary.imported.reduce((n, i) => n + i.links, 0);
  }
  const pairSeconds = median(pairRuns);
  const folder = join(mkdtempSync(join(tmpdir(), 'bitext-import-jobs-')), 'pages');
  mkdirSync(folder);
  for (const p of pairs) writeFileSync(join(folder, p.name), p.bytes as Uint8Array);
  const jobs1 = await cliImport(folder, 1);
  const jobs2 = await cliImport(folder, 2);
  rmSync(join(folder, '..'), { recursive: true, force: true });
  return [
    { name: 'bitext import of the 100 pairs, --jobs 1: wall (CPU of all threads)', value: jobs1.seconds, unit: `s (${jobs1.cpuSeconds.toFixed(1)} s)` },
    { name: 'bitext import of the 100 pairs, --jobs 2: wall (CPU of all threads)', value: jobs2.seconds, unit: `s (${jobs2.cpuSeconds.toFixed(1)} s)` },
    { name: 'import 1,000 pages: read, pair leftovers, store (median of 3)', value: 1000 / median(pageRuns), unit: 'pages/s' },
    { name: 'import 100 page pairs of 1,000 sentences: read, align, store (median of 3)', value: pairSeconds, unit: 's' },
    { name: 'import of page pairs: sentences per second (German side)', value: Math.round(100_000 / pairSeconds), unit: 'sentences/s' },
    { name: 'import of page pairs: links stored per run', value: sentences, unit: 'links' },
  ];
}
