// The grid's page bookkeeping: a request that finishes after a refresh must not clear the new request's
// in-flight mark (that sent the same page twice), and its answer must not overwrite fresher rows.
import { describe, expect, it } from 'vitest';
import type { LinkPage } from '../../src/api/contract';
import { PAGE, RowPages } from '../../renderer/src/grid/rowPages';

interface Call {
  offset: number;
  resolve(page: LinkPage): void;
}

function harness() {
  const calls: Call[] = [];
  const pages = new RowPages(
    (offset) => new Promise<LinkPage>((resolve) => calls.push({ offset, resolve })),
    () => undefined,
    () => undefined,
  );
  const answer = (call: Call, text: string) => call.resolve({ total: 1, offset: call.offset, rows: [{ id: 1, index: 0, text } as unknown as LinkPage['rows'][number]] });
  return { pages, calls, answer };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RowPages', () => {
  it('asks for a page once while it is in flight, even when an older request for it ends after a refresh', async () => {
    const { pages, calls, answer } = harness();
    pages.ensure(0, PAGE - 1); // the first screen of rows
    pages.refresh(); // the rows on screen changed: page 0 is asked for again
    expect(calls).toHaveLength(2);
    answer(calls[0]!, 'old'); // the first answer arrives late
    await tick();
    pages.ensure(0, PAGE - 1); // the grid scrolls: page 0 is still in flight, nothing new is sent
    expect(calls).toHaveLength(2);
    answer(calls[1]!, 'new');
    await tick();
    expect((pages.row(0) as unknown as { text: string }).text).toBe('new');
  });

  it('drops an answer from before a refresh', async () => {
    const { pages, calls, answer } = harness();
    pages.ensure(0, PAGE - 1);
    pages.refresh();
    answer(calls[1]!, 'new');
    await tick();
    answer(calls[0]!, 'old');
    await tick();
    expect((pages.row(0) as unknown as { text: string }).text).toBe('new');
  });
});

describe('RowPages.loadedPlaceOf', () => {
  it('answers the place of a document row only when the loaded rows settle it', async () => {
    const calls: Array<{ offset: number; resolve(page: LinkPage): void }> = [];
    const pages = new RowPages((offset) => new Promise<LinkPage>((resolve) => calls.push({ offset, resolve })), () => undefined, () => undefined);
    // A filtered page: places 0, 1, 2, … hold document rows 5, 15, 25, …
    const indexes = Array.from({ length: PAGE }, (_, i) => 5 + i * 10);
    pages.ensure(0, PAGE - 1);
    calls[0]!.resolve({ total: PAGE * 3, offset: 0, rows: indexes.map((index, i) => ({ id: i + 1, index }) as unknown as LinkPage['rows'][number]) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pages.loadedPlaceOf(0)).toBe(0);
    expect(pages.loadedPlaceOf(15)).toBe(1);
    expect(pages.loadedPlaceOf(16)).toBe(2);
    // After the last loaded row: page 1 is not loaded, so only the server can say.
    expect(pages.loadedPlaceOf(indexes[PAGE - 1]! + 1)).toBeUndefined();
  });
});
