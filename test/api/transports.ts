// The two ways a client reaches the API, behind one calling shape, so one suite can run against both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toApiError } from '../../src/api/errors';
import { startHttpTransport, type RunningServer } from '../../src/api/http';
import { createWorkbench, type Workbench } from '../../src/api/workbench';

export const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');
export const TOKEN = 'test-token-0123456789';

/** A workbench on a fresh project file in a temporary folder, started with the sample pages. */
export function openTestWorkbench(transport: 'electron' | 'http', sampleCorpus: string | null = SEEDS): Promise<Workbench> {
  const projectPath = join(mkdtempSync(join(tmpdir(), 'bitext-project-')), 'test.bitext');
  // The suites read their own temporary files (and /dev/zero) through the API; readable-dirs.test.ts checks the limit.
  return createWorkbench({ projectPath, sampleCorpus, transport, version: 'test', readableDirs: ['/'] });
}

export type Outcome = { ok: true; result: unknown } | { ok: false; code: string; message: string; status?: number };
export interface Transport {
  name: string;
  call(method: string, args: unknown): Promise<Outcome>;
  close(): Promise<void>;
  workbench: Workbench;
}

export async function inProcessTransport(): Promise<Transport> {
  const workbench = await openTestWorkbench('electron');
  return {
    name: 'in-process',
    workbench,
    async call(method, args) {
      try {
        return { ok: true, result: await workbench.dispatcher.invoke(method, args, workbench.events) };
      } catch (error) {
        const e = toApiError(error);
        return { ok: false, code: e.code, message: e.message };
      }
    },
    close: async () => workbench.close(),
  };
}

/** A workbench on the project file at `path`, served over HTTP on 127.0.0.1, with a call that throws API errors. */
export interface ServedProject {
  workbench: Workbench;
  server: RunningServer;
  call<T>(method: string, args: unknown): Promise<T>;
  close(): Promise<void>;
}

export async function serveProject(path: string, options: { version?: string } = {}): Promise<ServedProject> {
  const workbench = await createWorkbench({ projectPath: path, sampleCorpus: null, transport: 'http', version: options.version ?? 'test' });
  const server = await startHttpTransport({ dispatcher: workbench.dispatcher, events: workbench.events, token: TOKEN, staticDir: null, port: 0 });
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    const body = (await response.json()) as T & { error?: { message: string } };
    if (!response.ok) throw new Error(`${method}: ${body.error?.message ?? response.status}`);
    return body;
  };
  return { workbench, server, call, close: () => server.close().then(() => workbench.close()) };
}

export async function httpTransport(): Promise<Transport & { server: RunningServer }> {
  const workbench = await openTestWorkbench('http');
  const server = await startHttpTransport({ dispatcher: workbench.dispatcher, events: workbench.events, token: TOKEN, staticDir: null, port: 0 });
  return {
    name: 'http',
    workbench,
    server,
    async call(method, args) {
      const response = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      const body = (await response.json()) as { error?: { code: string; message: string } };
      if (response.ok) return { ok: true, result: body };
      return { ok: false, code: body.error?.code ?? '?', message: body.error?.message ?? '', status: response.status };
    },
    close: () => server.close().then(() => workbench.close()),
  };
}
