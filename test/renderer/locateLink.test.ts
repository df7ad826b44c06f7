// Finding the row of a link after undo/redo: a held guess is checked against the document as it is now (a merge
// may have shifted rows), and without a guess the document is read in order until the link turns up.
import { describe, expect, it } from 'vitest';
import type { ApiSend, LinkPage } from '../../src/api/contract';
import { locateLink } from '../../renderer/src/editor/locateLink';

function documentOf(ids: number[]) {
  const calls: Array<{ offset: number; limit: number }> = [];
  const send = (async (_method: string, args: { offset: number; limit: number }) => {
    calls.push({ offset: args.offset, limit: args.limit });
    const rows = ids.slice(args.offset, args.offset + args.limit).map((id, i) => ({ id, index: args.offset + i }));
    return { total: ids.length, offset: args.offset, rows } as unknown as LinkPage;
  }) as unknown as ApiSend;
  return { send, calls };
}

describe('locateLink', () => {
  const ids = Array.from({ length: 12_000 }, (_, i) => i + 1);
  it('checks a held guess with one small read', async () => {
    const { send, calls } = documentOf(ids);
    expect(await locateLink(send, 1, 9000, () => 8999)).toBe(8999);
    expect(calls).toEqual([{ offset: 8949, limit: 100 }]);
  });
  it('finds a link a row away from a stale guess', async () => {
    const { send } = documentOf(ids);
    expect(await locateLink(send, 1, 9000, () => 9001)).toBe(8999);
  });
  it('reads the document in order without a guess, and says null for a link that is gone', async () => {
    const { send, calls } = documentOf(ids);
    expect(await locateLink(send, 1, 11_000, () => undefined)).toBe(10_999);
    expect(calls.map((c) => c.offset)).toEqual([0, 5000, 10_000]);
    expect(await locateLink(send, 1, 99_999, () => undefined)).toBeNull();
  });
});
