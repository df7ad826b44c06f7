// The dry run of an import shows each pair's direction from real files on disk and writes nothing; the import then
// takes the direction the person confirmed, even against the languages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, DocumentView, HistoryStatus, ImportSummary } from '../../src/api/contract';
import type { ImportPreview } from '../../src/services/importPreview';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench } from './transports';
import { STORY_DE as DE, STORY_VI as VI } from './storyPair';

const PAGE = 'Wirtschaft wächst\n\nDie Wirtschaft Vietnams ist im dritten Quartal um sechs Prozent gewachsen.\n';

let wb: Workbench;
let folder: string;
const call = async <T>(method: string, args: unknown): Promise<T> => (await wb.dispatcher.invoke(method as never, args as never, wb.events)) as T;

beforeAll(async () => {
  wb = await openTestWorkbench('http', null);
  folder = mkdtempSync(join(tmpdir(), 'bitext-preview-'));
  writeFileSync(join(folder, 'story.de.txt'), DE);
  writeFileSync(join(folder, 'story.vi.txt'), VI);
  writeFileSync(join(folder, 'economy.txt'), PAGE);
});
afterAll(() => wb.close());

describe('corpus.previewImport', () => {
  it('names the original and the translation of a pair and each single page, without writing anything', async () => {
    const before = { documents: (await call<CorpusEntry[]>('corpus.list', {})).length, history: await call<HistoryStatus>('history.status', {}) };
    const preview = await call<ImportPreview>('corpus.previewImport', { paths: [folder] });
    expect(preview.failed).toEqual([]);
    expect(preview.translationLanguage).toBe('de');
    expect(preview.documents).toEqual([
      { kind: 'page', file: 'economy.txt', source: join(folder, 'economy.txt'), languages: { translation: 'de', original: 'vi' } },
      {
        kind: 'pair',
        original: { file: 'story.vi.txt', source: join(folder, 'story.vi.txt'), language: 'vi' },
        translation: { file: 'story.de.txt', source: join(folder, 'story.de.txt'), language: 'de' },
        decidedBy: 'language',
      },
    ]);
    expect((await call<CorpusEntry[]>('corpus.list', {})).length).toBe(before.documents);
    expect(await call<HistoryStatus>('history.status', {})).toEqual(before.history);
  });

  it('imports a pair in the direction the person confirmed, and the preview shows that direction too', async () => {
    const directions = [{ original: join(folder, 'story.de.txt'), translation: join(folder, 'story.vi.txt') }];
    const preview = await call<ImportPreview>('corpus.previewImport', { paths: [join(folder, 'story.de.txt'), join(folder, 'story.vi.txt')], directions });
    expect(preview.documents).toEqual([
      {
        kind: 'pair',
        original: { file: 'story.de.txt', source: directions[0]!.original, language: 'de' },
        translation: { file: 'story.vi.txt', source: directions[0]!.translation, language: 'vi' },
        decidedBy: 'person',
      },
    ]);
    const summary = await call<ImportSummary>('corpus.import', { paths: [join(folder, 'story.vi.txt'), join(folder, 'story.de.txt')], directions });
    expect(summary.failed).toEqual([]);
    const view = await call<DocumentView>('document.get', { id: summary.imported[0]!.documentId });
    expect(view.languages).toEqual({ translation: 'vi', original: 'de' });
    expect(view.file).toBe('story.vi.txt');
  });

  it('says when the languages do not tell the direction (both pages German): file order, for the person to check', async () => {
    const files = [
      { name: 'same.de.txt', base64: Buffer.from(DE).toString('base64') },
      { name: 'same.fr.txt', base64: Buffer.from(PAGE).toString('base64') },
    ];
    const preview = await call<ImportPreview>('corpus.previewImport', { files });
    expect(preview.documents).toEqual([
      { kind: 'pair', original: { file: 'same.de.txt', source: 'same.de.txt', language: 'de' }, translation: { file: 'same.fr.txt', source: 'same.fr.txt', language: 'de' }, decidedBy: 'order' },
    ]);
  });

  it('refuses a direction that names a file not being imported, naming the field', async () => {
    const files = [{ name: 'story.de.txt', base64: Buffer.from(DE).toString('base64') }];
    await expect(call('corpus.previewImport', { files, directions: [{ original: 'story.de.txt', translation: 'story.fr.txt' }] })).rejects.toThrow(
      /directions\.0\.translation names "story\.fr\.txt", which is not among the files to import/,
    );
  });
});
