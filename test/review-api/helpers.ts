// A workbench on a temporary project with the sample pages, called in-process; and the xmllint validation the
// format tests use, for files written by corpus.export.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiArgs, ApiMethod, ApiResults } from '../../src/api/contract';
import { toApiError } from '../../src/api/errors';
import type { ApiEvents } from '../../src/api/contract';
import { createWorkbench, type Workbench } from '../../src/api/workbench';
import type { CliIO } from '../../src/cli/io';
import { SCHEMAS, xliffWrapperSchema } from '../formats/external';

export const SEEDS = join(__dirname, '..', '..', 'seeds');

export interface Bench {
  workbench: Workbench;
  dir: string;
  call<M extends ApiMethod>(method: M, args: ApiArgs[M]): Promise<ApiResults[M]>;
  /** The error code and message of a call that must fail. */
  fail(method: ApiMethod, args: unknown): Promise<{ code: string; message: string }>;
  progress: Array<ApiEvents['progress']>;
}

/**
 * `transport` is what the handlers are told they serve: exports to a named path are the window's (Electron) and
 * the command line's; browser mode ('http') answers with downloads instead.
 */
export async function openBench(samples: boolean = true, transport: 'electron' | 'http' = 'electron'): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-review-'));
  const workbench = await createWorkbench({ projectPath: join(dir, 'test.bitext'), sampleCorpus: samples ? SEEDS : null, transport, version: 'test' });
  const progress: Array<ApiEvents['progress']> = [];
  workbench.events.subscribe((event, payload) => {
    if (event === 'progress') progress.push(payload as ApiEvents['progress']);
  });
  return {
    workbench,
    dir,
    progress,
    call: async (method, args) => (await workbench.dispatcher.invoke(method, args, workbench.events)) as never,
    fail: async (method, args) => {
      try {
        await workbench.dispatcher.invoke(method, args, workbench.events);
      } catch (error) {
        const e = toApiError(error);
        return { code: e.code, message: e.message };
      }
      throw new Error(`${method} was expected to fail`);
    },
  };
}

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** xmllint's verdict on a TMX (DTD) or XLIFF (OASIS core + metadata schemas) file. */
export function validate(kind: 'tmx' | 'xliff', file: string, dir: string): { ok: boolean; out: string } {
  let args: string[];
  if (kind === 'tmx') {
    if (!existsSync(join(dir, 'tmx14.dtd'))) copyFileSync(join(SCHEMAS, 'tmx14.dtd'), join(dir, 'tmx14.dtd'));
    args = ['--dtdvalid', join(SCHEMAS, 'tmx14.dtd')];
  } else {
    args = ['--schema', xliffWrapperSchema(dir)];
  }
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, file], { encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stderr };
}

/** The command line's outside world on the real disk, with what it prints kept for the test to read. */
export function diskIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (p: string) => new Uint8Array(readFileSync(p)),
    writeFile: async (p: string, d: string | Uint8Array) => writeFileSync(p, d),
  };
  return io;
}
