// Confirm-through sweeps only real sentence pairs along: confirmed rows become training data, so page furniture
// (the site line, ads, navigation) and rows with an empty side stay proposed; the row the person chose is confirmed.
import { describe, expect, it } from 'vitest';
import { openTestWorkbench } from '../api/transports';
import type { CorpusEntry, LinkPage } from '../../src/api/contract';

describe('links.confirmThrough', () => {
  it('confirms the real pairs up to the chosen row and leaves furniture and one-sided rows proposed', async () => {
    const wb = await openTestWorkbench('http');
    try {
      const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
      const doc = (await call<CorpusEntry[]>('corpus.list', {})).find((d) => d.file.startsWith('000_'))!;
      const before = (await call<LinkPage>('links.list', { documentId: doc.id })).rows;
      const last = before.length - 1;
      await call('links.confirmThrough', { linkId: before[last]!.id });
      const after = (await call<LinkPage>('links.list', { documentId: doc.id })).rows;
      const isPair = (r: (typeof after)[number]) => r.translation.length > 0 && r.original.length > 0 && !r.boilerplate;
      expect(after.some((r) => isPair(r))).toBe(true);
      expect(after.some((r) => !isPair(r) && r.index !== last)).toBe(true);
      for (const r of after) expect([r.index, r.state]).toEqual([r.index, r.index === last || isPair(r) ? 'confirmed' : 'proposed']);
    } finally {
      wb.close();
    }
  });
});
