// The two ways a client reaches the API, behind one calling shape, so one suite can run against both.
import { join } from 'node:path';
import { toApiError } from '../../src/api/errors';
import { startHttpTransport, type RunningServer } from '../../src/api/http';
import { createWorkbench, type Workbench } from '../../src/api/workbench';

export const SEEDS = join(__dirname, '..', '..', 'seeds');
export const TOKEN = 'test-token-0123456789';

export type Outcome = { ok: true; result: unknown } | { ok: false; code: string; message: string; status?: number };
export interface Transport {
  name: string;
  call(method: string, args: unknown): Promise<Outcome>;
  close(): Promise<void>;
  workbench: Workbench;
}

export async function inProcessTransport(corpusFolder = SEEDS): Promise<Transport> {
  const workbench = await createWorkbench({ corpusFolder, transport: 'electron', version: 'test' });
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
    close: async () => undefined,
  };
}

export async function httpTransport(corpusFolder = SEEDS): Promise<Transport & { server: RunningServer }> {
  const workbench = await createWorkbench({ corpusFolder, transport: 'http', version: 'test' });
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
    close: () => server.close(),
  };
}
