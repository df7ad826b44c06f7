// Finding the row of a link after undo/redo: one links.locate call, null for a link that is gone or elsewhere.
import { describe, expect, it } from 'vitest';
import type { ApiSend } from '../../src/api/contract';
import { locateLink } from '../../renderer/src/editor/locateLink';

function api(places: Record<number, { documentId: number; index: number }>) {
  const calls: unknown[] = [];
  const send = (async (method: string, args: { linkId: number }) => {
    calls.push([method, args]);
    const place = places[args.linkId];
    if (!place) throw new Error(`There is no link ${args.linkId} in this project.`);
    return place;
  }) as unknown as ApiSend;
  return { send, calls };
}

describe('locateLink', () => {
  it('asks links.locate once, however far down the row is', async () => {
    const { send, calls } = api({ 9000: { documentId: 1, index: 98_999 } });
    expect(await locateLink(send, 1, 9000)).toBe(98_999);
    expect(calls).toEqual([['links.locate', { linkId: 9000 }]]);
  });
  it('says null for a link in another document or one that is gone', async () => {
    const { send } = api({ 5: { documentId: 2, index: 3 } });
    expect(await locateLink(send, 1, 5)).toBeNull();
    expect(await locateLink(send, 1, 6)).toBeNull();
  });
});
