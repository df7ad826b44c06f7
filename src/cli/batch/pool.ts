// A pool of worker threads that hands out input lines and gives results back in input order. Memory is bounded by
// the window (lines read but not yet written, counted in lines and in characters), not by the input: `room()` waits while
// the window is full, and the window only moves when the writer has taken the oldest result, so a slow stdout slows
// the reading. Lines go out in batches (one message for many lines, one answer for the batch), and each thread holds
// a second batch while it works on the first, so a thread never waits for the main thread to answer it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PoolConfig, TaskIn } from './protocol';

/**
 * The worker: the compiled file beside the bundle, or, from the checkout, the TypeScript source loaded through tsx,
 * whose loader must be registered inside the thread (a worker does not inherit the main thread's hooks).
 */
function startWorker(config: PoolConfig): Worker {
  const here = import.meta.url;
  if (here.endsWith('.mjs')) return new Worker(new URL('./batch-worker.mjs', here), { workerData: config });
  const api = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: config });
}

export interface PoolShape {
  /** Lines a thread gets in one message, at most. */
  batch: number;
  /** Characters of text a message carries, at most (a longer line still goes, alone). */
  batchChars: number;
  /** Messages a thread may hold at once: 2 keeps it busy while its answer travels back. */
  depth: number;
  /** Characters of lines read but not yet written, at most (beside `window` lines); one line always fits. */
  windowChars: number;
}

/** One line at a time, as `bitext import` hands out files (an import task is small and slow). */
export const ONE_AT_A_TIME: PoolShape = { batch: 1, batchChars: Infinity, depth: 1, windowChars: Infinity };

/** `Out` is what the worker posts back for one task; the worker does what `config.kind` says (worker.ts). */
export class OrderedPool<Out extends { seq: number }> {
  private readonly workers: Worker[] = [];
  /** Batches handed to each thread and not yet answered, oldest first (a thread answers them in order). */
  private readonly busy = new Map<Worker, TaskIn[][]>();
  private readonly queue: TaskIn[] = [];
  /** Tasks of a batch whose thread died: each goes out alone, so only the one that kills a thread fails. */
  private readonly alone = new Set<number>();
  private pendingChars = 0;
  /** No more lines will come (drain() was called): a part batch goes out instead of waiting to fill up. */
  private inputEnded = false;
  private readonly charsOf = new Map<number, number>();
  private readonly done = new Map<number, Out>();
  private nextSeq = 0;
  private submitted = 0;
  private waiters: Array<() => void> = [];
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  /** Workers in a row that died before finishing one task: the thread cannot start, so stop instead of retrying. */
  private deadOnArrival = 0;
  private readonly worked = new WeakSet<Worker>();
  private fatal: Error | null = null;

  constructor(
    private readonly size: number,
    readonly window: number,
    private readonly config: PoolConfig,
    /** Called in input order; the pool waits for its promise before writing the next result. */
    private readonly write: (result: Out) => Promise<void>,
    /** A result for a task whose worker died (out of memory, a crash in native code). */
    private readonly crashed: (task: TaskIn, reason: string) => Out,
    private readonly shape: PoolShape = ONE_AT_A_TIME,
  ) {
    for (let k = 0; k < size; k++) this.spawn();
  }

  private spawn(): void {
    const w = startWorker(this.config);
    w.on('message', (outs: Out[]) => {
      this.worked.add(w);
      this.deadOnArrival = 0;
      this.busy.get(w)?.shift();
      for (const out of outs) this.finish(out);
      this.dispatch();
    });
    w.on('error', (e) => this.lose(w, e.message));
    w.on('exit', (code) => this.lose(w, `the worker thread exited with code ${code}`));
    this.workers.push(w);
    this.busy.set(w, []);
  }

