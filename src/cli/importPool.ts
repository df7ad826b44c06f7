// `bitext import` on the worker pool of `bitext batch align`: worker threads read and align the files ahead, the
// main thread stores each one in input order (the project has one writer), so the project ends up exactly as an
// import in one thread leaves it. Memory is bounded by the pool's window: a prepared file waits until it is stored.
import { prepareUnit, type ImportInput, type PreparedUnit, type Unit, type UnitPreparer } from '../services/importing';
import { OrderedPool } from './batch/pool';
import type { ImportFile, ImportOut, ImportTask } from './batch/protocol';

export interface PoolPreparer {
  prepare: UnitPreparer;
  /** Stops the threads (after the import, or when it was cancelled: files prepared but not stored are dropped). */
  close(): Promise<void>;
}

const file = (input: ImportInput): ImportFile => ({ name: input.name, source: input.source });

/** Units whose content came with the request rather than as a file are prepared here, when their turn comes. */
const inMemory = (u: Unit): boolean => (u.kind === 'page' ? u.input.bytes !== undefined : u.source.bytes !== undefined || u.translation.bytes !== undefined);

function task(unit: Unit, translationLang: string): ImportTask {
  return {
    translationLang,
    unit: unit.kind === 'page' ? { kind: 'page', input: file(unit.input) } : { kind: 'pair', source: file(unit.source), translation: file(unit.translation), explicit: unit.explicit },
  };
}

export function poolPreparer(jobs: number): PoolPreparer {
  let pool: OrderedPool<ImportOut> | null = null;
  let closed = false;
  let fatal: Error | null = null;
  /** Results written by the pool (in order) and not yet taken, each with the callback that lets the pool go on. */
  const ready = new Map<number, { out: ImportOut; taken: () => void }>();
  const waiting = new Map<number, { resolve: (r: ImportOut) => void; reject: (e: Error) => void }>();

  const write = (out: ImportOut): Promise<void> =>
    new Promise<void>((taken) => {
      if (closed) return taken();
      const w = waiting.get(out.seq);
      if (!w) return void ready.set(out.seq, { out, taken });
      waiting.delete(out.seq);
      taken();
      w.resolve(out);
    });
  const crashed = (t: { seq: number }, reason: string): ImportOut => ({
    seq: t.seq,
    ok: false,
    reason: `the worker thread reading it stopped (${reason}); if the page is very large, import it on its own`,
  });
  const fail = (e: unknown): void => {
    fatal = e instanceof Error ? e : new Error(String(e));
    for (const w of waiting.values()) w.reject(fatal);
    waiting.clear();
  };

  async function feed(p: OrderedPool<ImportOut>, units: readonly Unit[], translationLang: string): Promise<void> {
    for (const [k, unit] of units.entries()) {
      await p.room();
      if (closed) return;
      if (inMemory(unit)) p.submitDone((seq) => ({ seq, ok: 'here' }));
      else p.submit(k + 1, JSON.stringify(task(unit, translationLang)));
    }
    // Threads that cannot start stop the pool after everything was handed out too: drain() says so (fail below).
    if (!closed) await p.drain();
  }

  function take(index: number): Promise<ImportOut> {
    if (fatal) return Promise.reject(fatal);
    const r = ready.get(index);
    if (r) {
      ready.delete(index);
      r.taken();
      return Promise.resolve(r.out);
    }
    return new Promise((resolve, reject) => waiting.set(index, { resolve, reject }));
  }

  const prepare: UnitPreparer = async (units, index, translationLang): Promise<PreparedUnit> => {
    const unit = units[index] as Unit;
    // One file is not worth starting threads for.
    if (units.length < 2) return prepareUnit(unit, translationLang);
    if (!pool) {
      // Results come back numbered 0, 1, … in submission order: the index of the unit.
      pool = new OrderedPool<ImportOut>(Math.min(jobs, units.length), Math.max(4, jobs * 2), { kind: 'import' }, write, crashed);
      feed(pool, units, translationLang).catch(fail);
    }
    const out = await take(index);
    if (out.ok === 'here') return prepareUnit(unit, translationLang);
    if (!out.ok) throw new Error(out.reason);
    return out.prepared;
  };

  return {
    prepare,
    async close() {
      closed = true;
      for (const r of ready.values()) r.taken();
      ready.clear();
      await pool?.close();
    },
  };
}
