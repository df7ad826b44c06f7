// `bitext import PATH… --project FILE`: the same import the UI runs, with a summary on stdout.
import { resolve } from 'node:path';
import { collectInputs, importInputs } from '../api/importer';
import { EventHub } from '../api/events';
import type { ImportSummary } from '../api/contract';
import { openProject } from '../store';
import { parseArgs, UsageError } from './args';
import type { CliCommand } from './io';

export const importCommand: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { values: ['--project'], flags: ['--json'] });
  const projectPath = parsed.values.get('--project');
  if (!projectPath) throw new UsageError('name the project file with --project FILE (it is created if missing)');
  if (parsed.positional.length === 0) throw new UsageError('name at least one page file or folder to import');
  const project = openProject(resolve(projectPath), { create: true });
  const summary: ImportSummary = { job: 'cli', imported: [], duplicates: [], failed: [], cancelled: false };
  const events = new EventHub();
  const job = { id: 'cli', cancelled: false };
  const cancel = () => (job.cancelled = true);
  process.once('SIGINT', cancel);
  try {
    const inputs = await collectInputs(parsed.positional.map((p) => resolve(p)), summary.failed);
    if (!parsed.flags.has('--json')) events.subscribe((_event, payload) => 'done' in payload && io.stderr(`\r${payload.done}/${payload.total} ${payload.label}`.padEnd(60)));
    await importInputs(project, inputs, job, events, summary);
  } finally {
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
