// The rows of one document held page by page, with the requests in flight, apart from React so the bookkeeping
// can be tested on its own. A refresh starts a new generation: answers to older requests are dropped, and an
// older request finishing late clears only its own generation's in-flight mark.
import type { GridRow, LinkPage } from '../../../src/api/contract';

export const PAGE = 400;

export type FetchPage = (offset: number, limit: number) => Promise<LinkPage>;

export class RowPages {
  private pages = new Map<number, GridRow[]>();
  private pending = new Set<number>();
  private generation = 0;
  private visible: [number, number] = [0, PAGE];

  constructor(
    private readonly fetchPage: FetchPage,
    private readonly onLoaded: (total: number, page: LinkPage) => void,
    private readonly onError: (message: string) => void,
  ) {}

  row(index: number): GridRow | undefined {
    return this.pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  }

  /**
   * The place of the first loaded row at or after document row `index`, when the loaded rows settle it (the row
   * before that place is loaded too and comes earlier); undefined when only the server can tell.
   */
  loadedPlaceOf(index: number): number | undefined {
    for (const [page, rows] of this.pages) {
      const at = rows.findIndex((r) => r.index >= index);
      if (at === -1) continue;
      const place = page * PAGE + at;
      const before = this.row(place - 1);
      if (place === 0 || (before !== undefined && before.index < index)) return place;
    }
    return undefined;
  }

  load(page: number, force = false): void {
    if ((!force && this.pages.has(page)) || this.pending.has(page)) return;
    const inFlight = this.pending;
    const started = this.generation;
    inFlight.add(page);
    this.fetchPage(page * PAGE, PAGE)
      .then((result) => {
        if (started !== this.generation) return;
        this.pages.set(page, result.rows);
        this.onLoaded(result.total, result);
      })
      .catch((e: unknown) => {
        if (started === this.generation) this.onError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => inFlight.delete(page));
  }

  ensure(from: number, to: number): void {
    this.visible = [from, to];
    for (let page = Math.floor(Math.max(0, from) / PAGE); page <= Math.floor(Math.max(0, to) / PAGE); page++) this.load(page);
  }

  /** Reloads the pages on screen in place: their rows stay until the fresh ones arrive, so nothing flickers. */
  refresh(): void {
    this.generation++;
    this.pending = new Set();
    const [from, to] = this.visible;
    const first = Math.floor(Math.max(0, from) / PAGE);
    const last = Math.floor(Math.max(0, to) / PAGE);
    this.pages = new Map([...this.pages].filter(([page]) => page >= first && page <= last));
    for (let page = first; page <= last; page++) this.load(page, true);
  }

  /** Forgets everything (another document). */
  reset(): void {
    this.generation++;
    this.pages = new Map();
    this.pending = new Set();
  }
}
