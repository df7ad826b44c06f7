// Editing through the API as the UI does it: re-alignment around confirmed rows, sentence boundaries,
// jumps, and imports with duplicates, failures and cancel.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult, CorpusEntry, ImportSummary, LinkPage } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { SEEDS, openTestWorkbench } from './transports';

let wb: Workbench;
const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
const rowsOf = async (documentId: number) => (await call<LinkPage>('links.list', { documentId, limit: 5000 })).rows;
let docId: number;

beforeAll(async () => {
  wb = await openTestWorkbench('http');
  docId = (await call<CorpusEntry[]>('corpus.list', {})).find((d) => d.file.startsWith('003_'))!.id;
});
afterAll(() => wb.close());

describe('editing through the API', () => {
  it('re-aligns around confirmed rows and leaves them exactly as they were', async () => {
    const before = await rowsOf(docId);
    const headline = before.find((r) => r.translation.length > 0 && r.original.length > 0)!;
    await call('links.setState', { linkIds: [headline.id], state: 'confirmed' });
    const result = await call<ActionResult>('links.realign', { documentId: docId });
    expect(result.history.undoAction).toBe('realign');
    const after = await rowsOf(docId);
    const kept = after.find((r) => r.state === 'confirmed')!;
    expect(kept.translation.map((s) => s.id)).toEqual(headline.translation.map((s) => s.id));
    expect(kept.original.map((s) => s.id)).toEqual(headline.original.map((s) => s.id));
    const ids = (rows: typeof before) => rows.flatMap((r) => [...r.translation, ...r.original].map((s) => s.id)).sort((a, b) => a - b);
    expect(ids(after)).toEqual(ids(before));
    await call('history.undo', {});
    expect((await rowsOf(docId)).map((r) => r.id)).toEqual(before.map((r) => r.id));
  });

  it('jumps to the next unconfirmed and the next non-1:1 row', async () => {
    const rows = await rowsOf(docId);
    const next = await call<{ index: number | null }>('links.next', { documentId: docId, from: -1, kind: 'unconfirmed' });
    expect(next.index).toBe(rows.findIndex((r) => r.state === 'proposed'));
    const odd = await call<{ index: number | null }>('links.next', { documentId: docId, from: -1, kind: 'nonOneToOne' });
    expect(odd.index).toBe(rows.findIndex((r) => r.translation.length !== 1 || r.original.length !== 1));
    expect((await call<{ index: number | null }>('links.next', { documentId: docId, from: rows.length, kind: 'unconfirmed' })).index).toBeNull();
  });

  it('splits a sentence and joins it again, separately from regrouping rows', async () => {
    const row = (await rowsOf(docId)).find((r) => r.translation.length === 1 && r.translation[0]!.text.length > 40)!;
    const sentence = row.translation[0]!;
    const cut = sentence.text.indexOf(' ', 20);
    await call('sentence.split', { sentenceId: sentence.id, offset: cut });
    const split = (await rowsOf(docId)).find((r) => r.translation.some((s) => s.id === sentence.id))!;
    expect(split.translation).toHaveLength(2);
    expect(split.translation[0]!.text + ' ' + split.translation[1]!.text).toBe(sentence.text);
    await call('sentence.join', { firstId: split.translation[0]!.id, secondId: split.translation[1]!.id });
    expect((await rowsOf(docId)).find((r) => r.translation.some((s) => s.id === sentence.id))!.translation[0]!.text).toBe(sentence.text);
  });

  it('rejects a broken regular expression in search with a message naming the field', async () => {
    await expect(call('search.sentences', { query: '(unclosed', regex: true })).rejects.toThrow(/"query"/);
    const hits = await call<Array<{ text: string }>>('search.sentences', { query: 'Scho[ij]gu', regex: true });
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('import through the API', () => {
  const seedFiles = readdirSync(SEEDS).map((name) => ({ name, base64: readFileSync(join(SEEDS, name)).toString('base64') }));

  it('skips duplicates by content and reports failures by name, importing the rest', async () => {
    const summary = await call<ImportSummary>('corpus.import', {
      files: [seedFiles[0], { name: 'empty.txt', base64: '' }, { name: 'new.txt', base64: Buffer.from('Ein Titel\n\nEin neuer Satz steht hier.\n').toString('base64') }],
    });
    expect(summary.duplicates).toEqual([seedFiles[0]!.name]);
    expect(summary.failed.map((f) => f.file)).toEqual(['empty.txt']);
    expect(summary.failed[0]!.reason).toMatch(/empty/i);
    expect(summary.imported.map((i) => i.file)).toEqual(['new.txt']);
  });

  it('imports a pair of pages named story.vi.txt and story.de.txt as one aligned document', async () => {
    const summary = await call<ImportSummary>('corpus.import', {
      files: [
        { name: 'story.vi.txt', base64: Buffer.from('Hà Nội có mưa lớn. Giao thông bị ách tắc nhiều giờ.\n').toString('base64') },
        { name: 'story.de.txt', base64: Buffer.from('In Hanoi regnet es stark. Der Verkehr staut sich stundenlang.\n').toString('base64') },
      ],
    });
    expect(summary.imported).toHaveLength(1);
    const rows = await rowsOf(summary.imported[0]!.documentId);
    expect(rows.map((r) => [r.translation.length, r.original.length])).toEqual([[1, 1], [1, 1]]);
    expect(rows[0]!.original[0]!.text).toMatch(/^Hà Nội/);
  });

  it('leaves the project as it was when an import is cancelled halfway', async () => {
    const before = (await call<CorpusEntry[]>('corpus.list', {})).length;
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `p${i}.txt`, base64: Buffer.from(`Titel ${i}\n\nSatz Nummer ${i} steht hier.\n`).toString('base64') }));
    const running = call<ImportSummary>('corpus.import', { files: many, job: 'cancel-me' });
    const stopped = new Promise<void>((resolve) => {
      const off = wb.events.subscribe((_event, payload) => {
        if ('done' in payload && payload.job === 'cancel-me' && payload.done === 5) {
          off();
          void call('corpus.cancelImport', { job: 'cancel-me' }).then(() => resolve());
        }
      });
    });
    await stopped;
    const summary = await running;
    expect(summary.cancelled).toBe(true);
    expect((await call<CorpusEntry[]>('corpus.list', {})).length).toBe(before);
  });
});

describe('writing the translation of a leftover', () => {
  it('adds a translation to a row that has only the original, as an edit that undo takes back', async () => {
    const pages = await call<CorpusEntry[]>('corpus.list', {});
    const page = pages.find((d) => d.file.startsWith('000_'))!;
    const lonely = (await rowsOf(page.id)).find((r) => r.translation.length === 0 && r.original.length > 0)!;
    await call('sentence.addTranslation', { linkId: lonely.id, text: 'Vietnam.vn – Plattform zur Förderung Vietnams' });
    const written = (await rowsOf(page.id)).find((r) => r.id === lonely.id)!;
    expect(written.translation).toHaveLength(1);
    expect(written.translation[0]).toMatchObject({ text: 'Vietnam.vn – Plattform zur Förderung Vietnams', originalText: '', edited: true, lang: 'de' });
    await expect(call('sentence.addTranslation', { linkId: lonely.id, text: 'noch einmal' })).rejects.toThrow(/already has a translation/);
    await call('history.undo', {});
    expect((await rowsOf(page.id)).find((r) => r.id === lonely.id)!.translation).toEqual([]);
  });
});

describe('re-aligning a single page', () => {
  it('pairs a detached Vietnamese headline with its German title again, instead of aligning the page as a parallel text', async () => {
    const page = (await call<CorpusEntry[]>('corpus.list', {})).find((d) => d.file.startsWith('000_'))!;
    const headline = (await rowsOf(page.id)).find((r) => r.translation.length === 1 && r.original.length === 1 && r.translation[0]!.role === 'title')!;
    await call('links.detach', { sentenceId: headline.original[0]!.id });
    expect((await rowsOf(page.id)).find((r) => r.original.some((s) => s.id === headline.original[0]!.id))!.translation).toEqual([]);
    await call('links.realign', { documentId: page.id });
    const rows = await rowsOf(page.id);
    const back = rows.find((r) => r.original.some((s) => s.id === headline.original[0]!.id))!;
    expect(back.translation.map((s) => s.id)).toEqual(headline.translation.map((s) => s.id));
    expect(back.score).toBeGreaterThan(0.5);
    // The site line and byline stay rows of their own; no German sentence is glued to another.
    expect(rows.filter((r) => r.translation.length > 1)).toEqual([]);
    expect(rows.find((r) => r.original.some((s) => s.text.startsWith('Vietnam.vn')))!.translation).toEqual([]);
  });
});
