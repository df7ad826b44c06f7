// The rows of one document, fetched page by page as the grid scrolls, so 100,000 rows open at once.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GridRow } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';

const PAGE = 400;

export interface LinkRows {
  total: number | null;
  row(index: number): GridRow | undefined;
  /** Asks for the rows in [from, to] to be loaded; cheap when they are. */
  ensure(from: number, to: number): void;
  /** Drops what was loaded (after a change) and reloads what is on screen. */
  refresh(): void;
  version: number;
  error: string | null;
}

export function useLinkRows(documentId: number): LinkRows {
  const api = useApi();
  const pages = useRef(new Map<number, GridRow[]>());
  const pending = useRef(new Set<number>());
  const visible = useRef<[number, number]>([0, PAGE]);
  const [total, setTotal] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = useCallback(
    (page: number, force = false) => {
      if ((!force && pages.current.has(page)) || pending.current.has(page)) return;
      pending.current.add(page);
      const started = generation.current;
      api
        .send('links.list', { documentId, offset: page * PAGE, limit: PAGE })
        .then((result) => {
          if (started !== generation.current) return;
          pages.current.set(page, result.rows);
          setTotal(result.total);
          setVersion((v) => v + 1);
        })
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
        .finally(() => pending.current.delete(page));
    },
    [api, documentId],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      visible.current = [from, to];
      for (let page = Math.floor(Math.max(0, from) / PAGE); page <= Math.floor(Math.max(0, to) / PAGE); page++) load(page);
    },
    [load],
  );

  /** Reloads the rows on screen in place: they stay visible until the fresh ones arrive, so nothing flickers. */
  const refresh = useCallback(() => {
    generation.current++;
    pending.current = new Set();
    const [from, to] = visible.current;
    const first = Math.floor(Math.max(0, from) / PAGE);
    const last = Math.floor(Math.max(0, to) / PAGE);
    pages.current = new Map([...pages.current].filter(([page]) => page >= first && page <= last));
    for (let page = first; page <= last; page++) load(page, true);
  }, [load]);

  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    pending.current = new Set();
    setTotal(null);
    setError(null);
    load(0);
  }, [documentId, load]);

  const row = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE))?.[index % PAGE], []);
  return { total, row, ensure, refresh, version, error };
}
