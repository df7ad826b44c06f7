// Taking pages out of the project by id, row by row through the Recorder, so the removal is one history entry
// that undo puts back exactly (same ids) and redo takes out again. Used when an import is cancelled: only that
// import's own pages go, whatever other people did to the project meanwhile.
import type { Recorder } from './changes';
import { StoreError } from './errors';

interface DocumentRow {
  id: number;
  pair_id: number | null;
}

const ids = (rows: Array<{ id: number }>): number[] => rows.map((r) => r.id);

/**
 * Deletes the documents and everything that hangs off them, children before parents: the schema's cascades would
 * otherwise delete rows the history never saw. A pair's source page is removed only if it is listed too.
 * Ids no longer in the project (a page someone already undid) are skipped.
 */
export function removeDocuments(recorder: Recorder, documentIds: readonly number[]): { documentId: null } {
  if (!Array.isArray(documentIds) || documentIds.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new StoreError('bad_request', 'removeDocuments needs a list of page ids (positive whole numbers).');
  }
  const { db } = recorder;
  const found = documentIds
    .map((id) => db.prepare('SELECT id, pair_id FROM documents WHERE id = ?').get<DocumentRow>(id))
    .filter((row): row is DocumentRow => row !== undefined);
  const listed = new Set(found.map((d) => d.id));
  for (const doc of found) {
    const translation = db.prepare('SELECT id FROM documents WHERE pair_id = ?').get<{ id: number }>(doc.id);
    if (translation && !listed.has(translation.id)) {
      throw new StoreError('bad_request', `Page ${doc.id} is the source of page ${translation.id}, which is not being removed; remove both or neither.`);
    }
  }
  // A translation page points at its source (pair_id), so it goes first.
  const ordered = [...found].sort((a, b) => Number(b.pair_id !== null) - Number(a.pair_id !== null));
  for (const doc of ordered) {
    const links = ids(db.prepare('SELECT id FROM links WHERE document_id = ? ORDER BY id').all<{ id: number }>(doc.id));
    const sentences = ids(db.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY id').all<{ id: number }>(doc.id));
    for (const linkId of links) {
      for (const m of db.prepare('SELECT sentence_id FROM link_sentences WHERE link_id = ? ORDER BY sentence_id').all<{ sentence_id: number }>(linkId)) {
        recorder.delete('link_sentences', [linkId, m.sentence_id]);
      }
      recorder.delete('unit_links', [linkId]);
    }
    for (const sentenceId of sentences) {
      // Membership in another page's links (a pair's source sentences) goes with the sentence.
      for (const m of db.prepare('SELECT link_id FROM link_sentences WHERE sentence_id = ? ORDER BY link_id').all<{ link_id: number }>(sentenceId)) {
        recorder.delete('link_sentences', [m.link_id, sentenceId]);
      }
      for (const table of ['annotations', 'edits'] as const) {
        for (const row of db.prepare(`SELECT id FROM ${table} WHERE sentence_id = ? ORDER BY id`).all<{ id: number }>(sentenceId)) recorder.delete(table, [row.id]);
      }
    }
    for (const linkId of links) recorder.delete('links', [linkId]);
    for (const sentenceId of sentences) recorder.delete('sentences', [sentenceId]);
    for (const blockId of ids(db.prepare('SELECT id FROM blocks WHERE document_id = ? ORDER BY id').all<{ id: number }>(doc.id))) recorder.delete('blocks', [blockId]);
    recorder.delete('documents', [doc.id]);
  }
  return { documentId: null };
}
