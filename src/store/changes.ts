// Row-level change sets. Every action writes through a Recorder, which keeps the before and after image of each
// row it touches; undo applies the before images in reverse order, redo the after images in order. One mechanism
// therefore undoes every action, including ones added later, and ids come back exactly as they were.
import type { SqlDatabase, SqlRow, SqlValue } from './driver';

export const TABLE_KEYS = {
  documents: ['id'],
  blocks: ['id'],
  sentences: ['id'],
  links: ['id'],
  link_sentences: ['link_id', 'sentence_id'],
  edits: ['id'],
  annotations: ['id'],
  review_ignores: ['key'],
  unit_links: ['link_id'],
  esa_scores: ['link_id'],
} as const;
export type TableName = keyof typeof TABLE_KEYS;

type JsonValue = string | number | null;
type JsonRow = Record<string, JsonValue>;

/** One row: `b` before, `a` after (null = absent). For updates both hold only the changed columns. */
export interface RowChange {
  t: TableName;
  k: JsonValue[];
  b: JsonRow | null;
  a: JsonRow | null;
}

/** Many inserted rows of one table in compact form (an import); undone by deleting them. */
export interface BulkInsert {
  t: TableName;
  cols: string[];
  rows: JsonValue[][];
}

export type Change = RowChange | BulkInsert;

function isBulk(change: Change): change is BulkInsert {
  return 'rows' in change;
}

const IDENTIFIER = /^[a-z_]+$/;
function checked(names: readonly string[]): string[] {
  for (const name of names) if (!IDENTIFIER.test(name)) throw new Error(`invalid column name ${name}`);
  return [...names];
}

function toJson(value: SqlValue | undefined): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) throw new Error('blob values are not recorded in history');
  return value;
}

function whereKey(table: TableName): string {
  return TABLE_KEYS[table].map((column) => `${column} = ?`).join(' AND ');
}

function insertRow(db: SqlDatabase, table: TableName, row: JsonRow): number {
  const columns = checked(Object.keys(row));
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  return db.prepare(sql).run(...columns.map((c) => row[c] ?? null)).lastInsertRowid;
}

function updateRow(db: SqlDatabase, table: TableName, key: JsonValue[], values: JsonRow): void {
  const columns = checked(Object.keys(values));
  if (columns.length === 0) return;
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${whereKey(table)}`;
  db.prepare(sql).run(...columns.map((c) => values[c] ?? null), ...key);
}

function deleteRow(db: SqlDatabase, table: TableName, key: JsonValue[]): void {
  db.prepare(`DELETE FROM ${table} WHERE ${whereKey(table)}`).run(...key);
}

export class Recorder {
  readonly changes: Change[] = [];
  private readonly bulks = new Map<TableName, BulkInsert>();
  constructor(readonly db: SqlDatabase) {}

  /** Inserts a row; for tables keyed by `id` the new id is returned and recorded. */
  insert(table: TableName, values: JsonRow): number {
    const id = insertRow(this.db, table, values);
    const row: JsonRow = TABLE_KEYS[table][0] === 'id' ? { id, ...values } : { ...values };
    this.changes.push({ t: table, k: TABLE_KEYS[table].map((c) => row[c] ?? null), b: null, a: row });
    return id;
  }

  /** Updates the given columns; columns whose value does not change are neither written nor recorded. */
  update(table: TableName, key: JsonValue[], values: JsonRow): void {
    const columns = checked(Object.keys(values));
    const current = this.db.prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE ${whereKey(table)}`).get<SqlRow>(...key);
    if (!current) throw new Error(`${table} ${key.join('/')} does not exist`);
    const before: JsonRow = {};
    const after: JsonRow = {};
    for (const column of columns) {
      const old = toJson(current[column]);
      if (old !== values[column]) {
        before[column] = old;
        after[column] = values[column] ?? null;
      }
    }
    if (Object.keys(after).length === 0) return;
    updateRow(this.db, table, key, after);
    this.changes.push({ t: table, k: key, b: before, a: after });
  }

  delete(table: TableName, key: JsonValue[]): void {
    // A link's score and a corpus unit's record would go by the schema's cascade, unseen by the history, and an undo
    // would bring the row back bare.
    if (table === 'links') {
      this.delete('esa_scores', key);
      this.delete('unit_links', key);
    }
    const current = this.db.prepare(`SELECT * FROM ${table} WHERE ${whereKey(table)}`).get<SqlRow>(...key);
    if (!current) return;
    const before: JsonRow = {};
    for (const [column, value] of Object.entries(current)) before[column] = toJson(value);
    deleteRow(this.db, table, key);
    this.changes.push({ t: table, k: key, b: before, a: null });
  }

  /**
   * Inserts a row recorded in compact form, one entry per table in the order tables are first written (parents
   * before children): an import writes thousands of rows, and row images would multiply the history's size. Undo
   * deletes these rows, so the same action must not change them afterwards; every call for a table names the same
   * columns in the same order.
   */
  insertBulk(table: TableName, cols: readonly string[], values: JsonValue[]): number {
    const id = this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...values).lastInsertRowid;
    const keyed = TABLE_KEYS[table][0] === 'id';
    let bulk = this.bulks.get(table);
    if (!bulk) {
      bulk = { t: table, cols: keyed ? ['id', ...checked(cols)] : checked(cols), rows: [] };
      this.bulks.set(table, bulk);
      this.changes.push(bulk);
    }
    bulk.rows.push(keyed ? [id, ...values] : values);
    return id;
  }
}

