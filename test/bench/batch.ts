// Corpus-scale figures of issue 14, as ratios measured in one run: the compiled command's start-up against
// `node -e 0`, the whole `bitext align` on 10,000 and 100,000 sentences, re-aligning 500 between locks against
// aligning 10,000, `bitext batch align` over 2,000 pairs of 30 sentences on one and two threads, the same corpus
// on the 3-node Slurm test cluster, and strict F1 of pass 1 and pass 2 (corpus lexicon) on FLORES documents.
// `npm run bench -- batch` runs only these (each figure says which command printed it).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignSentences, realignBetween, type AlignmentLink } from '../../src/align/index';
import { buildDevSet, prf } from '../../src/align/evaluate';
import { corpusLexiconPasses } from '../align/tools/corpus-lexicon-passes';
import { floresDevSets } from '../align/tools/flores-sets';
import { corpusJsonl, floresDocuments } from '../cli/tools/batch-corpus';
import { clusterUnavailable, startCluster } from '../slurm/cluster';
import { syntheticPair } from './align';
import { median, type BenchResult } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'bitext.mjs');
const ENV = { ...process.env, BITEXT_CLI: 'built' };

/** Wall time of one run of a command, in ms. */
function wall(cmd: string, args: string[], env: NodeJS.ProcessEnv = ENV): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT, maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr?.toString().slice(0, 400)}`);
  return ms;
}

/** CPU seconds (user + system) of one run, by /usr/bin/time: on a shared machine wall time mostly measures the others. */
function cpu(args: string[]): { ms: number; cpuMs: number; rssMB: number } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S %M', process.execPath, BIN, ...args], { env: ENV, stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  const ms = performance.now() - t0;
  const m = /cpu ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr.toString());
  if (r.status !== 0 || !m) throw new Error(`bitext ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 400)}`);
  return { ms, cpuMs: (Number(m[1]) + Number(m[2])) * 1000, rssMB: Number(m[3]) / 1024 };
}

const medianOf = (runs: number, f: () => number): number => median(Array.from({ length: runs }, f));
const bitext = (args: string[]): number => wall(process.execPath, [BIN, ...args]);

/** Short everyday sentences: Tatoeba pairs one per unit (the short-sentence figure beside the news-length one). */
function tatoebaPair(n: number, seed: number): { a: string[]; b: string[] } {
  const dir = join(ROOT, '..', 'shared', 'data', 'tatoeba-deu-vie');
  const de = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.deu'), 'utf8').split('\n');
  const vi = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.vie'), 'utf8').split('\n');
  const pairs = de.map((d, k) => [d, vi[k] ?? ''] as [string, string]).filter(([d, v]) => d.trim() && v.trim());
  const many = Array.from({ length: n }, (_, k) => pairs[(k * 7919) % pairs.length] as [string, string]);
  const [doc] = buildDevSet(many, { seed, documents: 1, minSentences: n, maxSentences: n, ordered: true });
  if (!doc) throw new Error('no document');
  return doc;
}

/** Median wall and CPU time of the whole `bitext align` on a pair: CPU is what carries over from a shared machine. */
function wholeCommand(dir: string, name: string, pair: { a: string[]; b: string[] }, runs: number): { ms: number; cpuMs: number } {
  const a = join(dir, `${name}.de`);
  const b = join(dir, `${name}.vi`);
  writeFileSync(a, pair.a.join('\n') + '\n');
  writeFileSync(b, pair.b.join('\n') + '\n');
  const args = ['align', a, b, '--presegmented', '--lang-a', 'de', '--lang-b', 'vi'];
  const timed = Array.from({ length: runs }, () => timedRun(args));
  return { ms: median(timed.map((r) => r.ms)), cpuMs: median(timed.map((r) => r.cpuMs)) };
}

/** One run of a bitext command: wall time, and CPU time and peak memory where /usr/bin/time can tell them. */
function timedRun(args: string[]): { ms: number; cpuMs: number; rssMB: number } {
  return existsSync('/usr/bin/time') ? cpu(args) : { ms: bitext(args), cpuMs: NaN, rssMB: NaN };
}

/** One `bitext batch align` of the corpus on `jobs` threads. */
const batchRun = (corpus: string, outFile: string, jobs: number) => timedRun(['batch', 'align', '--in', corpus, '--out', outFile, '--overwrite', '--jobs', String(jobs)]);

/**
 * Re-aligning 500 sentences between two locks against aligning 10,000, in process. Rounds of one full alignment
 * then ten re-aligns, so that the two figures of a ratio are taken within a second of each other.
 */
function realignRatio(p10k: { a: string[]; b: string[] }, p500: { a: string[]; b: string[] }, rounds: number): number {
  const opts = { langA: 'de', langB: 'vi' };
  const locks: [AlignmentLink, AlignmentLink] = [{ a: [0], b: [0], score: 1 }, { a: [p500.a.length - 1], b: [p500.b.length - 1], score: 1 }];
  const timed = (f: () => void): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  // Warm-up: the first runs compile the aligner.
  for (let k = 0; k < 2; k++) timed(() => alignSentences(p10k.a, p10k.b, opts));
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const full = timed(() => alignSentences(p10k.a, p10k.b, opts));
    const part = median(Array.from({ length: 10 }, () => timed(() => realignBetween(p500.a, p500.b, locks[0], locks[1], opts))));
    ratios.push(part / full);
  }
  return median(ratios);
}

/** Links with text on both sides in a batch output file. */
function sentencePairs(file: string): number {
  let n = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const rec = JSON.parse(line) as { alignments?: Array<{ src: number[]; trg: number[] }> };
    for (const l of rec.alignments ?? []) if (l.src.length > 0 && l.trg.length > 0) n++;
  }
  return n;
}

function corpusLexiconF1(out: BenchResult[]): void {
  for (const set of floresDevSets(40, 1)) {
    const { pass1: s1, pass2: s2, words } = corpusLexiconPasses(set.docs);
    const label = set.kind === 'news' ? 'news' : 'encyclopaedic';
    out.push({ name: `FLORES ${set.half} half, ${label}, ${set.docs.length} docs: strict F1 pass 1`, value: prf(s1.all).f1, unit: 'F1' });
    out.push({ name: `FLORES ${set.half} half, ${label}: strict F1 pass 2 (corpus lexicon, ${words} words)`, value: prf(s2.all).f1, unit: 'F1', target: '≥ pass 1' });
  }
}

export async function bench(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'bench-batch-'));
  try {
    const node0 = medianOf(9, () => wall(process.execPath, ['-e', '0']));
    const help = medianOf(9, () => bitext(['--help']));
    const npx = medianOf(3, () => wall('npx', ['--no-install', 'bitext', '--help']));
    const npxNode = medianOf(3, () => wall('npx', ['--no-install', 'node', '-e', '0']));
    out.push({ name: 'node -e 0 (median of 9)', value: Math.round(node0), unit: 'ms' });
    out.push({ name: 'node bin/bitext.mjs --help, compiled (median of 9)', value: Math.round(help), unit: 'ms', target: '< 250 ms' });
    out.push({ name: 'start-up: bitext --help / node -e 0', value: help / node0, unit: '×', target: '≤ 2.5×' });
    out.push({ name: 'npx bitext --help (median of 3)', value: Math.round(npx), unit: 'ms' });
    out.push({ name: 'npx --no-install node -e 0: what npx itself costs (median of 3)', value: Math.round(npxNode), unit: 'ms' });

    const news10k = wholeCommand(dir, 'news10k', syntheticPair(10_000, 11), 3);
    out.push({ name: 'bitext align, 10,000 news-length sentences, whole command (median of 3)', value: Math.round(news10k.ms), unit: 'ms' });
    out.push({ name: '  of which start-up (share)', value: help / news10k.ms, unit: '' });
    const tat10k = wholeCommand(dir, 'tatoeba10k', tatoebaPair(10_000, 12), 3);
    out.push({ name: 'bitext align, 10,000 short (Tatoeba) sentences, whole command (median of 3)', value: Math.round(tat10k.ms), unit: 'ms' });
    const news100k = wholeCommand(dir, 'news100k', syntheticPair(100_000, 13), 3);
    out.push({ name: 'bitext align, 100,000 news-length sentences, whole command (median of 3)', value: Math.round(news100k.ms), unit: 'ms' });
    out.push({ name: '100,000 / 10,000 (whole command, wall time)', value: news100k.ms / news10k.ms, unit: '×', target: '≤ 11×' });
    out.push({ name: '100,000 / 10,000 (whole command, CPU: user + system)', value: news100k.cpuMs / news10k.cpuMs, unit: '×', target: '≤ 11×' });

    const p10k = syntheticPair(10_000, 11);
    const p500 = syntheticPair(502, 13);
    out.push({ name: 're-align 500 between two locks / align 10,000 (in process, median of 8 rounds)', value: realignRatio(p10k, p500, 8), unit: '×', target: '≤ 0.02 (1/50)' });

    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, corpusJsonl(floresDocuments({ documents: 2000, sentences: 30, seed: 2 })));
    const one = join(dir, 'jobs1.jsonl');
    const two = join(dir, 'jobs2.jsonl');
    // One thread and two in turn, three times each: this machine's speed drifts by a fifth from minute to minute.
    const runs1: Array<{ ms: number; cpuMs: number; rssMB: number }> = [];
    const runs2: typeof runs1 = [];
    for (let r = 0; r < 3; r++) {
      runs1.push(batchRun(corpus, one, 1));
      runs2.push(batchRun(corpus, two, 2));
    }
    const t1 = median(runs1.map((r) => r.ms));
    const t2 = median(runs2.map((r) => r.ms));
    const cpu1 = median(runs1.map((r) => r.cpuMs));
    const cpu2 = median(runs2.map((r) => r.cpuMs));
    const pairs = sentencePairs(one);
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    out.push({ name: `load average while measuring (this machine has ${availableParallelism()} cores)`, value: Number(load), unit: '' });
    out.push({ name: 'batch align --jobs 1: CPU per sentence pair (user + system)', value: cpu1 / pairs, unit: 'ms' });
    out.push({ name: 'batch align --jobs 2: CPU per sentence pair (user + system)', value: cpu2 / pairs, unit: 'ms' });
    out.push({ name: 'batch align peak RSS, --jobs 1 / --jobs 2 (whole process)', value: Math.round(runs1[0]?.rssMB ?? NaN), unit: `MB / ${Math.round(runs2[0]?.rssMB ?? NaN)}` });
    if (existsSync('/usr/bin/time')) {
      const counts = join(dir, 'counts.tsv');
      const learn = cpu(['batch', 'learn', '--in', one, '--out', counts]);
      const merged = cpu(['lexicon', 'merge', counts, counts, '--out', join(dir, 'merged.tsv')]);
      const lines = readFileSync(counts, 'utf8').split('\n').length - 2;
      out.push({ name: `batch learn on 2,000 pairs: counts lines (file ${(statSync(counts).size / 1048576).toFixed(1)} MB)`, value: lines, unit: 'lines' });
      out.push({ name: 'batch learn / lexicon merge peak RSS', value: Math.round(learn.rssMB), unit: `MB / ${Math.round(merged.rssMB)}` });
    }
    out.push({ name: `batch align 2,000 pairs × 30 sentences, --jobs 1 (${pairs} sentence pairs, median ${Math.round(t1)} ms of 3)`, value: pairs / (t1 / 1000), unit: 'pairs/s' });
    out.push({ name: `batch align 2,000 pairs × 30 sentences, --jobs 2 (median ${Math.round(t2)} ms of 3)`, value: pairs / (t2 / 1000), unit: 'pairs/s' });
    out.push({ name: 'batch align: --jobs 2 / --jobs 1 throughput', value: t1 / t2, unit: '×', target: '≥ 1.8×' });
    // With one worker the process already keeps more than one core busy (the main thread, V8's compiler and
    // garbage-collector threads), and two workers cannot do less work than one: on this machine's cores the
    // speed-up is at most cores / (CPU of --jobs 1 / its wall time), whatever the pool does.
    const coresUsed = cpu1 / t1;
    out.push({ name: 'batch align --jobs 1: cores kept busy (CPU / wall)', value: coresUsed, unit: 'cores' });
    out.push({ name: `  so the most --jobs 2 can gain on ${availableParallelism()} cores: cores / that`, value: Math.min(2, availableParallelism()) / coresUsed, unit: '×' });
    out.push({ name: 'batch align: --jobs 1 and --jobs 2 outputs identical', value: readFileSync(one, 'utf8') === readFileSync(two, 'utf8') ? 1 : 0, unit: 'yes=1' });

    const why = clusterUnavailable();
    if (why) out.push({ name: `Slurm: skipped (${why})`, value: 0, unit: '' });
    else {
      const cluster = await startCluster(3, 2);
      try {
        const work = join(dir, 'slurm');
        const script = join(ROOT, 'scripts', 'slurm', 'bitext-slurm.sh');
        const t0 = performance.now();
        for (const args of [['split', corpus, work, '6'], ['align', work, '1'], ['merge', work, '1']]) execFileSync(script, args, { env: cluster.env, stdio: 'ignore' });
        const ts = performance.now() - t0;
        const same = existsSync(join(work, 'pass1.jsonl')) && readFileSync(join(work, 'pass1.jsonl'), 'utf8') === readFileSync(two, 'utf8');
        out.push({ name: 'Slurm, 3 nodes on this 2-core machine, 6 array tasks: pass 1 wall time', value: Math.round(ts), unit: 'ms' });
        out.push({ name: 'Slurm wall time / local --jobs 2', value: ts / t2, unit: '×' });
        out.push({ name: 'Slurm pass 1 output identical to local', value: same ? 1 : 0, unit: 'yes=1' });
      } finally {
        cluster.stop();
      }
    }
    corpusLexiconF1(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
