// Exchanging which side of a document is the original and which the translation, for a page or a pair imported
// the wrong way round. Everything goes row by row through the Recorder, so the swap is one history entry that undo
// reverts exactly. Links, their states, edits and annotations stay with their sentences: an alignment confirmed
// is still right with the sides exchanged, and a fix or a note belongs to the text it was made on.
import type { Recorder } from './changes';
import { StoreError } from './errors';
import { documentRow } from './reader';
import type { Side } from './types';

const OTHER: Record<Side, Side> = { translation: 'original', original: 'translation' };

/**
 * The columns that say what a pair page holds. The rows keep their ids, kinds and content hashes, so the pair keeps
 * its place in the corpus list, its links stay where they are, and importing the same files again is still a duplicate.
 */
const PAGE_COLUMNS = ['file', 'source', 'title', 'publisher', 'date', 'meta', 'text', 'imported_at', 'imported_by'] as const;

type Value = string | number | null;
type Row = Record<string, Value>;

function swapLanguages(recorder: Recorder, documentId: number): void {
  const row = recorder.db.prepare('SELECT lang_translation, lang_original FROM documents WHERE id = ?').get<{ lang_translation: string; lang_original: string }>(documentId);
  if (!row) throw new StoreError('not_found', `There is no document ${documentId} in this project.`);
  recorder.update('documents', [documentId], { lang_translation: row.lang_original, lang_original: row.lang_translation });
}

/** Every sentence of a link list changes side; so do their link memberships and the languages a corpus unit named. */
function flipLinks(recorder: Recorder, linkDocumentId: number): void {
  const { db } = recorder;
  const members = db
    .prepare('SELECT ls.link_id, ls.sentence_id, ls.side FROM links l JOIN link_sentences ls ON ls.link_id = l.id WHERE l.document_id = ? ORDER BY ls.link_id, ls.sentence_id')
    .all<{ link_id: number; sentence_id: number; side: Side }>(linkDocumentId);
  for (const m of members) recorder.update('link_sentences', [m.link_id, m.sentence_id], { side: OTHER[m.side] });
  const units = db
    .prepare('SELECT u.link_id, u.source_lang, u.target_lang FROM unit_links u JOIN links l ON l.id = u.link_id WHERE l.document_id = ? ORDER BY u.link_id')
    .all<{ link_id: number; source_lang: string; target_lang: string }>(linkDocumentId);
  for (const u of units) recorder.update('unit_links', [u.link_id], { source_lang: u.target_lang, target_lang: u.source_lang });
}

function swapPage(recorder: Recorder, documentId: number): void {
  const sentences = recorder.db.prepare('SELECT id, side FROM sentences WHERE document_id = ? ORDER BY id').all<{ id: number; side: Side }>(documentId);
  for (const s of sentences) recorder.update('sentences', [s.id], { side: OTHER[s.side] });
  swapLanguages(recorder, documentId);
  flipLinks(recorder, documentId);
}

/**
 * A pair is two documents: the translation page (which holds the links) and its source page. Rather than trading
 * the kinds (the listed id would change under the open view), the two pages trade their content: blocks and
 * sentences move to the other row, and the rows trade the columns that describe their file.
 */
function swapPair(recorder: Recorder, translationId: number, sourceId: number): void {
  const { db } = recorder;
  const select = `SELECT ${PAGE_COLUMNS.join(', ')} FROM documents WHERE id = ?`;
  const translation = db.prepare(select).get<Row>(translationId);
  const source = db.prepare(select).get<Row>(sourceId);
  if (!translation || !source) throw new StoreError('not_found', `The pair ${translationId} / ${sourceId} is incomplete; it cannot be swapped.`);
  const pick = (row: Row): Row => Object.fromEntries(PAGE_COLUMNS.map((c) => [c, row[c] ?? null]));
  recorder.update('documents', [translationId], pick(source));
  recorder.update('documents', [sourceId], pick(translation));
  swapLanguages(recorder, translationId);
  swapLanguages(recorder, sourceId);
  const move = (from: number, to: number, side: Side) => {
    for (const b of db.prepare('SELECT id FROM blocks WHERE document_id = ? ORDER BY id').all<{ id: number }>(from)) recorder.update('blocks', [b.id], { document_id: to });
    return db.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY id').all<{ id: number }>(from).map((s) => ({ id: s.id, to, side }));
  };
  // Both lists are read before either page's sentences move, so no sentence is moved twice.
  const moves = [...move(sourceId, translationId, 'translation'), ...move(translationId, sourceId, 'original')];
  for (const m of moves) recorder.update('sentences', [m.id], { document_id: m.to, side: m.side });
  flipLinks(recorder, translationId);
}

/** Swaps the sides of a page, or of a pair named by either of its pages. Reports the page that lists the rows. */
export function swapSides(recorder: Recorder, documentId: number): { documentId: number } {
  if (!Number.isInteger(documentId) || documentId <= 0) throw new StoreError('bad_request', 'swapSides needs a document id (a positive whole number).');
  const row = documentRow(recorder.db, documentId);
  if (row.kind === 'page') {
    swapPage(recorder, documentId);
    return { documentId };
  }
  const pair =
    row.kind === 'pair_translation'
      ? { translation: row.id, source: row.pair_id }
      : { translation: recorder.db.prepare('SELECT id FROM documents WHERE pair_id = ?').get<{ id: number }>(row.id)?.id ?? null, source: row.id };
  if (pair.translation === null || pair.source === null) throw new StoreError('not_found', `Document ${documentId} is one page of a pair whose other page is missing; it cannot be swapped.`);
  swapPair(recorder, pair.translation, pair.source);
  return { documentId: pair.translation };
}
