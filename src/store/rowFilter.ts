// Which rows of a document a view shows: by review state, link shape, confidence band, or a given set of links
// (the rows with QA findings). Every condition reads a column of the covering index links_filter (a link's side
// counts are kept by migration 6's triggers), so a filtered page is an index-only scan however long the document.
import type { LinkState } from '../model';
import type { SqlDatabase, SqlValue } from './driver';
import { anchorAtOrBefore, filterMemo, remember } from './filterMemo';

export const LINK_SHAPES = ['oneToOne', 'merged', 'oneSided'] as const;
export type LinkShape = (typeof LINK_SHAPES)[number];

export const CONFIDENCE_BANDS = ['high', 'medium', 'low', 'unscored'] as const;
export type ConfidenceBand = (typeof CONFIDENCE_BANDS)[number];

/**
 * The lowest score of each band the grid's confidence stripe shows; below `medium` is low. Exported as a type too:
 * the renderer may import only types, and its copy typed `BandThresholds` cannot hold other numbers than these.
 */
export const BAND_THRESHOLDS = { high: 0.75, medium: 0.45 } as const;
export type BandThresholds = typeof BAND_THRESHOLDS;

/** An empty or missing list means "any"; `linkIds` keeps only those links (an empty list keeps none). */
export interface LinkFilter {
  states?: readonly LinkState[];
  shapes?: readonly LinkShape[];
  bands?: readonly ConfidenceBand[];
  linkIds?: readonly number[];
}

/** The walks of links.next, as conditions on the same columns. */
export type NextKind = { kind: 'unconfirmed' } | { kind: 'nonOneToOne' } | { kind: 'lowConfidence'; threshold: number };

export function bandOf(score: number | null): ConfidenceBand {
  if (score === null) return 'unscored';
  return score >= BAND_THRESHOLDS.high ? 'high' : score >= BAND_THRESHOLDS.medium ? 'medium' : 'low';
}

export function shapeOf(translation: number, original: number): LinkShape {
  if (translation === 0 || original === 0) return 'oneSided';
  return translation === 1 && original === 1 ? 'oneToOne' : 'merged';
}

const SHAPE_SQL: Record<LinkShape, string> = {
  oneToOne: 'translation_count = 1 AND original_count = 1',
  merged: 'translation_count > 0 AND original_count > 0 AND translation_count + original_count > 2',
  oneSided: 'translation_count = 0 OR original_count = 0',
};

const BAND_SQL: Record<ConfidenceBand, string> = {
  high: `score >= ${BAND_THRESHOLDS.high}`,
  medium: `score >= ${BAND_THRESHOLDS.medium} AND score < ${BAND_THRESHOLDS.high}`,
  low: `score < ${BAND_THRESHOLDS.medium}`,
  unscored: 'score IS NULL',
};

interface Condition {
  sql: string;
  params: SqlValue[];
}

const anyOf = (parts: readonly string[]): string => `(${parts.map((p) => `(${p})`).join(' OR ')})`;

