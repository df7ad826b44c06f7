// Browser mode reads server paths only inside the folders the person named (`bitext serve --allow-dir DIR`): the
// token must not mean "read any file". The window and the command line read what the person chose.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors';
import { createWorkbench, type Workbench } from '../../src/api/workbench';

const root = mkdtempSync(join(tmpdir(), 'bitext-allow-'));
const allowed = join(root, 'allowed');
const other = join(root, 'other');
mkdirSync(allowed);
mkdirSync(other);
const page = 'Ein Titel\n\nDer erste Satz steht hier. Der zweite auch.\n';
writeFileSync(join(allowed, 'inside.txt'), page);
writeFileSync(join(other, 'outside.txt'), page.replace('Titel', 'Kopf'));
writeFileSync(join(other, 'units.tsv'), 'vi\tde\nXin chào\tHallo\n');
symlinkSync(join(other, 'outside.txt'), join(allowed, 'link-out.txt'));

const opened: Workbench[] = [];
async function workbench(transport: 'http' | 'electron', readableDirs?: string[]) {
  const wb = await createWorkbench({ projectPath: join(mkdtempSync(join(root, 'p-')), 'p.bitext'), sampleCorpus: null, transport, version: 'test', readableDirs });
  opened.push(wb);
  return async (method: string, args: unknown) => {
    try {
      return { ok: true as const, result: await wb.dispatcher.invoke(method, args, wb.events) };
    } catch (error) {
      const e = toApiError(error);
      return { ok: false as const, code: e.code, status: e.status, message: e.message };
    }
  };
}
afterAll(() => opened.forEach((wb) => wb.close()));

describe('readable folders in browser mode', () => {
  it('imports from a folder named with --allow-dir', async () => {
    const call = await workbench('http', [allowed]);
    const outcome = await call('corpus.import', { paths: [join(allowed, 'inside.txt')] });
    expect(outcome).toMatchObject({ ok: true, result: { imported: [{ file: 'inside.txt' }] } });
  });

  it('refuses a path outside them with 403, naming the field and --allow-dir', async () => {
    const call = await workbench('http', [allowed]);
    const outcome = await call('corpus.import', { paths: [join(allowed, 'inside.txt'), join(other, 'outside.txt')] });
    expect(outcome).toMatchObject({ ok: false, code: 'forbidden', status: 403 });
    expect(outcome.ok ? '' : outcome.message).toMatch(/field "paths\.1": .*outside\.txt is outside .*--allow-dir/);
    const units = await call('corpus.importUnits', { path: join(other, 'units.tsv') });
    expect(units).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await call('corpus.list', {})).toEqual({ ok: true, result: [] });
  });

  it('follows links and ".." before deciding', async () => {
    const call = await workbench('http', [allowed]);
    expect(await call('corpus.import', { paths: [join(allowed, 'link-out.txt')] })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await call('corpus.import', { paths: [join(allowed, '..', 'other', 'outside.txt')] })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('reads nothing by path when no folder was named', async () => {
    const call = await workbench('http');
    expect(await call('corpus.import', { paths: [join(allowed, 'inside.txt')] })).toMatchObject({ ok: false, code: 'forbidden' });
    // Files sent with the request are not read from the server's disk, so they are always taken.
    const sent = await call('corpus.import', { files: [{ name: 'sent.txt', base64: Buffer.from(page).toString('base64') }] });
    expect(sent).toMatchObject({ ok: true, result: { imported: [{ file: 'sent.txt' }] } });
  });

  it('lets the window import what the person chose', async () => {
    const call = await workbench('electron');
    expect(await call('corpus.import', { paths: [join(other, 'outside.txt')] })).toMatchObject({ ok: true });
  });
});
