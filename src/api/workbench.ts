// Assembles the workbench behind either transport: the open project, the handlers and the event hub.
// On first start (no project file yet) the sample corpus is imported so there is something to look at.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { openProject } from '../store';
import { createDispatcher, type Dispatcher } from './dispatch';
import { EventHub } from './events';
import { collectInputs, importInputs } from '../services/importing';
import type { ImportSummary } from '../services/importing';
import { BackgroundReviewer } from '../services/reviewJobs';
import { resolveReadableDirs } from './readableDirs';
import type { AppState, ShellDialogs } from './state';

export interface Workbench {
  state: AppState;
  dispatcher: Dispatcher;
  events: EventHub;
  /** Closes the project; resolves once the review worker has stopped too. */
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  projectPath: string;
  /** Imported when the project file is created; a missing folder is reported, not fatal. */
  sampleCorpus: string | null;
  transport: AppState['transport'];
  version: string;
  /** The desktop shell's system dialogs (the window only). */
  dialogs?: ShellDialogs;
  /** Browser mode: the folders corpus.import and corpus.importUnits may read from (`--allow-dir`); none by default. */
  readableDirs?: string[];
}

async function importSamples(state: AppState, folder: string, events: EventHub): Promise<void> {
  if (!existsSync(folder)) {
    state.problems.push(`The sample corpus folder ${folder} is missing, so the new project is empty. Import pages with "bitext import" or from the window.`);
    return;
  }
  const summary: ImportSummary = { job: 'samples', imported: [], duplicates: [], failed: [], cancelled: false };
  const inputs = await collectInputs([folder], summary.failed);
  await importInputs(state.project, inputs, { id: 'samples', cancelled: false }, (done, total, label) => events.emit('progress', { job: 'samples', done, total, label }), summary);
  for (const failure of summary.failed) state.problems.push(`The sample page ${failure.file} could not be imported: ${failure.reason}`);
}

export async function createWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const isNew = !existsSync(options.projectPath);
  if (isNew) await mkdir(dirname(options.projectPath), { recursive: true });
  const project = openProject(options.projectPath, { create: true });
  const events = new EventHub();
  const state: AppState = { version: options.version, transport: options.transport, project, reviews: new BackgroundReviewer(project), problems: [], jobs: new Map(), dialogs: options.dialogs,
    readableDirs: options.transport === 'http' ? resolveReadableDirs(options.readableDirs ?? []) : null,
  };
  if (project.readOnly) state.problems.push(`The project ${options.projectPath} is read-only: you can read and export, but changes cannot be saved.`);
  if (isNew && options.sampleCorpus) await importSamples(state, options.sampleCorpus, events);
  return { state, dispatcher: createDispatcher(state), events, close: () => closeWorkbench(state) };
}

/**
 * The project file goes back to its rollback journal on close, which SQLite refuses while another connection has it
 * open: the review worker holds one only during a run, so an idle workbench closes at once and a busy one first
 * waits for the worker's thread to stop.
 */
function closeWorkbench(state: AppState): Promise<void> {
  const midRun = state.reviews.busy;
  const stopped = state.reviews.close();
  if (!midRun) {
    state.project.close();
    return stopped;
  }
  return stopped.then(() => state.project.close());
}