/** The filter as an SQL condition on `links` (no alias), `1` when it keeps every row. */
export function filterCondition(filter: LinkFilter, next?: NextKind): Condition {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  if (filter.states?.length) {
    parts.push(`state IN (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.shapes?.length) parts.push(anyOf([...new Set(filter.shapes)].map((s) => SHAPE_SQL[s])));
  if (filter.bands?.length) parts.push(anyOf([...new Set(filter.bands)].map((b) => BAND_SQL[b])));
  if (filter.linkIds) {
    parts.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.linkIds));
  }
  if (next?.kind === 'unconfirmed') parts.push("state = 'proposed'");
  else if (next?.kind === 'nonOneToOne') parts.push(`NOT (${SHAPE_SQL.oneToOne})`);
  else if (next?.kind === 'lowConfidence') {
    parts.push("score IS NOT NULL AND score < ? AND state != 'confirmed'");
    params.push(next.threshold);
  }
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

/** Whether the filter keeps every row (then the plain, cheaper listing applies). */
export function keepsAll(filter: LinkFilter | undefined): boolean {
  return !filter || (!filter.states?.length && !filter.shapes?.length && !filter.bands?.length && filter.linkIds === undefined);
}

export interface FilteredPlace {
  id: number;
  /** The row's index in its document (unfiltered), as every view names rows. */
  index: number;
}

/** Document index of the row at `position`: how many of the document's rows come before it. */
function indexAt(db: SqlDatabase, documentId: number, position: number): number {
  return db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ? AND position < ?').get<{ n: number }>(documentId, position)?.n ?? 0;
}

/**
 * One page of the rows that pass the filter, with their document indexes, and how many pass in all. One pass over
 * the document's index entries counts the passing rows (once per change: the memo keeps it). A page then starts
 * from the nearest row an earlier page of the same filter placed, or else from the nearer end of the document, so
 * the first and the last pages cost little more than that pass. The rows between the page's rows are counted in one
 * statement.
 */
export function filteredPage(db: SqlDatabase, documentId: number, filter: LinkFilter, offset: number, limit: number): { total: number; rows: FilteredPlace[] } {
  const where = filterCondition(filter);
  const memo = filterMemo(db, JSON.stringify([documentId, where.sql, where.params]));
  if (memo.total === null || memo.rows === null) {
    const counts = db
      .prepare(`SELECT count(*) FILTER (WHERE ${where.sql}) AS total, count(*) AS rows FROM links WHERE document_id = ?`)
      .get<{ total: number; rows: number }>(...where.params, documentId);
    memo.total = counts?.total ?? 0;
    memo.rows = counts?.rows ?? 0;
  }
  const { total, rows: documentRows } = memo;
  const size = Math.max(0, Math.min(limit, total - offset));
  if (size === 0) return { total, rows: [] };
  const anchor = anchorAtOrBefore(memo, offset);
  const select = `SELECT id, position FROM links WHERE document_id = ? AND ${where.sql}`;
  const fromEnd = !anchor && offset > total / 2;
  let page: Array<{ id: number; position: number }>;
  if (anchor) {
    page = db
      .prepare(`${select} AND position ${anchor.offset === offset ? '>=' : '>'} ? ORDER BY position LIMIT ? OFFSET ?`)
      .all<{ id: number; position: number }>(documentId, ...where.params, anchor.position, size, Math.max(0, offset - anchor.offset - 1));
  } else if (fromEnd) {
    page = db.prepare(`${select} ORDER BY position DESC LIMIT ? OFFSET ?`).all<{ id: number; position: number }>(documentId, ...where.params, size, total - offset - size).reverse();
  } else {
    page = db.prepare(`${select} ORDER BY position LIMIT ? OFFSET ?`).all<{ id: number; position: number }>(documentId, ...where.params, size, offset);
  }
  if (page.length === 0) return { total, rows: [] };
  const first = page[0]!;
  const between = db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ? AND position > ? AND position < ?');
  const firstIndex = anchor
    ? anchor.offset === offset
      ? anchor.index
      : anchor.index + 1 + (between.get<{ n: number }>(documentId, anchor.position, first.position)?.n ?? 0)
    : fromEnd
      ? documentRows - (db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ? AND position >= ?').get<{ n: number }>(documentId, first.position)?.n ?? 0)
      : indexAt(db, documentId, first.position);
  const gaps = db
    .prepare('SELECT (SELECT count(*) FROM links WHERE document_id = ? AND position > g.value ->> 0 AND position < g.value ->> 1) AS n FROM json_each(?) g ORDER BY g.key')
    .all<{ n: number }>(documentId, JSON.stringify(page.slice(1).map((row, i) => [page[i]!.position, row.position])));
  const rows: FilteredPlace[] = [{ id: first.id, index: firstIndex }];
  for (let i = 1; i < page.length; i++) rows.push({ id: page[i]!.id, index: rows[i - 1]!.index + 1 + (gaps[i - 1]?.n ?? 0) });
  const last = page.length - 1;
  remember(memo, { offset, position: first.position, index: firstIndex }, { offset: offset + last, position: page[last]!.position, index: rows[last]!.index });
  return { total, rows };
}

/**
 * The first row after document index `from` that passes the filter (and the walk's condition, if any): its
 * document index and its place among the rows the filter shows. Null when there is none.
 */
export function nextFiltered(db: SqlDatabase, documentId: number, from: number, filter: LinkFilter, next?: NextKind): { index: number; place: number } | null {
  const where = filterCondition(filter, next);
  let hit: { position: number } | undefined;
  if (from < 0) {
    hit = db.prepare(`SELECT position FROM links WHERE document_id = ? AND ${where.sql} ORDER BY position LIMIT 1`).get<{ position: number }>(documentId, ...where.params);
  } else {
    const at = db.prepare('SELECT position FROM links WHERE document_id = ? ORDER BY position LIMIT 1 OFFSET ?').get<{ position: number }>(documentId, from);
    if (!at) return null;
    hit = db
      .prepare(`SELECT position FROM links WHERE document_id = ? AND position > ? AND ${where.sql} ORDER BY position LIMIT 1`)
      .get<{ position: number }>(documentId, at.position, ...where.params);
  }
  if (!hit) return null;
  const shown = filterCondition(filter);
  const place = db.prepare(`SELECT count(*) AS n FROM links WHERE document_id = ? AND position < ? AND ${shown.sql}`).get<{ n: number }>(documentId, hit.position, ...shown.params)?.n ?? 0;
  return { index: indexAt(db, documentId, hit.position), place };
}