/** Replays a change set: `redo` applies the after images in order, `undo` the before images in reverse. */
export function applyChanges(db: SqlDatabase, changes: readonly Change[], direction: 'undo' | 'redo'): void {
  const ordered = direction === 'redo' ? changes : [...changes].reverse();
  for (const change of ordered) {
    if (isBulk(change)) {
      if (direction === 'redo') {
        for (const values of change.rows) insertRow(db, change.t, Object.fromEntries(change.cols.map((c, i) => [c, values[i] ?? null])));
      } else {
        const keyIndex = TABLE_KEYS[change.t].map((c) => change.cols.indexOf(c));
        for (let r = change.rows.length - 1; r >= 0; r--) {
          const values = change.rows[r] ?? [];
          deleteRow(db, change.t, keyIndex.map((i) => values[i] ?? null));
        }
      }
      continue;
    }
    const target = direction === 'redo' ? change.a : change.b;
    const current = direction === 'redo' ? change.b : change.a;
    if (target === null) deleteRow(db, change.t, change.k);
    else if (current === null) insertRow(db, change.t, target);
    else updateRow(db, change.t, change.k, target);
  }
}

/** Link ids a change set touches, split into those that exist afterwards and those it removed. */
export function affectedLinks(db: SqlDatabase, changes: readonly Change[]): { linkIds: number[]; removedLinkIds: number[] } {
  const touched = new Set<number>();
  const sentenceIds = new Set<number>();
  for (const change of changes) {
    if (isBulk(change)) continue;
    if (change.t === 'links' || change.t === 'esa_scores') touched.add(Number(change.k[0]));
    else if (change.t === 'link_sentences') touched.add(Number(change.k[0]));
    else if (change.t === 'sentences') sentenceIds.add(Number(change.k[0]));
    else if (change.t === 'edits' || change.t === 'annotations') {
      const row = change.a ?? change.b;
      if (row && row.sentence_id !== undefined) sentenceIds.add(Number(row.sentence_id));
      else {
        const found = db.prepare(`SELECT sentence_id FROM ${change.t} WHERE id = ?`).get<{ sentence_id: number }>(change.k[0] ?? null);
        if (found) sentenceIds.add(found.sentence_id);
      }
    }
  }
  for (const sentenceId of sentenceIds) {
    const link = db.prepare('SELECT link_id FROM link_sentences WHERE sentence_id = ?').get<{ link_id: number }>(sentenceId);
    if (link) touched.add(link.link_id);
  }
  const linkIds: number[] = [];
  const removedLinkIds: number[] = [];
  for (const id of [...touched].sort((x, y) => x - y)) {
    if (db.prepare('SELECT 1 AS one FROM links WHERE id = ?').get(id)) linkIds.push(id);
    else removedLinkIds.push(id);
  }
  return { linkIds, removedLinkIds };
}
