// Aligner benchmarks: 10,000- and 100,000-sentence document pairs, and re-aligning 500 sentences between two
// locked links. Documents are resampled Tatoeba German–Vietnamese pairs (2–4 pairs a unit, so sentences have
// news-like lengths) with merges and drops; falls back to generated text when ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, realignBetween } from '../../src/align/index';
import { buildDevSet, seededRandom } from '../../src/align/evaluate';
import { median, type BenchResult } from './stats';


function sourcePairs(): Array<[string, string]> {
  const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'tatoeba-deu-vie');
  const fde = join(dir, 'tatoeba-test-v2021-08-07.deu');
  if (existsSync(fde)) {
    const de = readFileSync(fde, 'utf8').split('\n');
    const vi = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.vie'), 'utf8').split('\n');
    return de.map((d, k) => [d, vi[k] ?? ''] as [string, string]).filter(([d, v]) => d.trim() && v.trim());
  }
  return Array.from({ length: 400 }, (_, k) => [`Satz ${k} über das Thema Nummer ${k % 17}.`, `Câu ${k} về chủ đề số ${k % 17}.`]);
}

/** A document pair of about `n` units per side. */
export function syntheticPair(n: number, seed: number): { a: string[]; b: string[] } {
  const base = sourcePairs();
  const rnd = seededRandom(seed);
  const pool: Array<[string, string]> = [];
  for (let k = 0; k < Math.max(n, 400); k++) {
    const g = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => base[Math.floor(rnd() * base.length)] as [string, string]);
    pool.push([g.map((p) => p[0]).join(' '), g.map((p) => p[1]).join(' ')]);
  }
  const order = Array.from({ length: n }, () => pool[Math.floor(rnd() * pool.length)] as [string, string]);
  const [doc] = buildDevSet(order, { seed, documents: 1, minSentences: n, maxSentences: n });
  if (!doc) throw new Error('no document');
  // buildDevSet shuffles within the document; enough for timing.
  return { a: doc.a, b: doc.b };
}

/** Median wall time, and the largest growth of heap + array buffers seen right after a run (before GC). */
function time(runs: number, f: () => void): { ms: number; heapMB: number } {
  const times: number[] = [];
  const heaps: number[] = [];
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage();
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
    const after = process.memoryUsage();
    heaps.push((after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1048576);
  }
  return { ms: median(times), heapMB: Math.max(...heaps) };
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

export async function bench(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const opts = { langA: 'de', langB: 'vi' };
  const p10k = syntheticPair(10_000, 11);
  const rss0 = maxRssMB();
  const t10k = time(5, () => void alignSentences(p10k.a, p10k.b, opts));
  out.push({ name: 'align 10,000 sentences (median of 5)', value: Math.round(t10k.ms), unit: 'ms', target: '< 1000 ms' });
  out.push({ name: 'align 10,000: heap + buffers allocated by one run', value: Math.round(t10k.heapMB), unit: 'MB', target: '< 200 MB' });
  out.push({ name: 'align 10,000: peak RSS growth of the process', value: Math.round(maxRssMB() - rss0), unit: 'MB', target: '< 200 MB' });
  // Repeated runs on one pair read its sentences from the aligner's sentence cache (it holds a 10,000-sentence pair
  // but not a 100,000 one): for the linear-growth ratio, 10,000 sentences it has not seen, as the 100,000 are.
  const fresh10k = [21, 22, 23].map((seed) => syntheticPair(10_000, seed));
  let next = 0;
  const tFresh = time(3, () => {
    const p = fresh10k[next++] as { a: string[]; b: string[] };
    void alignSentences(p.a, p.b, opts);
  });
  out.push({ name: 'align 10,000 sentences, a pair not seen before (median of 3)', value: Math.round(tFresh.ms), unit: 'ms' });
  const p100k = syntheticPair(100_000, 12);
  const t100k = time(3, () => void alignSentences(p100k.a, p100k.b, opts));
  out.push({ name: 'align 100,000 sentences (median of 3)', value: Math.round(t100k.ms), unit: 'ms', target: '< 10000 ms, linear' });
  out.push({ name: 'align 100,000: time per 10,000', value: Math.round(t100k.ms / 10), unit: 'ms', target: `≈ 10,000 figure (${Math.round(t10k.ms)} ms)` });
  out.push({ name: 'align 100,000 / 10,000 not seen before', value: t100k.ms / tFresh.ms, unit: '×', target: '≤ 11×' });
  out.push({ name: 'align 100,000: heap + buffers allocated by one run', value: Math.round(t100k.heapMB), unit: 'MB' });
  out.push({ name: 'align 100,000: peak RSS of the process', value: Math.round(maxRssMB()), unit: 'MB' });
  const p500 = syntheticPair(502, 13);
  const before = { a: [0], b: [0], score: 1 };
  const after = { a: [p500.a.length - 1], b: [p500.b.length - 1], score: 1 };
  realignBetween(p500.a, p500.b, before, after, opts);
  const tRe = time(15, () => void realignBetween(p500.a, p500.b, before, after, opts));
  out.push({ name: 're-align 500 sentences between two locks, repeated clicks (median of 15)', value: Math.round(tRe.ms * 10) / 10, unit: 'ms', target: '< 20 ms' });
  // First sight of the sentences: nothing cached from an earlier click.
  const fresh = Array.from({ length: 9 }, (_, k) => syntheticPair(502, 100 + k));
  let k = 0;
  const tCold = time(9, () => {
    const p = fresh[k++] as { a: string[]; b: string[] };
    void realignBetween(p.a, p.b, { a: [0], b: [0], score: 1 }, { a: [p.a.length - 1], b: [p.b.length - 1], score: 1 }, opts);
  });
  out.push({ name: 're-align 500 sentences between two locks, first time (median of 9)', value: Math.round(tCold.ms * 10) / 10, unit: 'ms', target: '< 20 ms' });
  return out;
}
