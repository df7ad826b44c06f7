// `bitext serve`: browser mode. Serves the UI and the API on 127.0.0.1 with a per-launch token until Ctrl+C.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startHttpTransport, type RunningServer } from '../api/http';
import { createWorkbench } from '../api/workbench';
import { parseArgs } from './args';
import type { CliCommand, CliIO } from './io';
import { PROJECT_ROOT, SAMPLE_CORPUS, UI_DIR, packageVersion } from './paths';

export interface ServeOptions {
  port?: number;
  corpusFolder?: string;
  uiDir?: string | null;
  token?: string;
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
    corpusFolder: options.corpusFolder ?? SAMPLE_CORPUS,
    transport: 'http',
    version: packageVersion(),
  });
  for (const problem of workbench.state.corpus.problems) io.stderr(`bitext: ${problem}\n`);
  return startHttpTransport({
    dispatcher: workbench.dispatcher,
    events: workbench.events,
    token: options.token ?? randomBytes(24).toString('base64url'),
    staticDir: uiDir,
    port: options.port ?? 0,
  });
}

export const serveCommand: CliCommand = async (args, io) => {
  const parsed = parseArgs(args, { values: ['--port', '--corpus'] });
  const portText = parsed.values.get('--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`bitext serve: --port must be a whole number from 0 to 65535, not "${portText}"\n`);
    return 2;
  }
  const corpus = parsed.values.get('--corpus');
  const running = await startBrowserMode({ port, corpusFolder: corpus ? resolve(corpus) : undefined }, io);
  io.stdout(`bitext is serving the workbench at ${running.url}\nOpen that address in a browser; press Ctrl+C to stop.\n`);
  await new Promise<void>((done) => {
    const stop = () => void running.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
};
