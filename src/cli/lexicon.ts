// `bitext lexicon merge A B …`: the reduce step of the corpus lexicon. Adds up counts files from `bitext batch learn`
// (any number, in any order or grouping: the result is the same bytes as one learn run over all the shards).
import { createReadStream, createWriteStream } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { writeAll } from './batch/learn';
import type { CliCommand } from './io';
import { readLines } from './batch/lines';
import { emptyCounts, readCounts, writeCounts, type LexiconCounts } from './lexiconCounts';

export const LEXICON_HELP = `usage: bitext lexicon merge COUNTS… [--out FILE]

Adds up lexicon counts files made by \`bitext batch learn\` (one per shard) and writes the total (to --out or stdout).
All files must be of one language pair. Align with the total: bitext batch align --lexicon FILE.
`;

/** The lines of a counts file, streamed (merged totals may be larger than one string can hold). */
export async function* countLines(file: string): AsyncGenerator<string> {
  for await (const l of readLines(createReadStream(file), 1 << 20)) {
    if (!('text' in l)) throw new Error(`line ${l.line}: ${l.tooLong} bytes; a counts line is one word pair`);
    yield l.text;
  }
}

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
    try {
      total = await readCounts(countLines(file), total ?? undefined);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT' || code === 'EISDIR') throw new Error(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : 'a folder, expected a counts file'})`, { cause: e });
      if (e instanceof Error) throw new Error(`${file}: ${e.message}`, { cause: e });
      throw e;
    }
  }
  total ??= emptyCounts('und', 'und');
  const out = parsed.values.get('--out');
  await writeAll(out ? createWriteStream(out) : process.stdout, writeCounts(total));
  return 0;
};
