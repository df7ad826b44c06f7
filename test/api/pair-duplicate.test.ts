// The same two files imported again as a pair are a duplicate whichever way round they come: given in the other
// order, or with the other direction confirmed. Nothing is added and the summary names the pair.
import { describe, expect, it } from 'vitest';
import type { CorpusEntry, ImportSummary } from '../../src/api/contract';
import { openTestWorkbench } from './transports';
import { pickedFile as file, STORY_DE as DE, STORY_VI as VI } from './storyPair';

describe('a pair imported again', () => {
  it('is a duplicate in either order and either direction', async () => {
    const wb = await openTestWorkbench('http', null);
    try {
      const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
      const first = await call<ImportSummary>('corpus.import', { files: [file('story.vi.txt', VI), file('story.de.txt', DE)] });
      expect(first.imported).toHaveLength(1);
      const again = await call<ImportSummary>('corpus.import', { files: [file('story.de.txt', DE), file('story.vi.txt', VI)] });
      expect([again.imported, again.duplicates.length]).toEqual([[], 1]);
      const turned = await call<ImportSummary>('corpus.import', {
        files: [file('story.vi.txt', VI), file('story.de.txt', DE)],
        directions: [{ original: 'story.de.txt', translation: 'story.vi.txt' }],
      });
      expect([turned.imported, turned.duplicates.length]).toEqual([[], 1]);
      expect(await call<CorpusEntry[]>('corpus.list', {})).toHaveLength(1);
    } finally {
      await wb.close();
    }
  });
});
