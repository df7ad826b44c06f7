// Finds the row of a link after an undo or redo, to scroll to it. The API names links by id only (no
// "row of link" method), so the rows held are asked first and the document is read in order otherwise.
import type { ApiSend } from '../../../src/api/contract';

const CHUNK = 5000;

export async function locateLink(send: ApiSend, documentId: number, linkId: number, held: (linkId: number) => number | undefined): Promise<number | null> {
  const guess = held(linkId);
  if (guess !== undefined) {
    // A held page may be stale by a row or two; check the guess against the document as it is now.
    const around = Math.max(0, guess - 50);
    const page = await send('links.list', { documentId, offset: around, limit: 100 });
    const found = page.rows.find((r) => r.id === linkId);
    if (found) return found.index;
  }
  for (let offset = 0, total = Infinity; offset < total; offset += CHUNK) {
    const page = await send('links.list', { documentId, offset, limit: CHUNK });
    total = page.total;
    const found = page.rows.find((r) => r.id === linkId);
    if (found) return found.index;
  }
  return null;
}
