// `bitext lexicon merge A B …`: the reduce step of the corpus lexicon. Adds up counts files from `bitext batch learn`
// (any number, in any order or grouping: the result is the same bytes as one learn run over all the shards), line by
// line: the files are sorted, so memory stays at one line per file however large they are. `bitext lexicon prune`
// cuts the total down to what pass 2 reads from it.
import { constants, createWriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { parseArgs, UsageError } from './args';
import { countLines, writeAll } from './countsFiles';
import type { CliCommand } from './io';
import { mergeCountStreams, pruneCountLines } from './lexiconStream';

export const LEXICON_HELP = `usage: bitext lexicon merge COUNTS… [--out FILE]
       bitext lexicon prune COUNTS [--out FILE]

merge adds up lexicon counts files made by \`bitext batch learn\` (one per shard) and writes the total (to --out or
stdout). All files must be of one language pair. Align with the total: bitext batch align --lexicon FILE.
prune keeps of a total only the word pairs pass 2 takes from it and the counts of their words: the same lexicon
from a small part of the file, for every pass-2 task to read. Merge before pruning, never after.
`;

export const lexiconCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout(LEXICON_HELP);
    return sub ? 0 : 2;
  }
  if (sub !== 'merge' && sub !== 'prune') throw new UsageError(`unknown subcommand "${sub}" (use merge or prune)\n\n${LEXICON_HELP}`);
  const parsed = parseArgs(rest, { values: ['--out'] });
  if (parsed.positional.length === 0) throw new UsageError(`give the counts files to ${sub}\n\n${LEXICON_HELP}`);
  if (sub === 'prune' && parsed.positional.length > 1) throw new UsageError(`prune reads one counts file (merge the shards first), got ${parsed.positional.length}`);
  const out = parsed.values.get('--out');
  // Missing files are named before anything is written.
  for (const file of parsed.positional) await access(file, constants.R_OK).catch(() => Promise.reject(new Error(`${file}: cannot read (no such file, or not readable)`)));
  const output =
    sub === 'prune'
      ? pruneCountLines(countLines(parsed.positional[0] as string))
      : mergeCountStreams(parsed.positional.map((file) => ({ name: file, lines: countLines(file) })));
  if (!out) {
    await writeAll(process.stdout, output);
    return 0;
  }
  // A merge or prune that fails half-way (a damaged shard) leaves no half-written file behind.
  const part = `${out}.part`;
  try {
    await writeAll(createWriteStream(part), output);
    await rename(part, out);
  } catch (e) {
    await rm(part, { force: true });
    throw e;
  }
  return 0;
};
