// `bitext batch learn`: the map step of the corpus lexicon. Reads pass-1 output of `bitext batch align` and writes
// the word counts of its confident 1-1 links; `bitext lexicon merge` adds such files up.
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parseArgs, UsageError } from '../args';
import { countLink, DEFAULT_LEARN, emptyCounts, writeCounts, type LexiconCounts } from '../lexiconCounts';
import type { OkRecord } from './alignJob';
import type { BatchStreams } from './align';
import { readLines } from './lines';

export const BATCH_LEARN_HELP = `usage: bitext batch learn [--in FILE] [--out FILE] [--min-score X]

Reads the JSONL output of \`bitext batch align\` (from --in or stdin) and writes lexicon counts (to --out or stdout):
for every 1-1 link at least --min-score confident (default ${DEFAULT_LEARN.minScore}), the words on each side and the
pairs of words. Counts of shards add up with \`bitext lexicon merge\`; align again with --lexicon FILE.
Records of another language pair than the first one are left out (and counted on stderr).
`;

export async function writeAll(stream: Writable, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  if (stream !== process.stdout) await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export async function batchLearn(args: string[], io: BatchStreams): Promise<number> {
  const parsed = parseArgs(args, { flags: ['--help'], values: ['--in', '--out', '--min-score'] });
  if (parsed.flags.has('--help')) {
    io.stdout.write(BATCH_LEARN_HELP);
    return 0;
  }
  if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}" (read a file with --in FILE)`);
  const minScore = parsed.values.has('--min-score') ? Number(parsed.values.get('--min-score')) : DEFAULT_LEARN.minScore;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError(`--min-score must be a number from 0 to 1, got "${parsed.values.get('--min-score')}"`);
  const inPath = parsed.values.get('--in');
  if (inPath && !existsSync(inPath)) throw new UsageError(`--in ${inPath}: no such file`);
  let counts: LexiconCounts | null = null;
  let other = 0;
  let bad = 0;
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
    counts ??= emptyCounts(rec.src_lang, rec.trg_lang);
    if (rec.src_lang !== counts.langA || rec.trg_lang !== counts.langB) {
      other++;
      continue;
    }
    for (const a of rec.alignments) {
      if (a.src.length !== 1 || a.trg.length !== 1 || a.score < minScore) continue;
      countLink(counts, rec.src_sentences[a.src[0] as number] ?? '', rec.trg_sentences[a.trg[0] as number] ?? '', { ...DEFAULT_LEARN, minScore });
    }
  }
  if (!counts) {
    io.stderr('bitext batch learn: no aligned records in the input (is it the output of bitext batch align --format jsonl?)\n');
    return 1;
  }
  const out = parsed.values.get('--out');
  await writeAll(out ? createWriteStream(out) : io.stdout, writeCounts(counts));
  io.stderr(`bitext batch learn: ${counts.links} confident links, ${counts.pairs.size} word pairs (${counts.langA}-${counts.langB})${other ? `; ${other} records of other language pairs left out` : ''}\n`);
  return bad > 0 ? 1 : 0;
}
