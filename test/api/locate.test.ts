// Rows can be found by link id: links.locate answers a row's document and index, and every annotation in
// annotation.list carries the index of its row, so the UI can show and jump to it without reading the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, LinkPage } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench } from './transports';

let wb: Workbench;
const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;

beforeAll(async () => {
  wb = await openTestWorkbench('http');
});
afterAll(() => wb.close());

describe('finding rows by link', () => {
  it('locates every row of a page at its index', async () => {
    const doc = (await call<CorpusEntry[]>('corpus.list', {}))[2]!;
    const { rows } = await call<LinkPage>('links.list', { documentId: doc.id });
    for (const row of rows) expect(await call('links.locate', { linkId: row.id })).toEqual({ documentId: doc.id, index: row.index });
    await expect(call('links.locate', { linkId: 999_999 })).rejects.toThrow(/no link 999999/);
  });

  it('gives each annotation its row index', async () => {
    const doc = (await call<CorpusEntry[]>('corpus.list', {}))[1]!;
    const { rows } = await call<LinkPage>('links.list', { documentId: doc.id });
    const row = rows.filter((r) => r.translation.length > 0).at(-1)!;
    await call('annotation.add', { sentenceId: row.translation[0]!.id, start: 0, end: 3, category: 'accuracy/mistranslation', severity: 'minor' });
    const list = await call<Array<{ rowIndex: number; linkId: number }>>('annotation.list', { documentId: doc.id });
    expect(list.map((a) => [a.linkId, a.rowIndex])).toEqual([[row.id, row.index]]);
  });
});
