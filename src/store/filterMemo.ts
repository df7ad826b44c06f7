// What filtered pages learnt about a filter, kept until the project changes: how many rows pass, and where some
// of them are (their place among the passing rows, position and document index). The grid asks for page after page
// of the same filter, and after a change for the pages on screen again; with these a request starts from the
// nearest known row instead of the document's first, and counts the passing rows once per change, not per page.
import type { SqlDatabase } from './driver';

export interface Anchor {
  /** Place among the rows that pass the filter. */
  offset: number;
  position: number;
  /** Index in the whole document. */
  index: number;
}

export interface FilterMemo {
  /** Rows that pass the filter, and rows of the document. */
  total: number | null;
  rows: number | null;
  /** Sorted by offset. */
  anchors: Anchor[];
}

/** Filters remembered per connection; more than this and the oldest are dropped. */
const KEPT_FILTERS = 16;
/** Anchors kept per filter (two per page asked for); the oldest go first. */
const KEPT_ANCHORS = 256;

const memos = new WeakMap<SqlDatabase, { stamp: number; byKey: Map<string, FilterMemo> }>();

/**
 * The memo of one filter on one document, empty after any write on this connection: total_changes() grows with every
 * row any statement (or trigger) changes, and a project has one writing connection.
 */
export function filterMemo(db: SqlDatabase, key: string): FilterMemo {
  const stamp = db.prepare('SELECT total_changes() AS n').get<{ n: number }>()?.n ?? 0;
  let kept = memos.get(db);
  if (!kept || kept.stamp !== stamp) memos.set(db, (kept = { stamp, byKey: new Map() }));
  let memo = kept.byKey.get(key);
  if (!memo) {
    if (kept.byKey.size >= KEPT_FILTERS) kept.byKey.delete(kept.byKey.keys().next().value ?? '');
    kept.byKey.set(key, (memo = { total: null, rows: null, anchors: [] }));
  }
  return memo;
}

/** The known row at or before `offset` nearest to it. */
export function anchorAtOrBefore(memo: FilterMemo, offset: number): Anchor | null {
  let best: Anchor | null = null;
  for (const anchor of memo.anchors) {
    if (anchor.offset > offset) break;
    best = anchor;
  }
  return best;
}

export function remember(memo: FilterMemo, ...anchors: Anchor[]): void {
  for (const anchor of anchors) {
    if (memo.anchors.some((a) => a.offset === anchor.offset)) continue;
    if (memo.anchors.length >= KEPT_ANCHORS) memo.anchors.shift();
    memo.anchors.push(anchor);
  }
  memo.anchors.sort((a, b) => a.offset - b.offset);
}
