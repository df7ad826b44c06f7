// One contract suite, run against the in-process handlers and against the HTTP transport.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult, AppInfo, CorpusEntry, DocumentView, LinkPage } from '../../src/api/contract';
import { API_METHODS } from '../../src/api/contract';
import { httpTransport, inProcessTransport, type Transport } from './transports';

const SEED = '000_0005e1291e1ffabb.txt';
const VI_HEADLINE = 'Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương';
const DE_TITLE = 'Russische und nordkoreanische Staatschefs tauschen Briefe aus, um 75 Jahre bilaterale Beziehungen zu feiern';

describe.each([
  ['in-process', inProcessTransport],
  ['http', httpTransport],
] as const)('API contract over %s', (_name, open) => {
  let api: Transport;
  let seedId: number;
  beforeAll(async () => {
    api = await open();
    const pages = (await api.call('corpus.list', {})) as { ok: true; result: CorpusEntry[] };
    seedId = pages.result.find((p) => p.file === SEED)!.id;
  });
  afterAll(() => api.close());

  const ok = async <T>(method: string, args: unknown): Promise<T> => {
    const outcome = await api.call(method, args);
    if (!outcome.ok) throw new Error(`${method} failed: ${outcome.code} ${outcome.message}`);
    return outcome.result as T;
  };
  const rows = async () => (await ok<LinkPage>('links.list', { documentId: seedId, offset: 0, limit: 1000 })).rows;

  it('declares every method as area.verb', () => {
    for (const method of API_METHODS) expect(method).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });

  it('describes the app and the open project', async () => {
    const info = await ok<AppInfo>('app.info', {});
    expect(info.name).toBe('bitext');
    expect(info.project.documents).toBe(5);
    expect(info.project.problems).toEqual([]);
  });

  it('lists the five sample pages with their metadata', async () => {
    const pages = await ok<CorpusEntry[]>('corpus.list', {});
    expect(pages).toHaveLength(5);
    expect(pages.find((p) => p.file === SEED)).toMatchObject({ title: DE_TITLE, publisher: 'Báo Quốc Tế', date: '2023-10-14' });
  });

  it('puts the Vietnamese headline in the row of the German title', async () => {
    const view = await ok<DocumentView>('document.get', { id: seedId });
    expect(view.languages).toEqual({ translation: 'de', original: 'vi' });
    const row = (await rows()).find((r) => r.original.some((o) => o.text === VI_HEADLINE));
    expect(row?.translation.map((t) => t.text)).toContain(DE_TITLE);
  });

  it('gives a Vietnamese line without German counterpart a row of its own', async () => {
    const site = (await rows()).find((r) => r.original.some((o) => o.text.startsWith('Vietnam.vn')));
    expect(site?.translation).toEqual([]);
    expect(site?.boilerplate).toBe(true);
  });

  it('saves an edit, and undoes and redoes it', async () => {
    const target = (await rows()).find((r) => r.translation.length === 1 && !r.boilerplate)!;
    const sentence = target.translation[0]!;
    const edited = await ok<ActionResult>('sentence.edit', { sentenceId: sentence.id, text: `${sentence.text} (geprüft)` });
    expect(edited.history.canUndo).toBe(true);
    const after = (await rows()).find((r) => r.id === target.id)!;
    expect(after.translation[0]).toMatchObject({ text: `${sentence.text} (geprüft)`, edited: true, originalText: sentence.text });
    await ok('history.undo', {});
    expect((await rows()).find((r) => r.id === target.id)!.translation[0]!.text).toBe(sentence.text);
    await ok('history.redo', {});
    expect((await rows()).find((r) => r.id === target.id)!.translation[0]!.text).toBe(`${sentence.text} (geprüft)`);
  });

  it('names the missing field of an invalid argument', async () => {
    const outcome = await api.call('document.get', {});
    expect(outcome).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(!outcome.ok && outcome.message).toContain('"id"');
  });

  it('refuses unknown fields by name', async () => {
    const outcome = await api.call('corpus.list', { page: 2 });
    expect(outcome).toMatchObject({ ok: false, code: 'invalid_argument' });
    expect(!outcome.ok && outcome.message).toContain('"page"');
  });

  it('answers an unknown document with not_found and an unknown method with unknown_method', async () => {
    expect(await api.call('document.get', { id: 999999 })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await api.call('corpus.destroy', {})).toMatchObject({ ok: false, code: 'unknown_method' });
  });
});
