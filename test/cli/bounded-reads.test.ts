// Files read on a person's behalf are bounded: a FIFO must not hang, /dev/zero must not fill memory, a folder is
// not a file and an oversize file is refused before it is read — in the CLI (inspect, import, import-units) and
// in the API (corpus.import, corpus.importUnits), with the path in the message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, nodeIO } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import type { ImportSummary } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { readBounded, ReadRefused } from '../../src/io/readBounded';
import { openTestWorkbench } from '../api/transports';

const dir = mkdtempSync(join(tmpdir(), 'bitext-bounded-'));
const fifo = join(dir, 'pipe.txt');
const folder = join(dir, 'folder.tmx');
const big = join(dir, 'big.txt');
execFileSync('mkfifo', [fifo]);
mkdirSync(folder);
writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 'a'));

function capture(): { io: CliIO; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { ...nodeIO, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) }, out: () => out.join(''), err: () => err.join('') };
}

describe('readBounded', () => {
  it('refuses a FIFO, a device and a folder by what they are, without opening them for reading', async () => {
    for (const [path, what] of [
      [fifo, /named pipe/],
      ['/dev/zero', /device/],
      [folder, /folder/],
    ] as const) {
      const error = await readBounded(path, 1024).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReadRefused);
      expect((error as ReadRefused).kind).toBe('not_a_file');
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(what);
    }
  }, 5000);

  it('refuses a regular file over the limit and reads one at the limit exactly', async () => {
    const error = (await readBounded(big, 5 * 1024 * 1024).catch((e: unknown) => e)) as ReadRefused;
    expect(error.kind).toBe('too_large');
    expect(error.message).toMatch(/big\.txt: the file is 6\.0 MB, over the 5\.0 MB limit/);
    expect((await readBounded(big, 6 * 1024 * 1024)).length).toBe(6 * 1024 * 1024);
    expect((await readBounded(join(dir, 'missing.txt'), 10).catch((e: unknown) => e) as ReadRefused).kind).toBe('not_found');
  });

  it('refuses a 4 GB (sparse) file from its size alone, without reading it', async () => {
    const huge = join(dir, 'huge.tmx');
    writeFileSync(huge, '');
    truncateSync(huge, 4 * 1024 ** 3);
    const started = Date.now();
    const error = (await readBounded(huge, 256 * 1024 * 1024).catch((e: unknown) => e)) as ReadRefused;
    expect(error.message).toBe(`${huge}: the file is 4096.0 MB, over the 256.0 MB limit; split it into smaller files`);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('the command line', () => {
  it('inspect refuses a FIFO, /dev/zero and a folder, names each, and still prints the good file', async () => {
    const run = capture();
    const seed = join(__dirname, '..', '..', 'seeds', (await import('node:fs')).readdirSync(join(__dirname, '..', '..', 'seeds')).find((n) => n.endsWith('.txt'))!);
    expect(await runCli(['inspect', fifo, '/dev/zero', folder, seed, '--json'], run.io)).toBe(1);
    expect(run.err()).toContain(`bitext inspect: ${fifo}: is a named pipe (FIFO), not a regular file`);
    expect(run.err()).toContain('bitext inspect: /dev/zero: is a device, not a regular file');
    expect(run.err()).toContain(`bitext inspect: ${folder}: is a folder, not a regular file`);
    expect(JSON.parse(run.out())).toHaveLength(1);
  }, 10_000);

  it('inspect refuses an oversize page with the limit it was given', async () => {
    const run = capture();
    expect(await runCli(['inspect', big, '--max-mb', '1'], run.io)).toBe(1);
    expect(run.err()).toContain(`${big}: the file is 6.0 MB, over the 1.0 MB limit`);
  });

  it('import and import-units report a FIFO and /dev/zero as failures instead of hanging', async () => {
    const project = join(dir, 'cli.bitext');
    const pages = capture();
    expect(await runCli(['import', fifo, '/dev/zero', '--project', project, '--json'], pages.io)).toBe(1);
    const summary = JSON.parse(pages.out()) as ImportSummary;
    expect(summary.failed.map((f) => f.file)).toEqual([fifo, '/dev/zero']);
    expect(summary.failed[0]!.reason).toMatch(/^is a named pipe/);
    const units = capture();
    expect(await runCli(['import-units', fifo, '/dev/zero', folder, '--project', project], units.io)).toBe(1);
    expect(units.err()).toContain(`${fifo}: is a named pipe (FIFO), not a regular file`);
    expect(units.err()).toContain('/dev/zero: is a device');
    expect(units.err()).toContain(`${folder}: is a folder`);
  }, 10_000);
});

describe('the API', () => {
  let wb: Workbench;
  const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
  beforeAll(async () => {
    wb = await openTestWorkbench('http', null);
  });
  afterAll(() => wb.close());

  it('corpus.importUnits refuses /dev/zero, a FIFO and an oversize file by name', async () => {
    await expect(call('corpus.importUnits', { path: '/dev/zero', format: 'jsonl' })).rejects.toThrow('/dev/zero: is a device, not a regular file');
    await expect(call('corpus.importUnits', { path: fifo, format: 'tsv' })).rejects.toThrow(`${fifo}: is a named pipe (FIFO)`);
    await expect(call('corpus.importUnits', { path: folder })).rejects.toThrow(`${folder}: is a folder`);
  }, 10_000);

  it('corpus.import lists a FIFO, /dev/zero and an oversize page as failures, each once by name', async () => {
    const summary = await call<ImportSummary>('corpus.import', { paths: [fifo, '/dev/zero', big] });
    expect(summary.imported).toEqual([]);
    expect(summary.failed.map((f) => f.file)).toEqual([fifo, '/dev/zero', big]);
    expect(summary.failed[2]!.reason).toBe('the file is 6.0 MB, over the 5.0 MB limit; split it into smaller files');
    for (const f of summary.failed) expect(f.reason).not.toContain(f.file);
  }, 10_000);
});
