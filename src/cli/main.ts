// The `bitext` command: picks the subcommand and gives it real files and streams.
import { writeFile } from 'node:fs/promises';
import { readBounded, DEFAULT_READ_LIMIT } from '../io/readBounded';
import { UsageError } from './args';
import type { CliCommand, CliIO } from './io';
import { diskFullError } from '../store/errors';

const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  align: async () => (await import('./align')).alignCommand,
  batch: async () => (await import('./batch/index')).batchCommand,
  export: async () => (await import('./export')).exportCommand,
  import: async () => (await import('./import')).importCommand,
  'import-units': async () => (await import('./export')).importUnitsCommand,
  inspect: async () => (await import('./inspect')).inspectCommand,
  lexicon: async () => (await import('./lexicon')).lexiconCommand,
  qa: async () => (await import('./qa')).qaCommand,
  serve: async () => (await import('./serve')).serveCommand,
};

const USAGE = `bitext — a workbench for bilingual text

  bitext inspect FILE… [--json]               read pages: blocks, roles, languages, sentences, leftover links
  bitext align A B [--presegmented] [--format tsv|json|tmx|text]
                                              align two documents sentence by sentence
  bitext import PATH… --project FILE [--json] [--pair SOURCE TRANSLATION]…
                                              add pages or folders to a project (story.vi.txt + story.de.txt,
                                              or any two files given with --pair, are a source/translation pair)
  bitext import-units FILE… --project FILE     add TMX, XLIFF, TSV or JSONL units to a project
  bitext export --project FILE --format tmx|xliff|tsv|moses|jsonl --out PATH
                [--confirmed] [--min-score X] [--roles a,b] [--pages id,id] [--overwrite]
                                              write the aligned rows as a bilingual corpus
  bitext batch align [--in F] [--out F] [--format jsonl|bitextor|hf|moses|tmx] [--jobs N] [--resume] [--lexicon F]
                                              align a stream of document pairs (JSONL) on every core
  bitext batch learn [--in F] [--out F]       lexicon counts from the confident links of batch align output
  bitext lexicon merge COUNTS… [--out F]      add up lexicon counts of several shards
  bitext qa (--project FILE | FILE…) [--json]  quality checks and scores (MQM, chrF, TER, word edit rate)
  bitext serve [--project FILE] [--port N]    browser mode: the workbench on 127.0.0.1
                                              (a new project starts with the sample pages;
                                              --samples DIR or --no-samples to change that;
                                              --allow-dir DIR, repeatable: the folders the browser
                                              may import from by path; none by default)
`;

export const nodeIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path, maxBytes = DEFAULT_READ_LIMIT) => readBounded(path, maxBytes),
  writeFile: (path, data) => writeFile(path, data),
};

export async function runCli(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`bitext: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bitext ${name}: ${error.message}\n`);
      return 2;
    }
    const reason = diskFullError(error) ?? error;
    io.stderr(`bitext ${name}: ${reason instanceof Error ? reason.message : String(reason)}\n`);
    return 1;
  }
}
