// Queries for the API: lists, one document, a page of link rows, corpus search. All reads go through indexes
// (links_in_order, link_sentences' primary key, edits_latest), so a page of rows costs the same at 100 or 100,000 links.
import type { DocumentMeta, LinkOrigin, LinkState, MqmSeverity, Role } from '../model';
import type { SqlDatabase } from './driver';
import type { TextPattern } from './textPattern';
import { StoreError } from './errors';
import { filteredPage, keepsAll, nextFiltered, type LinkFilter, type NextKind } from './rowFilter';
import type { DocumentKind, DocumentSummary, LinkRow, LinkSentence, SearchHit, Side, StoredAnnotation, StoredDocument, StoredEdit, StoredSentence } from './types';

/** The current text of sentence `s`: its latest edit, else its machine text. */
export const CURRENT_TEXT = 'coalesce((SELECT e.fixed_text FROM edits e WHERE e.sentence_id = s.id ORDER BY e.id DESC LIMIT 1), s.text)';

interface DocumentRow {
  id: number;
  kind: DocumentKind;
  pair_id: number | null;
  file: string;
  content_hash: string;
  source: string | null;
  lang_translation: string;
  lang_original: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  meta: string;
  imported_at: string;
}

export function documentRow(db: SqlDatabase, id: number): DocumentRow {
  // Not the text: it can be megabytes, and every action resolves its document through here.
  const row = db
    .prepare('SELECT id, kind, pair_id, file, content_hash, source, lang_translation, lang_original, title, publisher, date, meta, imported_at FROM documents WHERE id = ?')
    .get<DocumentRow>(id);
  if (!row) throw new StoreError('not_found', `There is no document ${id} in this project (it may have been removed by an undo).`);
  return row;
}

/** The document whose link list holds a page's rows: a pair's source page shows its translation page's links. */
export function linkDocumentId(db: SqlDatabase, id: number): number {
  const row = documentRow(db, id);
  if (row.kind !== 'pair_source') return id;
  const translation = db.prepare('SELECT id FROM documents WHERE pair_id = ?').get<{ id: number }>(id);
  if (!translation) throw new StoreError('not_found', `The source page ${id} has no translation page in this project.`);
  return translation.id;
}

