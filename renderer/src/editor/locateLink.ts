// Finds the row of a link after an undo or redo, to scroll to it: one links.locate call, whatever the document's
// length. A link that is gone (the undo removed it) or that lives in another document gives null.
import type { ApiSend } from '../../../src/api/contract';

export async function locateLink(send: ApiSend, documentId: number, linkId: number): Promise<number | null> {
  try {
    const place = await send('links.locate', { linkId });
    return place.documentId === documentId ? place.index : null;
  } catch {
    return null;
  }
}
