// A pool of worker threads that hands out input lines and gives results back in input order. Memory is bounded by
// the window (lines read but not yet written), not by the input: `room()` waits while the window is full, and the
// window only moves when the writer has taken the oldest result, so a slow stdout slows the reading.
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

/** `Out` is what the worker posts back for one task; the worker does what `config.kind` says (worker.ts). */
export class OrderedPool<Out extends { seq: number }> {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, TaskIn>();
  private readonly queue: TaskIn[] = [];
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
  ) {
    for (let k = 0; k < size; k++) this.spawn();
  }

  private spawn(): void {
    const w = startWorker(this.config);
    w.on('message', (out: Out) => {
      this.worked.add(w);
      this.deadOnArrival = 0;
      this.busy.delete(w);
      this.idle.push(w);
      this.finish(out);
      this.dispatch();
    });
    w.on('error', (e) => this.lose(w, e.message));
    w.on('exit', (code) => this.lose(w, `the worker thread exited with code ${code}`));
    this.workers.push(w);
    this.idle.push(w);
  }

  private lose(w: Worker, reason: string): void {
    const i = this.workers.indexOf(w);
    if (i < 0) return;
    this.workers.splice(i, 1);
    const j = this.idle.indexOf(w);
    if (j >= 0) this.idle.splice(j, 1);
    const task = this.busy.get(w);
    this.busy.delete(w);
    if (this.closed) return;
    if (task) this.finish(this.crashed(task, reason));
    if (!this.worked.has(w) && ++this.deadOnArrival >= 3) {
      this.fatal = new Error(`the worker threads cannot start (${reason})`);
      this.wakeAll();
      return;
    }
    this.spawn();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const task = this.queue.shift() as TaskIn;
      this.busy.set(w, task);
      w.postMessage(task);
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
    while (this.submitted - this.nextSeq >= this.window && !this.closed) {
      if (this.fatal) throw this.fatal;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.fatal) throw this.fatal;
  }

  submit(line: number, text: string): void {
    this.queue.push({ seq: this.submitted++, line, text });
    this.dispatch();
  }

  /** A result made without a worker (a line too long to hand over), kept in its place in the order. */
  submitDone(make: (seq: number) => Out): void {
    this.finish(make(this.submitted++));
  }

  /** Waits until every submitted line is written. */
  async drain(): Promise<void> {
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