  private lose(w: Worker, reason: string): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const held = this.busy.get(w) ?? [];
    this.busy.delete(w);
    if (this.closed) return;
    const [first, ...later] = held;
    // The first batch was running: alone, its task failed; in a batch, any of them may be the one, so each is retried
    // alone. Later batches never started and go back as they were, in order, ahead of everything not yet handed out.
    if (first?.length === 1 && first[0]) this.finish(this.crashed(first[0], reason));
    else if (first) for (const t of first) this.alone.add(t.seq);
    this.queue.unshift(...(first && first.length > 1 ? first : []), ...later.flat());
    this.queue.sort((a, b) => a.seq - b.seq);
    if (!this.worked.has(w) && ++this.deadOnArrival >= 3) {
      this.fatal = new Error(`the worker threads cannot start (${reason})`);
      this.wakeAll();
      return;
    }
    this.spawn();
    this.dispatch();
  }

  /** The thread holding the fewest batches, if one has room for another. */
  private freest(): Worker | null {
    let best: Worker | null = null;
    let least = this.shape.depth;
    for (const w of this.workers) {
      const n = (this.busy.get(w) ?? []).length;
      if (n < least) [best, least] = [w, n];
    }
    return best;
  }

  private nextBatch(): TaskIn[] {
    const head = this.queue.shift() as TaskIn;
    const batch = [head];
    if (this.alone.delete(head.seq)) return batch;
    let chars = head.text.length;
    while (batch.length < this.shape.batch) {
      const t = this.queue[0];
      if (!t || this.alone.has(t.seq) || chars + t.text.length > this.shape.batchChars) break;
      chars += t.text.length;
      batch.push(this.queue.shift() as TaskIn);
    }
    return batch;
  }

  /**
   * A thread with nothing to do gets whatever is queued; one that still holds a batch gets another only when a whole
   * one is waiting (or no more lines will come), so that lines read one by one still travel in full batches.
   */
  private dispatch(): void {
    for (let w = this.freest(); w && this.queue.length > 0; w = this.freest()) {
      if (!this.inputEnded && this.queue.length < this.shape.batch && (this.busy.get(w) ?? []).length > 0) return;
      const batch = this.nextBatch();
      this.busy.get(w)?.push(batch);
      w.postMessage(batch);
    }
  }

  private finish(out: Out): void {
    this.done.set(out.seq, out);
    // A writer that throws stops the pool (its error reaches room() and drain()) instead of going unhandled.
    this.writing = this.writing
      .then(() => this.flush())
      .catch((e: unknown) => {
        this.fatal ??= e instanceof Error ? e : new Error(String(e));
        this.wakeAll();
      });
  }

  private async flush(): Promise<void> {
    for (let r = this.done.get(this.nextSeq); r !== undefined; r = this.done.get(this.nextSeq)) {
      this.done.delete(this.nextSeq);
      this.pendingChars -= this.charsOf.get(this.nextSeq) ?? 0;
      this.charsOf.delete(this.nextSeq);
      this.nextSeq++;
      await this.write(r);
      this.wakeAll();
    }
  }

  private wakeAll(): void {
    const wake = this.waiters;
    this.waiters = [];
    for (const f of wake) f();
  }

  /** Resolves when another line may be submitted, or when the pool is closed (then nothing more is taken). */
  async room(): Promise<void> {
    while (this.full() && !this.closed) {
      if (this.fatal) throw this.fatal;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.fatal) throw this.fatal;
  }

  private full(): boolean {
    const held = this.submitted - this.nextSeq;
    return held >= this.window || (held > 0 && this.pendingChars >= this.shape.windowChars);
  }

  submit(line: number, text: string): void {
    const seq = this.submitted++;
    this.pendingChars += text.length;
    this.charsOf.set(seq, text.length);
    this.queue.push({ seq, line, text });
    this.dispatch();
  }

  /** A result made without a worker (a line too long to hand over), kept in its place in the order. */
  submitDone(make: (seq: number) => Out): void {
    this.finish(make(this.submitted++));
  }

  /** Waits until every submitted line is written. */
  async drain(): Promise<void> {
    this.inputEnded = true;
    this.dispatch();
    while (this.nextSeq < this.submitted) {
      if (this.fatal) throw this.fatal;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    await this.writing;
  }

  /** Results written so far (in order). */
  get written(): number {
    return this.nextSeq;
  }

  /** Stops every worker; results not yet written are dropped (the finished prefix is already out). */
  async close(): Promise<void> {
    this.closed = true;
    this.wakeAll();
    await this.writing;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  get threads(): number {
    return this.size;
  }
}
