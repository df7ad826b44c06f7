// `bitext serve`: browser mode. Serves the UI and the API on 127.0.0.1 with a per-launch token until Ctrl+C.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHttpTransport, type RunningServer } from '../api/http';
import { createWorkbench } from '../api/workbench';
import { parseArgs } from './args';
import type { CliCommand, CliIO } from './io';
import { PROJECT_ROOT, SAMPLE_CORPUS, UI_DIR, defaultProjectPath, packageVersion } from './paths';

export interface ServeOptions {
  port?: number;
  projectPath?: string;
  sampleCorpus?: string | null;
  uiDir?: string | null;
  token?: string;
  /** Folders the browser may have the server import from. */
  readableDirs?: string[];
}

async function ensureUiBuilt(uiDir: string, io: CliIO): Promise<void> {
  if (existsSync(join(uiDir, 'index.html'))) return;
  io.stderr('bitext: the UI is not built yet; building it once (npm run build)…\n');
  const { build } = await import('vite');
  await build({ root: PROJECT_ROOT, logLevel: 'warn', configFile: join(PROJECT_ROOT, 'vite.config.ts') });
}

export async function startBrowserMode(options: ServeOptions, io: CliIO): Promise<RunningServer> {
  const uiDir = options.uiDir === undefined ? UI_DIR : options.uiDir;
  if (uiDir) await ensureUiBuilt(uiDir, io);
  const workbench = await createWorkbench({
    projectPath: options.projectPath ?? defaultProjectPath(),
    sampleCorpus: options.sampleCorpus === undefined ? SAMPLE_CORPUS : options.sampleCorpus,
    transport: 'http',
    version: packageVersion(),
    readableDirs: options.readableDirs ?? [],
  });
  for (const problem of workbench.state.problems) io.stderr(`bitext: ${problem}\n`);
  const running = await startHttpTransport({
    dispatcher: workbench.dispatcher,
    events: workbench.events,
    token: options.token ?? randomBytes(24).toString('base64url'),
    staticDir: uiDir,
    port: options.port ?? 0,
  });
  return { ...running, close: () => running.close().then(() => workbench.close()) };
}

export const SERVE_HELP = `usage: bitext serve [--project FILE] [--port N] [--allow-dir DIR]… [--samples DIR | --no-samples] [--api-only]

Browser mode: serves the workbench and its API on 127.0.0.1 with a token made for this run, and prints the
address to open. A new project starts with the sample pages (--samples DIR for others, --no-samples for none).
  --allow-dir DIR  a folder the browser may import from by path (repeatable; none by default: files dropped onto
                   the page are sent, not read from the server's disk)
  --api-only       serve the API without the UI
`;

export const serveCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(SERVE_HELP);
    return 0;
  }
  const parsed = parseArgs(args, { values: ['--port', '--project', '--samples'], flags: ['--api-only', '--no-samples'], lists: ['--allow-dir'] });
  const portText = parsed.values.get('--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`bitext serve: --port must be a whole number from 0 to 65535, not "${portText}"\n`);
    return 2;
  }
  const project = resolve(parsed.values.get('--project') ?? defaultProjectPath());
  const samples = parsed.values.get('--samples');
  const sampleCorpus = parsed.flags.has('--no-samples') ? null : samples ? resolve(samples) : undefined;
  const uiDir = parsed.flags.has('--api-only') ? null : undefined;
  const readableDirs = (parsed.lists.get('--allow-dir') ?? []).map((dir) => resolve(dir));
  const running = await startBrowserMode({ port, projectPath: project, sampleCorpus, uiDir, readableDirs }, io);
  io.stdout(`bitext is serving the workbench at ${running.url}\nProject: ${project}\nOpen that address in a browser; press Ctrl+C to stop.\n`);
  await new Promise<void>((done) => {
    const stop = () => void running.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
};
