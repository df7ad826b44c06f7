// The grid's rows with a filter applied. The API lists rows only in order (links.list, 5,000 at a time) and has
// no filter, so with a filter on, the client reads the document's rows up to FILTER_ROW_LIMIT and keeps the
// matching ones; without a filter the paged rows pass through untouched.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GridRow } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { filterActive, matchesFilter, type RowFilter } from './rowFilter';
import type { LinkRows } from './useLinkRows';

export const FILTER_ROW_LIMIT = 50_000;
const CHUNK = 5000;

export interface FilteredRows extends LinkRows {
  /** With a filter: how many rows were read to filter, and whether that stopped at FILTER_ROW_LIMIT. */
  scanned: { rows: number; truncated: boolean } | null;
}

export function useFilteredRows(documentId: number, paged: LinkRows, filter: RowFilter, hasFinding: (index: number) => boolean): FilteredRows {
  const api = useApi();
  const active = filterActive(filter);
  const [all, setAll] = useState<{ rows: GridRow[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void (async () => {
      try {
        const rows: GridRow[] = [];
        let total = Infinity;
        for (let offset = 0; offset < total && offset < FILTER_ROW_LIMIT; offset += CHUNK) {
          const page = await api.send('links.list', { documentId, offset, limit: CHUNK });
          if (!live) return;
          total = page.total;
          rows.push(...page.rows);
        }
        if (live) {
          setAll({ rows, total });
          setError(null);
        }
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [api, documentId, active, generation]);

  const matched = useMemo(() => (active && all ? all.rows.filter((r) => matchesFilter(r, filter, hasFinding)) : []), [active, all, filter, hasFinding]);
  const row = useCallback((index: number) => matched[index], [matched]);
  const ensure = useCallback(() => undefined, []);
  const refresh = useCallback(() => {
    paged.refresh();
    setGeneration((g) => g + 1);
  }, [paged]);
  const viewIndexOf = useCallback(
    (rowIndex: number) => {
      const at = matched.findIndex((r) => r.index >= rowIndex);
      return at === -1 ? Math.max(0, matched.length - 1) : at;
    },
    [matched],
  );
  if (!active) return { ...paged, scanned: null };
  return {
    total: all ? matched.length : null,
    row,
    ensure,
    refresh,
    version: generation,
    error: error ?? paged.error,
    viewIndexOf,
    scanned: all ? { rows: all.rows.length, truncated: all.total > all.rows.length } : null,
  };
}
