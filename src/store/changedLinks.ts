// What changed since a history id, link by link: the background review reads this to re-read only the rows an
// edit touched instead of a whole 100,000-row document. Undo and redo rows carry the links they touched too.
import type { SqlDatabase } from './driver';

export interface HistoryChange {
  id: number;
  action: string;
  documentId: number | null;
  /** Links that exist after the change and were touched by it (removed links are not listed). */
  linkIds: number[];
}

/** Every history row after `since`, oldest first. */
export function changesSince(db: SqlDatabase, since: number): HistoryChange[] {
  return db
    .prepare('SELECT id, action, document_id, affected FROM history WHERE id > ? ORDER BY id')
    .all<{ id: number; action: string; document_id: number | null; affected: string }>(since)
    .map((r) => ({ id: r.id, action: r.action, documentId: r.document_id, linkIds: JSON.parse(r.affected) as number[] }));
}

/** How many links a document (the page that holds a pair's links) has. */
export function linkCount(db: SqlDatabase, linkDocumentId: number): number {
  return db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ?').get<{ n: number }>(linkDocumentId)?.n ?? 0;
}