export function listDocuments(db: SqlDatabase): DocumentSummary[] {
  const counts = new Map<number, Record<LinkState, number>>();
  for (const row of db.prepare('SELECT document_id, state, count(*) AS n FROM links GROUP BY document_id, state').iterate<{ document_id: number; state: LinkState; n: number }>()) {
    const entry = counts.get(row.document_id) ?? { proposed: 0, confirmed: 0, rejected: 0 };
    entry[row.state] = row.n;
    counts.set(row.document_id, entry);
  }
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, d.file, d.title, d.publisher, d.date, d.lang_translation, d.lang_original, d.imported_at, p.id AS source_id, p.file AS source_file
       FROM documents d LEFT JOIN documents p ON p.id = d.pair_id WHERE d.kind != 'pair_source' ORDER BY d.id`,
    )
    .all<{ id: number; kind: 'page' | 'pair_translation'; file: string; title: string | null; publisher: string | null; date: string | null; lang_translation: string; lang_original: string; imported_at: string; source_id: number | null; source_file: string | null }>();
  return rows.map((r) => {
    const c = counts.get(r.id) ?? { proposed: 0, confirmed: 0, rejected: 0 };
    return {
      id: r.id,
      kind: r.kind,
      file: r.file,
      sourceDocument: r.source_id === null ? null : { id: r.source_id, file: r.source_file ?? '' },
      title: r.title,
      publisher: r.publisher,
      date: r.date,
      languages: { translation: r.lang_translation, original: r.lang_original },
      links: { ...c, total: c.proposed + c.confirmed + c.rejected },
      importedAt: r.imported_at,
    };
  });
}

interface SentenceRow {
  id: number;
  key: string;
  document_id: number;
  block_id: number;
  side: Side;
  lang: string | null;
  text: string;
  current: string;
  start_offset: number;
  end_offset: number;
}

function toSentence(r: SentenceRow): StoredSentence {
  return { id: r.id, key: r.key, documentId: r.document_id, blockId: r.block_id, side: r.side, lang: r.lang, text: r.current, originalText: r.text, edited: r.current !== r.text, start: r.start_offset, end: r.end_offset };
}

export function getSentence(db: SqlDatabase, id: number): StoredSentence {
  const row = db.prepare(`SELECT s.*, ${CURRENT_TEXT} AS current FROM sentences s WHERE s.id = ?`).get<SentenceRow>(id);
  if (!row) throw new StoreError('not_found', `There is no sentence ${id} in this project.`);
  return toSentence(row);
}

export function getDocument(db: SqlDatabase, id: number): StoredDocument {
  const row = documentRow(db, id);
  const paired = row.kind === 'pair_source' ? (db.prepare('SELECT id FROM documents WHERE pair_id = ?').get<{ id: number }>(id)?.id ?? null) : row.pair_id;
  const blocks = db
    .prepare('SELECT id, key, role, lang, text, line, start_offset, end_offset FROM blocks WHERE document_id = ? ORDER BY id')
    .all<{ id: number; key: string; role: Role; lang: string | null; text: string; line: number; start_offset: number; end_offset: number }>(id)
    .map((b) => ({ id: b.id, key: b.key, role: b.role, lang: b.lang, text: b.text, line: b.line, start: b.start_offset, end: b.end_offset }));
  const sentences = db.prepare(`SELECT s.*, ${CURRENT_TEXT} AS current FROM sentences s WHERE s.document_id = ? ORDER BY s.ord`).all<SentenceRow>(id).map(toSentence);
  return {
    id: row.id,
    kind: row.kind,
    file: row.file,
    contentHash: row.content_hash,
    source: row.source,
    pairedDocumentId: paired,
    languages: { translation: row.lang_translation, original: row.lang_original },
    meta: JSON.parse(row.meta) as DocumentMeta,
    text: db.prepare('SELECT text FROM documents WHERE id = ?').get<{ text: string }>(id)?.text ?? '',
    importedAt: row.imported_at,
    blocks,
    sentences,
  };
}

export function countLinks(db: SqlDatabase, documentId: number): number {
  const id = linkDocumentId(db, documentId);
  return db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ?').get<{ n: number }>(id)?.n ?? 0;
}

/** One page of rows for a view; at most 10,000 at once (allLinks reads a whole document). */
export function listLinks(db: SqlDatabase, documentId: number, range: { offset?: number; limit?: number } = {}): LinkRow[] {
  return readLinks(db, documentId, Math.max(0, Math.floor(range.offset ?? 0)), Math.min(10_000, Math.max(0, Math.floor(range.limit ?? 200))));
}

/** Every row of a document, for work that must see all of it (re-alignment). */
export function allLinks(db: SqlDatabase, documentId: number): LinkRow[] {
  return readLinks(db, documentId, 0, -1);
}

/** True for a document made from a corpus file (TMX, XLIFF, TSV, JSONL): its rows are a parallel text. */
export function isCorpusDocument(db: SqlDatabase, documentId: number): boolean {
  const id = linkDocumentId(db, documentId);
  return db.prepare('SELECT 1 AS yes FROM links l JOIN unit_links u ON u.link_id = l.id WHERE l.document_id = ? LIMIT 1').get<{ yes: number }>(id) !== undefined;
}

function readLinks(db: SqlDatabase, documentId: number, offset: number, limit: number): LinkRow[] {
  const id = linkDocumentId(db, documentId);
  const links = db
    .prepare('SELECT id, origin, state, score FROM links WHERE document_id = ? ORDER BY position LIMIT ? OFFSET ?')
    .all<LinkHead>(id, limit, offset);
  return withSentences(db, links.map((l, i) => ({ ...l, index: offset + i })));
}

type LinkHead = { id: number; origin: LinkOrigin; state: LinkState; score: number | null };

/**
 * One page of the rows that pass `filter` (at most 10,000), each with its index in the whole document, and how many
 * rows pass in all. Without a filter this is listLinks and countLinks.
 */
export function listFilteredLinks(db: SqlDatabase, documentId: number, filter: LinkFilter | undefined, range: { offset?: number; limit?: number } = {}): { total: number; rows: LinkRow[] } {
  const offset = Math.max(0, Math.floor(range.offset ?? 0));
  const limit = Math.min(10_000, Math.max(0, Math.floor(range.limit ?? 200)));
  if (!filter || keepsAll(filter)) return { total: countLinks(db, documentId), rows: readLinks(db, documentId, offset, limit) };
  const page = filteredPage(db, linkDocumentId(db, documentId), filter, offset, limit);
  const heads = new Map(
    db
      .prepare('SELECT id, origin, state, score FROM links WHERE id IN (SELECT value FROM json_each(?))')
      .all<LinkHead>(JSON.stringify(page.rows.map((r) => r.id)))
      .map((l) => [l.id, l]),
  );
  const links = page.rows.flatMap((r) => {
    const head = heads.get(r.id);
    return head ? [{ ...head, index: r.index }] : [];
  });
  return { total: page.total, rows: withSentences(db, links) };
}

/** The first row after document index `from` that passes `filter` and the walk `next`: its index and its place among the filtered rows. */
export function nextLink(db: SqlDatabase, documentId: number, from: number, filter: LinkFilter, next?: NextKind): { index: number; place: number } | null {
  return nextFiltered(db, linkDocumentId(db, documentId), from, filter, next);
}

/** The rows of the given links (in the order given), with their sentences' current text and annotation counts. */
function withSentences(db: SqlDatabase, links: ReadonlyArray<LinkHead & { index: number }>): LinkRow[] {
  if (links.length === 0) return [];
  const rows = new Map<number, LinkRow>();
  for (const l of links) rows.set(l.id, { id: l.id, index: l.index, state: l.state, origin: l.origin, score: l.score, translation: [], original: [], annotations: 0 });
  const sentences = db
    .prepare(
      `SELECT ls.link_id, ls.side, s.id, s.key, s.document_id, s.text, s.lang, b.role, ${CURRENT_TEXT} AS current,
              (SELECT count(*) FROM annotations a WHERE a.sentence_id = s.id) AS annotations
       FROM link_sentences ls JOIN sentences s ON s.id = ls.sentence_id JOIN blocks b ON b.id = s.block_id
       WHERE ls.link_id IN (SELECT value FROM json_each(?)) ORDER BY s.document_id, s.ord`,
    )
    .all<{ link_id: number; side: Side; id: number; key: string; document_id: number; text: string; lang: string | null; role: Role; current: string; annotations: number }>(JSON.stringify(links.map((l) => l.id)));
  for (const s of sentences) {
    const row = rows.get(s.link_id);
    if (!row) continue;
    const sentence: LinkSentence = { id: s.id, key: s.key, documentId: s.document_id, text: s.current, originalText: s.text, edited: s.current !== s.text, role: s.role, lang: s.lang, annotations: s.annotations };
    row[s.side].push(sentence);
    row.annotations += s.annotations;
  }
  return [...rows.values()];
}

/** Row index of a link in its document (for jumping to search hits). */
export function linkIndex(db: SqlDatabase, linkId: number): { documentId: number; index: number } {
  const link = db.prepare('SELECT document_id, position FROM links WHERE id = ?').get<{ document_id: number; position: number }>(linkId);
  if (!link) throw new StoreError('not_found', `There is no link ${linkId} in this project.`);
  const before = db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ? AND position < ?').get<{ n: number }>(link.document_id, link.position)?.n ?? 0;
  return { documentId: link.document_id, index: before };
}

export function searchSentences(db: SqlDatabase, pattern: TextPattern, limit: number, documentId?: number): SearchHit[] {
  const hits: SearchHit[] = [];
  const sql = `SELECT s.id, s.key, s.document_id, s.side, ${CURRENT_TEXT} AS current, d.file, ls.link_id
     FROM sentences s JOIN documents d ON d.id = s.document_id JOIN link_sentences ls ON ls.sentence_id = s.id
     ${documentId === undefined ? '' : 'WHERE s.document_id = ?'} ORDER BY s.document_id, s.ord`;
  const params = documentId === undefined ? [] : [documentId];
  for (const s of db.prepare(sql).iterate<{ id: number; key: string; document_id: number; side: Side; current: string; file: string; link_id: number }>(...params)) {
    const match = pattern.find(s.current);
    if (!match) continue;
    hits.push({ documentId: s.document_id, file: s.file, sentenceId: s.id, key: s.key, side: s.side, text: s.current, match, linkId: s.link_id, linkIndex: 0, linkDocumentId: 0 });
    if (hits.length >= limit) break;
  }
  for (const hit of hits) {
    const where = linkIndex(db, hit.linkId);
    hit.linkIndex = where.index;
    hit.linkDocumentId = where.documentId;
  }
  return hits;
}

export function listAnnotations(db: SqlDatabase, documentId: number): StoredAnnotation[] {
  const id = linkDocumentId(db, documentId);
  return db
    .prepare(
      `SELECT a.*, s.side, ls.link_id FROM links l JOIN link_sentences ls ON ls.link_id = l.id JOIN sentences s ON s.id = ls.sentence_id
       JOIN annotations a ON a.sentence_id = s.id WHERE l.document_id = ? ORDER BY l.position, s.ord, a.start_offset, a.id`,
    )
    .all<{ id: number; sentence_id: number; side: Side; link_id: number; start_offset: number; end_offset: number; category: string; severity: MqmSeverity; comment: string; who: string | null; at: string; updated_at: string | null }>(id)
    .map((a) => ({ id: a.id, sentenceId: a.sentence_id, side: a.side, linkId: a.link_id, start: a.start_offset, end: a.end_offset, category: a.category, severity: a.severity, comment: a.comment, who: a.who, at: a.at, updatedAt: a.updated_at }));
}

export function listEdits(db: SqlDatabase, sentenceId: number): StoredEdit[] {
  getSentence(db, sentenceId);
  return db
    .prepare('SELECT id, sentence_id, original_text, fixed_text, who, at FROM edits WHERE sentence_id = ? ORDER BY id')
    .all<{ id: number; sentence_id: number; original_text: string; fixed_text: string; who: string | null; at: string }>(sentenceId)
    .map((e) => ({ id: e.id, sentenceId: e.sentence_id, originalText: e.original_text, fixedText: e.fixed_text, who: e.who, at: e.at }));
}
