// The integrity check a person (or a test) runs on a project: SQLite's own checks plus the store's invariants,
// each problem as a sentence that says what is wrong.
import type { SqlDatabase } from './driver';
import type { CheckResult } from './types';

export function checkProject(db: SqlDatabase): CheckResult {
  const problems = db.prepare('PRAGMA integrity_check').all<{ integrity_check: string }>().map((r) => r.integrity_check).filter((m) => m !== 'ok');
  for (const r of db.prepare('PRAGMA foreign_key_check').all<{ table: string; rowid: number; parent: string }>()) problems.push(`${r.table} row ${r.rowid} refers to a missing ${r.parent} row`);
  const orphans = db.prepare('SELECT count(*) AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.sentence_id = s.id)').get<{ n: number }>()?.n ?? 0;
  if (orphans > 0) problems.push(`${orphans} sentences are in no link`);
  const empty = db.prepare('SELECT count(*) AS n FROM links l WHERE NOT EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.link_id = l.id)').get<{ n: number }>()?.n ?? 0;
  if (empty > 0) problems.push(`${empty} links have no sentences`);
  return { ok: problems.length === 0, problems };
}
