// `bitext lexicon merge A B …`: the reduce step of the corpus lexicon. Adds up counts files from `bitext batch learn`
// (any number, in any order or grouping: the result is the same bytes as one learn run over all the shards).
import { createWriteStream } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { writeAll } from './batch/learn';
import type { CliCommand } from './io';
import { CountsFormatError, emptyCounts, parseCounts, writeCounts, type LexiconCounts } from './lexiconCounts';

export const LEXICON_HELP = `usage: bitext lexicon merge COUNTS… [--out FILE]

Adds up lexicon counts files made by \`bitext batch learn\` (one per shard) and writes the total (to --out or stdout).
All files must be of one language pair. Align with the total: bitext batch align --lexicon FILE.
`;

export const lexiconCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout(LEXICON_HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'merge') throw new UsageError(`unknown subcommand "${sub}" (use merge)\n\n${LEXICON_HELP}`);
  const parsed = parseArgs(rest, { values: ['--out'] });
  if (parsed.positional.length === 0) throw new UsageError(`give the counts files to merge\n\n${LEXICON_HELP}`);
  let total: LexiconCounts | null = null;
  for (const file of parsed.positional) {
    const text = new TextDecoder().decode(await io.readFile(file, 4 << 30));
    try {
      if (!total) total = parseCounts(text);
      else parseCounts(text, total);
    } catch (e) {
      if (e instanceof CountsFormatError || e instanceof Error) throw new Error(`${file}: ${e.message}`, { cause: e });
      throw e;
    }
  }
  total ??= emptyCounts('und', 'und');
  const out = parsed.values.get('--out');
  await writeAll(out ? createWriteStream(out) : process.stdout, writeCounts(total));
  return 0;
};
