// A corpus file chosen in the import dialog (or dropped, or in an imported folder) is imported as the aligned units
// it holds — told by its name or its content — not as a page of raw XML or JSON text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, ImportSummary, LinkPage } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench } from './transports';

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="vi" datatype="plaintext"/>
<body><tu tuid="1"><tuv xml:lang="vi"><seg>Xin chào Hà Nội.</seg></tuv><tuv xml:lang="de"><seg>Hallo Hanoi.</seg></tuv></tu>
<tu tuid="2"><tuv xml:lang="vi"><seg>Cảm ơn.</seg></tuv><tuv xml:lang="de"><seg>Danke.</seg></tuv></tu></body></tmx>
`;
const JSONL = `${JSON.stringify({ id: 'u1', docId: 'd1', file: 'a.txt', role: 'body', source: { lang: 'vi', text: 'Một câu.' }, target: { lang: 'de', text: 'Ein Satz.' }, machineTarget: null, state: 'proposed', origin: 'auto', score: 0.8, annotations: [] })}\n`;

let wb: Workbench;
const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
const b64 = (text: string) => Buffer.from(text).toString('base64');
const rowsOf = async (documentId: number) => (await call<LinkPage>('links.list', { documentId })).rows;

beforeAll(async () => {
  wb = await openTestWorkbench('http', null);
});
afterAll(() => wb.close());

describe('corpus files through corpus.import', () => {
  it('imports a .tmx sent by the file picker as its units, with a summary', async () => {
    const summary = await call<ImportSummary>('corpus.import', { files: [{ name: 'memory.tmx', base64: b64(TMX) }] });
    expect(summary.failed).toEqual([]);
    expect(summary.imported).toEqual([{ file: 'memory.tmx', documentId: expect.any(Number), links: 2 }]);
    const rows = await rowsOf(summary.imported[0]!.documentId);
    expect(rows.map((r) => [r.translation.map((s) => s.text), r.original.map((s) => s.text)])).toEqual([
      [['Hallo Hanoi.'], ['Xin chào Hà Nội.']],
      [['Danke.'], ['Cảm ơn.']],
    ]);
  });

  it('tells a corpus file by its content when the name does not say', async () => {
    const summary = await call<ImportSummary>('corpus.import', { files: [{ name: 'export.txt', base64: b64(JSONL) }] });
    expect(summary.imported).toHaveLength(1);
    expect((await rowsOf(summary.imported[0]!.documentId))[0]!.original[0]!.text).toBe('Một câu.');
  });

  it('takes corpus files in an imported folder, next to pages', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-corpus-folder-'));
    writeFileSync(join(folder, 'a.tsv'), 'Một.\tEins.\nHai.\tZwei.\n');
    writeFileSync(join(folder, 'page.txt'), 'Ein Titel\n\nDer erste Satz steht hier.\n');
    const summary = await call<ImportSummary>('corpus.import', { paths: [folder] });
    expect(summary.failed).toEqual([]);
    expect(summary.imported.map((i) => [i.file, i.links])).toEqual([
      ['a.tsv', 2],
      ['page.txt', expect.any(Number)],
    ]);
    const files = (await call<CorpusEntry[]>('corpus.list', {})).map((d) => d.file);
    expect(files).toContain('page.txt');
  });

  it('reports a broken corpus file as a failure of that file and goes on', async () => {
    const summary = await call<ImportSummary>('corpus.import', { files: [{ name: 'broken.tmx', base64: b64('<tmx version="1.4"><body><tu>') }, { name: 'ok.txt', base64: b64('Titel\n\nEin Satz.\n') }] });
    expect(summary.failed.map((f) => f.file)).toEqual(['broken.tmx']);
    expect(summary.imported.map((i) => i.file)).toEqual(['ok.txt']);
  });
});
