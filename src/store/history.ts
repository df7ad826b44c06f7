// Undo and redo over the append-only history table. Actions form a chain through `prev`; `history_state.cursor`
// is the last applied action and `redo_tip` the newest undone one. Undo and redo are themselves appended as rows,
// so the table tells the whole story and a restart continues exactly where the user stopped.
import type { SqlDatabase } from './driver';
import { affectedLinks, applyChanges, type Change } from './changes';
import type { ChangeResult, HistoryEntry, HistoryStatus } from './types';

interface ActionRow {
  id: number;
  action: string;
  document_id: number | null;
  prev: number | null;
  payload: string;
}

interface StateRow {
  cursor: number;
  redo_tip: number | null;
}

export interface RecordInput {
  action: string;
  documentId: number | null;
  changes: Change[];
  createdIds?: number[];
}

function state(db: SqlDatabase): StateRow {
  const row = db.prepare('SELECT cursor, redo_tip FROM history_state WHERE id = 1').get<StateRow>();
  if (!row) throw new Error('history_state row is missing');
  return row;
}

function actionRow(db: SqlDatabase, id: number): ActionRow {
  const row = db.prepare("SELECT id, action, document_id, prev, payload FROM history WHERE id = ? AND kind = 'action'").get<ActionRow>(id);
  if (!row) throw new Error(`history action ${id} is missing`);
  return row;
}

// No caller names a person, so the `who` column (kept: the schema does not change) is left NULL.
function append(db: SqlDatabase, row: { kind: string; action: string; documentId: number | null; prev: number | null; target: number | null; payload: string; affected: number[] }): number {
  return db
    .prepare('INSERT INTO history (at, kind, action, document_id, prev, target, payload, affected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(new Date().toISOString(), row.kind, row.action, row.documentId, row.prev, row.target, row.payload, JSON.stringify(row.affected))
    .lastInsertRowid;
}

/** Appends an action inside `act`'s transaction; a new action drops the redo branch. */
export function recordAction(db: SqlDatabase, input: RecordInput): ChangeResult {
  const { cursor } = state(db);
  const affected = affectedLinks(db, input.changes);
  const historyId = append(db, {
    kind: 'action',
    action: input.action,
    documentId: input.documentId,
    prev: cursor,
    target: null,
    payload: JSON.stringify({ changes: input.changes, createdIds: input.createdIds ?? [] }),
    affected: affected.linkIds,
  });
  db.prepare('UPDATE history_state SET cursor = ?, redo_tip = NULL WHERE id = 1').run(historyId);
  return { historyId, action: input.action, documentId: input.documentId, ...affected, createdIds: input.createdIds ?? [] };
}

function changesOf(row: ActionRow): Change[] {
  const payload = JSON.parse(row.payload) as { changes: Change[] };
  return payload.changes;
}

export function undoLast(db: SqlDatabase): ChangeResult | null {
  const { cursor, redo_tip } = state(db);
  if (cursor === 0) return null;
  const row = actionRow(db, cursor);
  const changes = changesOf(row);
  applyChanges(db, changes, 'undo');
  const affected = affectedLinks(db, changes);
  const historyId = append(db, { kind: 'undo', action: row.action, documentId: row.document_id, prev: null, target: row.id, payload: '{}', affected: affected.linkIds });
  db.prepare('UPDATE history_state SET cursor = ?, redo_tip = ? WHERE id = 1').run(row.prev ?? 0, redo_tip ?? row.id);
  return { historyId, action: row.action, documentId: row.document_id, ...affected };
}

/** The undone action whose predecessor is the cursor: walk back from the newest undone one. */
function nextRedo(db: SqlDatabase): ActionRow | null {
  const { cursor, redo_tip } = state(db);
  if (redo_tip === null) return null;
  let row = actionRow(db, redo_tip);
  while ((row.prev ?? 0) !== cursor) {
    if (!row.prev) return null;
    row = actionRow(db, row.prev);
  }
  return row;
}

export function redoNext(db: SqlDatabase): ChangeResult | null {
  const row = nextRedo(db);
  if (!row) return null;
  const { redo_tip } = state(db);
  const changes = changesOf(row);
  applyChanges(db, changes, 'redo');
  const affected = affectedLinks(db, changes);
  const historyId = append(db, { kind: 'redo', action: row.action, documentId: row.document_id, prev: null, target: row.id, payload: '{}', affected: affected.linkIds });
  db.prepare('UPDATE history_state SET cursor = ?, redo_tip = ? WHERE id = 1').run(row.id, redo_tip === row.id ? null : redo_tip);
  return { historyId, action: row.action, documentId: row.document_id, ...affected };
}

export function historyStatus(db: SqlDatabase): HistoryStatus {
  const { cursor } = state(db);
  const undo = cursor === 0 ? null : actionRow(db, cursor);
  const redo = nextRedo(db);
  return { canUndo: undo !== null, canRedo: redo !== null, undoAction: undo?.action ?? null, redoAction: redo?.action ?? null };
}

export function listHistory(db: SqlDatabase, limit: number): HistoryEntry[] {
  return db
    .prepare('SELECT id, at, who, kind, action, document_id, target FROM history ORDER BY id DESC LIMIT ?')
    .all<{ id: number; at: string; who: string | null; kind: HistoryEntry['kind']; action: string; document_id: number | null; target: number | null }>(limit)
    .map((r) => ({ id: r.id, at: r.at, who: r.who, kind: r.kind, action: r.action, documentId: r.document_id, target: r.target }));
}
