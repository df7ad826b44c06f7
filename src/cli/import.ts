// `bitext import PATH… --project FILE`: the same import the UI runs, with a summary on stdout.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { collectInputs, importInputs, type ImportInput } from '../services/importing';
import type { ImportSummary } from '../services/importing';
import { openProject } from '../store';
import { parseArgs, UsageError } from './args';
import { poolPreparer } from './importPool';
import type { CliCommand } from './io';

/** `--pair SOURCE TRANSLATION` (repeatable) takes two paths; everything else goes to the option parser. */
function takePairs(args: string[]): { rest: string[]; pairs: Array<[string, string]> } {
  const rest: string[] = [];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--pair') {
      rest.push(args[i] as string);
      continue;
    }
    const [source, translation] = [args[i + 1], args[i + 2]];
    if (!source || !translation || source.startsWith('--') || translation.startsWith('--')) throw new UsageError('--pair needs two files: the source page and its translation');
    pairs.push([source, translation]);
    i += 2;
  }
  return { rest, pairs };
}

export const IMPORT_HELP = `usage: bitext import PATH… --project FILE [--json] [--jobs N] [--pair SOURCE TRANSLATION]…

Adds pages, folders of pages and corpus files (.tmx, .xlf, .tsv, .jsonl: imported as their aligned units) to a
project, created if missing. story.vi.txt + story.de.txt form a pair (the page in the project's translation
language is the translation); --pair names any two files as source and translation. Ctrl+C cancels and takes out
what this import had added.
  --json    print the summary as JSON
  --jobs N  read and align pages on N worker threads (default: every core); they are stored in input order, so the
            project is the same whatever N is
`;

export const importCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(IMPORT_HELP);
    return 0;
  }
  const { rest, pairs } = takePairs(args);
  const parsed = parseArgs(rest, { values: ['--project', '--jobs'], flags: ['--json'] });
  const projectPath = parsed.values.get('--project');
  if (!projectPath) throw new UsageError('name the project file with --project FILE (it is created if missing)');
  if (parsed.positional.length === 0 && pairs.length === 0) throw new UsageError('name at least one page file or folder to import (or --pair SOURCE TRANSLATION)');
  const jobsText = parsed.values.get('--jobs');
  if (jobsText !== undefined && !/^[1-9]\d*$/.test(jobsText)) throw new UsageError(`--jobs must be a whole number of at least 1, got "${jobsText}"`);
  const jobs = jobsText === undefined ? availableParallelism() : Number(jobsText);
  const project = openProject(resolve(projectPath), { create: true });
  const summary: ImportSummary = { job: 'cli', imported: [], duplicates: [], failed: [], cancelled: false };
  const job = { id: 'cli', cancelled: false };
  const cancel = () => (job.cancelled = true);
  process.once('SIGINT', cancel);
  const pool = poolPreparer(jobs);
  try {
    const inputs = await collectInputs(parsed.positional.map((p) => resolve(p)), summary.failed);
    const explicit: Array<[ImportInput, ImportInput]> = [];
    for (const [source, translation] of pairs) {
      const read = await collectInputs([resolve(source), resolve(translation)], summary.failed);
      if (read.length === 2) explicit.push([read[0] as ImportInput, read[1] as ImportInput]);
    }
    const progress = parsed.flags.has('--json') ? () => undefined : (done: number, total: number, label: string) => io.stderr(`\r${done}/${total} ${label}`.padEnd(60));
    await importInputs(project, inputs, job, progress, summary, explicit, pool.prepare);
  } finally {
    await pool.close();
    process.off('SIGINT', cancel);
    project.close();
  }
  for (const failure of summary.failed) io.stderr(`\nbitext import: ${failure.file}: ${failure.reason}`);
  if (parsed.flags.has('--json')) io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  else
    io.stdout(
      `\n${summary.cancelled ? 'cancelled; the project is as it was' : `${summary.imported.length} imported, ${summary.duplicates.length} already in the project, ${summary.failed.length} failed`}\n`,
    );
  return summary.failed.length > 0 || summary.cancelled ? 1 : 0;
};
