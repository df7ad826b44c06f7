// ESA scores (Error Span Annotation, Kocmi et al., WMT 2024): after marking a row's error spans (the MQM
// annotations), a person gives the row one 0–100 score. One score per link, set, changed or cleared as an action
// like any other, so it is undoable and survives restarts.
import type { Recorder } from './changes';
import type { SqlDatabase } from './driver';
import { StoreError } from './errors';

export const ESA_MIN = 0;
export const ESA_MAX = 100;

export interface EsaScore {
  linkId: number;
  score: number;
  /** When the score was last set (ISO 8601). */
  at: string;
}

/** Scored rows of one document (or of all): how many and the sum, from which a mean is exact when pages are combined. */
export interface EsaTally {
  documentId: number;
  scored: number;
  sum: number;
}

function checkScore(score: unknown): number | null {
  if (score === null) return null;
  if (typeof score !== 'number' || !Number.isInteger(score) || score < ESA_MIN || score > ESA_MAX) {
    throw new StoreError('bad_request', `An ESA score must be a whole number from ${ESA_MIN} to ${ESA_MAX} (or null to clear it); got ${String(score)}.`);
  }
  return score;
}

/** Sets (or with null clears) the score of a row; setting the score it already has records nothing. */
export function setEsaScore(recorder: Recorder, linkId: number, score: number | null): { documentId: number } {
  const checked = checkScore(score);
  const { db } = recorder;
  const link = db.prepare('SELECT document_id FROM links WHERE id = ?').get<{ document_id: number }>(linkId);
  if (!link) throw new StoreError('not_found', `There is no row (link) ${linkId} in this project; it may have been merged, split or undone. Reload the page and score the row again.`);
  const current = db.prepare('SELECT score FROM esa_scores WHERE link_id = ?').get<{ score: number }>(linkId);
  if (checked === null) recorder.delete('esa_scores', [linkId]);
  else if (!current) recorder.insert('esa_scores', { link_id: linkId, score: checked, at: new Date().toISOString() });
  else if (current.score !== checked) recorder.update('esa_scores', [linkId], { score: checked, at: new Date().toISOString() });
  return { documentId: link.document_id };
}

/** The scored rows of a document, in row order. */
export function listEsaScores(db: SqlDatabase, documentId: number): EsaScore[] {
  return db
    .prepare('SELECT e.link_id, e.score, e.at FROM esa_scores e JOIN links l ON l.id = e.link_id WHERE l.document_id = ? ORDER BY l.position')
    .all<{ link_id: number; score: number; at: string }>(documentId)
    .map((r) => ({ linkId: r.link_id, score: r.score, at: r.at }));
}

/** Per document with at least one scored row: the count and sum of its scores. */
export function esaTallies(db: SqlDatabase): EsaTally[] {
  return db
    .prepare('SELECT l.document_id, count(*) AS scored, sum(e.score) AS sum FROM esa_scores e JOIN links l ON l.id = e.link_id GROUP BY l.document_id ORDER BY l.document_id')
    .all<{ document_id: number; scored: number; sum: number }>()
    .map((r) => ({ documentId: r.document_id, scored: r.scored, sum: r.sum }));
}
