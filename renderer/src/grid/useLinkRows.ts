// The rows of one document, fetched page by page as the grid scrolls, so 100,000 rows open at once. With a filter
// the server pages over the rows it keeps (links.list counts them and gives each its document index), so a filter
// sees every row of the document, not only those loaded.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridRow } from '../../../src/api/contract';
import type { ReviewFreshness, RowFilter as ApiRowFilter } from '../../../src/api/types';
import { useApi } from '../api/ApiContext';
import { RowPages } from './rowPages';

/** How soon to ask again while the findings a filter used come from an older review than the project. */
const STALE_RETRY_MS = 1000;

export interface LinkRows {
  /** Rows shown: the document's, or with a filter those it keeps. */
  total: number | null;
  row(index: number): GridRow | undefined;
  /** Asks for the rows in [from, to] to be loaded; cheap when they are. */
  ensure(from: number, to: number): void;
  /** Drops what was loaded (after a change) and reloads what is on screen. */
  refresh(): void;
  version: number;
  error: string | null;
  /** The grid place of a document row: itself without a filter; with one, the first shown row at or after it. */
  placeOf(rowIndex: number): Promise<number>;
  /** The filter as the API takes it (undefined: every row), for calls that walk the shown rows (links.next). */
  filter: ApiRowFilter | undefined;
  /** With the findings filter: whether the review it used is older than the project. */
  findings: ReviewFreshness | null;
}

/** `enabled` false: nothing is fetched (a filter not in use). */
export function useLinkRows(documentId: number, filter?: ApiRowFilter, enabled = true): LinkRows {
  const api = useApi();
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [findings, setFindings] = useState<ReviewFreshness | null>(null);
  const filterKey = JSON.stringify(filter ?? null);
  const pages = useMemo(
    () =>
      new RowPages(
        (offset, limit) => api.send('links.list', { documentId, offset, limit, ...(filter ? { filter } : {}) }),
        (count, page) => {
          setTotal(count);
          setFindings(page.findings ?? null);
          setVersion((v) => v + 1);
        },
        setError,
      ),
    // The filter is compared by content: the caller builds a new object on each render.
    [api, documentId, filterKey],
  );
  const totalNow = useRef<number | null>(null);
  totalNow.current = total;

  useEffect(() => {
    pages.reset();
    setTotal(null);
    setError(null);
    setFindings(null);
    if (enabled) pages.load(0);
  }, [pages, enabled]);

  useEffect(() => {
    if (!enabled || !findings?.running) return;
    const timer = setTimeout(() => pages.refresh(), STALE_RETRY_MS);
    return () => clearTimeout(timer);
  }, [pages, enabled, findings, version]);

  const row = useCallback((index: number) => pages.row(index), [pages]);
  const ensure = useCallback((from: number, to: number) => (enabled ? pages.ensure(from, to) : undefined), [pages, enabled]);
  const refresh = useCallback(() => (enabled ? pages.refresh() : undefined), [pages, enabled]);
  const placeOf = useCallback(
    async (index: number) => {
      if (!filter) return index;
      const known = pages.loadedPlaceOf(index);
      if (known !== undefined) return known;
      const { place } = await api.send('links.next', { documentId, from: index - 1, filter });
      // No shown row at or after it: the last one.
      return place ?? Math.max(0, (totalNow.current ?? 1) - 1);
    },
    [api, documentId, pages],
  );
  return { total, row, ensure, refresh, version, error, placeOf, filter, findings };
}
