// The rows of one document, fetched page by page as the grid scrolls, so 100,000 rows open at once.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GridRow } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { RowPages } from './rowPages';

export interface LinkRows {
  total: number | null;
  row(index: number): GridRow | undefined;
  /** Asks for the rows in [from, to] to be loaded; cheap when they are. */
  ensure(from: number, to: number): void;
  /** Drops what was loaded (after a change) and reloads what is on screen. */
  refresh(): void;
  version: number;
  error: string | null;
  /** The grid place of a document row (identity without a filter; with one, the first shown row at or after it). */
  viewIndexOf(rowIndex: number): number;
}

export function useLinkRows(documentId: number): LinkRows {
  const api = useApi();
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const pages = useMemo(
    () =>
      new RowPages(
        (offset, limit) => api.send('links.list', { documentId, offset, limit }),
        (count) => {
          setTotal(count);
          setVersion((v) => v + 1);
        },
        setError,
      ),
    [api, documentId],
  );

  useEffect(() => {
    pages.reset();
    setTotal(null);
    setError(null);
    pages.load(0);
  }, [pages]);

  const row = useCallback((index: number) => pages.row(index), [pages]);
  const ensure = useCallback((from: number, to: number) => pages.ensure(from, to), [pages]);
  const refresh = useCallback(() => pages.refresh(), [pages]);
  const viewIndexOf = useCallback((index: number) => index, []);
  return { total, row, ensure, refresh, version, error, viewIndexOf };
}
