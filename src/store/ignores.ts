// Remembered ignores of review findings. Ignoring is an action like any other (one transaction, one history
// entry), so Undo brings a finding back exactly as Undo brings back a deleted annotation.
import type { Recorder } from './changes';
import { StoreError } from './errors';
import type { SqlDatabase } from './driver';

export interface IgnoredFinding {
  key: string;
  check: string;
  unitId: string;
  message: string;
  /** Null: no action records a person (the column stays, as the schema does not change). */
  who: string | null;
  at: string;
}

export interface IgnoreInput {
  key: string;
  check: string;
  unitId: string;
  message: string;
}

export function listIgnores(db: SqlDatabase): IgnoredFinding[] {
  return db
    .prepare('SELECT key, check_id, unit_id, message, who, at FROM review_ignores ORDER BY at, key')
    .all<{ key: string; check_id: string; unit_id: string; message: string; who: string | null; at: string }>()
    .map((r) => ({ key: r.key, check: r.check_id, unitId: r.unit_id, message: r.message, who: r.who, at: r.at }));
}

export function addIgnores(recorder: Recorder, inputs: readonly IgnoreInput[]): { documentId: null } {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new StoreError('bad_request', 'Name at least one finding to ignore.');
  const at = new Date().toISOString();
  for (const f of inputs) {
    if (typeof f?.key !== 'string' || f.key === '') throw new StoreError('bad_request', 'A finding to ignore needs its ignoreKey.');
    if (recorder.db.prepare('SELECT 1 AS one FROM review_ignores WHERE key = ?').get(f.key)) continue;
    recorder.insert('review_ignores', { key: f.key, check_id: String(f.check ?? ''), unit_id: String(f.unitId ?? ''), message: String(f.message ?? ''), at });
  }
  return { documentId: null };
}

export function removeIgnores(recorder: Recorder, keys: readonly string[]): { documentId: null } {
  if (!Array.isArray(keys) || keys.length === 0) throw new StoreError('bad_request', 'Name at least one ignored finding to bring back.');
  for (const key of keys) recorder.delete('review_ignores', [key]);
  return { documentId: null };
}
