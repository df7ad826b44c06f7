// `bitext batch learn`: the map step of the corpus lexicon. Reads pass-1 output of `bitext batch align` and writes
// the word counts of its confident 1-1 links; `bitext lexicon merge` adds such files up. A shard of many distinct
// documents has more word pairs than memory (or one V8 Map, at most 2^24 entries) holds: past --memory-pairs the
// counts so far go to a sorted part file, and the parts are merged at the end, the same bytes as one count in memory.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, positiveInt, UsageError } from '../args';
import { countLines, writeAll } from '../countsFiles';
import { countLink, DEFAULT_LEARN, emptyCounts, writeCounts, type LexiconCounts } from '../lexiconCounts';
import { mergeCountStreams } from '../lexiconStream';
import type { OkRecord } from './alignJob';
import type { BatchStreams } from './align';
import { readLines } from './lines';

/**
 * Word pairs held in memory before a part is written. On 20 million distinct pairs (8,000 made-up documents) the
 * process peaked at 2.6 GB with 4 M and 2.4 GB with 2 M: the heap grows between collections more than it holds.
 */
export const DEFAULT_MEMORY_PAIRS = 4_000_000;

export const BATCH_LEARN_HELP = `usage: bitext batch learn [--in FILE] [--out FILE] [--min-score X] [--memory-pairs N]

Reads the JSONL output of \`bitext batch align\` (from --in or stdin) and writes lexicon counts (to --out or stdout):
for every 1-1 link at least --min-score confident (default ${DEFAULT_LEARN.minScore}), the words on each side and the
pairs of words. Counts of shards add up with \`bitext lexicon merge\`; align again with --lexicon FILE.
Records of another language pair than the first one are left out (and counted on stderr).
  --memory-pairs N   word pairs kept in memory at most (default ${DEFAULT_MEMORY_PAIRS}); past that the counts go to
                     sorted parts in a temporary folder beside --out (or in the system's), merged at the end
`;

/** Counts in memory up to `limit` word pairs, then sorted part files; `chunks()` gives the whole counts file. */
class SpillingCounts {
  private readonly parts: string[] = [];
  private dir: string | null = null;
  counts: LexiconCounts | null = null;
  links = 0;

  constructor(
    private readonly limit: number,
    private readonly near: string,
  ) {}

  get partCount(): number {
    return this.parts.length;
  }

  async spillIfFull(force = false): Promise<void> {
    const c = this.counts;
    if (!c || (!force && c.pairs.size < this.limit)) return;
    this.dir ??= await mkdtemp(join(this.near, '.bitext-learn-'));
    const file = join(this.dir, `part-${String(this.parts.length).padStart(5, '0')}.tsv`);
    await writeAll(createWriteStream(file), writeCounts(c));
    this.parts.push(file);
    this.links += c.links;
    this.counts = emptyCounts(c.langA, c.langB);
  }

  async chunks(): Promise<Iterable<string> | AsyncIterable<string>> {
    if (this.parts.length === 0) return writeCounts(this.counts as LexiconCounts);
    await this.spillIfFull(true);
    return mergeCountStreams(this.parts.map((file) => ({ name: file, lines: countLines(file) })));
  }

  async removeParts(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

export async function batchLearn(args: string[], io: BatchStreams): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--help'], values: ['--in', '--out', '--min-score', '--memory-pairs'] });
  if (parsed.flags.has('--help')) {
    io.stdout.write(BATCH_LEARN_HELP);
    return 0;
  }
  if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}" (read a file with --in FILE)`);
  const minScore = parsed.values.has('--min-score') ? Number(parsed.values.get('--min-score')) : DEFAULT_LEARN.minScore;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError(`--min-score must be a number from 0 to 1, got "${parsed.values.get('--min-score')}"`);
  const inPath = parsed.values.get('--in');
  if (inPath && !existsSync(inPath)) throw new UsageError(`--in ${inPath}: no such file`);
  const out = parsed.values.get('--out');
  const store = new SpillingCounts(positiveInt(parsed.values, '--memory-pairs', DEFAULT_MEMORY_PAIRS), out ? dirname(resolve(out)) : tmpdir());
  let other = 0;
  let bad = 0;
  try {
    for await (const l of readLines(inPath ? createReadStream(inPath) : io.stdin, 1 << 30)) {
      if (!('text' in l) || l.text.trim() === '') continue;
      let rec: OkRecord;
      try {
        rec = JSON.parse(l.text) as OkRecord;
      } catch {
        bad++;
        io.stderr(`bitext batch learn: line ${l.line}: not JSON; expected the output of bitext batch align --format jsonl\n`);
        continue;
      }
      if (rec.status !== 'ok') continue;
      const counts = (store.counts ??= emptyCounts(rec.src_lang, rec.trg_lang));
      if (rec.src_lang !== counts.langA || rec.trg_lang !== counts.langB) {
        other++;
        continue;
      }
      for (const a of rec.alignments) {
        if (a.src.length !== 1 || a.trg.length !== 1 || a.score < minScore) continue;
        countLink(counts, rec.src_sentences[a.src[0] as number] ?? '', rec.trg_sentences[a.trg[0] as number] ?? '', { ...DEFAULT_LEARN, minScore });
      }
      await store.spillIfFull();
    }
    const counts = store.counts;
    if (!counts) {
      io.stderr('bitext batch learn: no aligned records in the input (is it the output of bitext batch align --format jsonl?)\n');
      return 1;
    }
    const pairs = counts.pairs.size;
    const links = store.links + counts.links;
    const parts = store.partCount;
    await writeAll(out ? createWriteStream(out) : io.stdout, await store.chunks());
    const held = parts > 0 ? `counted in ${parts + 1} sorted parts and merged` : `${pairs} word pairs`;
    io.stderr(`bitext batch learn: ${links} confident links, ${held} (${counts.langA}-${counts.langB})${other ? `; ${other} records of other language pairs left out` : ''}\n`);
    return bad > 0 ? 1 : 0;
  } finally {
    await store.removeParts();
  }
}
