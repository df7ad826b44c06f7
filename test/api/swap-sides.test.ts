// document.swapSides over the API on a real project file: a pair imported as German original / Vietnamese
// translation is turned round in one undoable action; undo and redo give back exactly what was shown before.
import { describe, expect, it } from 'vitest';
import type { ActionResult, CorpusEntry, DocumentView, ImportSummary, LinkPage } from '../../src/api/contract';
import { openTestWorkbench } from './transports';
import { pickedFile as file, STORY_DE as DE, STORY_VI as VI } from './storyPair';

describe('document.swapSides', () => {
  it('exchanges the sides of a pair and of every row; undo and redo restore each state exactly', async () => {
    const wb = await openTestWorkbench('http', null);
    const call = async <T>(method: string, args: unknown): Promise<T> => (await wb.dispatcher.invoke(method as never, args as never, wb.events)) as T;
    try {
      // Imported the wrong way round on purpose: the person confirmed German as the original.
      const summary = await call<ImportSummary>('corpus.import', {
        files: [file('story.de.txt', DE), file('story.vi.txt', VI)],
        directions: [{ original: 'story.de.txt', translation: 'story.vi.txt' }],
      });
      const id = summary.imported[0]!.documentId;
      const shown = async () => ({
        view: await call<DocumentView>('document.get', { id }),
        rows: (await call<LinkPage>('links.list', { documentId: id, limit: 100 })).rows,
        list: await call<CorpusEntry[]>('corpus.list', {}),
      });
      const before = await shown();
      expect(before.view.languages).toEqual({ translation: 'vi', original: 'de' });
      await call('links.setState', { linkIds: [before.rows[0]!.id], state: 'confirmed' });
      const confirmed = await shown();

      const result = await call<ActionResult>('document.swapSides', { documentId: id });
      expect(result.change?.documentId).toBe(id);
      expect(result.history.undoAction).toBe('swap_sides');
      const swapped = await shown();
      expect(swapped.view.languages).toEqual({ translation: 'de', original: 'vi' });
      expect(swapped.view.file).toBe('story.de.txt');
      expect(swapped.list.find((d) => d.id === id)?.sourceDocument?.file).toBe('story.vi.txt');
      const texts = (rows: LinkPage['rows']) => rows.map((r) => ({ t: r.translation.map((s) => s.text), o: r.original.map((s) => s.text), state: r.state }));
      expect(texts(swapped.rows)).toEqual(texts(confirmed.rows).map((r) => ({ t: r.o, o: r.t, state: r.state })));
      expect(swapped.rows[0]!.state).toBe('confirmed');

      await call('history.undo', {});
      expect(await shown()).toEqual(confirmed);
      await call('history.redo', {});
      expect(await shown()).toEqual(swapped);
    } finally {
      wb.close();
    }
  });

  it('names a document that is not there', async () => {
    const wb = await openTestWorkbench('http', null);
    try {
      await expect(wb.dispatcher.invoke('document.swapSides', { documentId: 4242 }, wb.events)).rejects.toThrow(/no document 4242/);
    } finally {
      wb.close();
    }
  });
});
