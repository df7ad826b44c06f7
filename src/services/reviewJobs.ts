// Reviews off the request thread. A review of a large project takes seconds; the editor asks for findings after
// every action, so the request thread answers at once with the newest finished review (saying whether it is
// current) and a worker thread computes the next one. Runs are coalesced per selection: at most one running and
// one queued, each reading the project as it is when it starts. Only the very first ask of a selection waits, and
// asks whose review is quick (a small project: its last run took at most `quickRunMs`) wait for the current one,
// so small projects answer as before, always current.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Project } from '../store';
import type { ProjectReview } from './review';
import type { ReviewReply, ReviewRequest } from './reviewProtocol';

/** Whether an answer is the project as it is now. */
export interface ReviewFreshness {
  /** True when the project changed since this review was computed. */
  stale: boolean;
  /** True while a newer review of the same selection is being computed (or waits its turn). */
  running: boolean;
}

export interface KeptReview extends ReviewFreshness {
  review: ProjectReview;
}

/** The last run of the worker, for diagnostics and the bench. */
export interface ReviewRunInfo {
  ms: number;
  /** Documents read from the file in that run, and documents whose rows were kept from an earlier run. */
  reloaded: number;
  kept: number;
  /** Only links' states had changed: the counts were redone, not the checks. */
  restated: boolean;
  /** Rows read from the file, and rows whose checks ran (the others' results were kept): the work of the run. */
  rowsRead: number;
  rowsChecked: number;
}

/** Selections kept at once (the editor's page, the review view's corpus, a few filtered ones). */
const KEPT_SELECTIONS = 16;

/**
 * The worker beside this module: the compiled file next to the bundle (the CLI's ESM chunks, Electron's CommonJS
 * main), or, from the checkout, the TypeScript source through tsx, whose loader must be registered inside the
 * thread (a worker does not inherit the main thread's hooks).
 */
export function startReviewWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith('.mjs')) return new Worker(new URL('./review-worker.mjs', here));
  if (here.endsWith('.cjs')) return new Worker(new URL('./review-worker.cjs', here));
  const api = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const source = new URL('./reviewWorker.ts', here).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

/** `at`: the history id the answer must include (0 for any finished review). */
/** The reviewer was closed (the workbench is closing): not a failure of the review, nothing to report. */
export class ReviewerClosed extends Error {}

type Waiter = { at: number; resolve: (kept: KeptReview) => void; reject: (error: Error) => void };

/** Runs this quick are waited for rather than answered from the kept review (the findings panel may wait this long). */
export const QUICK_RUN_MS = 1000;

export class BackgroundReviewer {
  private worker: Worker | null = null;
  private readonly kept = new Map<string, { at: number; review: ProjectReview }>();
  /** Selections waiting for a run, in the order asked (a Map keeps each once: asking again does not queue twice). */
  private readonly queued = new Map<string, readonly number[] | undefined>();
  private running: { id: number; key: string } | null = null;
  private readonly waiters = new Map<string, Waiter[]>();
  private nextId = 1;
  private closed = false;
  /** Why the worker last stopped unasked, if it did. */
  problem: string | null = null;
  lastRun: ReviewRunInfo | null = null;
  /** How long each selection's last run took. */
  private readonly runMs = new Map<string, number>();

  constructor(
    private readonly project: Project,
    private readonly start: () => Worker = startReviewWorker,
    /** A selection whose last run took at most this long is answered current (0: always answer at once). */
    public quickRunMs = QUICK_RUN_MS,
  ) {}

  /** True while the worker is computing a review (and so has the project file open). */
  get busy(): boolean {
    return this.running !== null;
  }

  /** The newest finished review of the selection; waits only when there is none yet. */
  get(pages?: readonly number[]): Promise<KeptReview> {
    if (this.closed) return Promise.reject(new ReviewerClosed('The workbench is closing; reviews are no longer computed. Open the project again to review it.'));
    const key = JSON.stringify(pages ?? null);
    const known = this.kept.get(key);
    const at = this.now();
    if (known && known.at === at) return Promise.resolve({ review: known.review, stale: false, running: false });
    this.queued.set(key, pages);
    this.pump();
    const quick = (this.runMs.get(key) ?? Infinity) <= this.quickRunMs;
    if (known && !quick) return Promise.resolve({ review: known.review, stale: true, running: true });
    return new Promise((resolve, reject) => this.waiters.set(key, [...(this.waiters.get(key) ?? []), { at: known ? at : 0, resolve, reject }]));
  }

  /** Stops the worker; resolves when its thread (and its connection to the project file) is gone. */
  close(): Promise<void> {
    this.closed = true;
    this.queued.clear();
    this.failWaiters(new ReviewerClosed('The workbench closed before the review finished. Open the project again to review it.'));
    const worker = this.worker;
    this.worker = null;
    this.running = null;
    return worker ? worker.terminate().then(() => undefined) : Promise.resolve();
  }

  private now(): number {
    return this.project.history(1)[0]?.id ?? 0;
  }

  private pump(): void {
    if (this.running || this.closed) return;
    const at = this.now();
    for (const [key, pages] of this.queued) {
      this.queued.delete(key);
      // Asked again after a run already caught up with the project: nothing to do for this one.
      if (this.kept.get(key)?.at === at) continue;
      const request: ReviewRequest = { id: this.nextId++, path: this.project.path, pages };
      this.running = { id: request.id, key };
      const worker = this.ensureWorker();
      // A run keeps the process alive (a script awaiting its review); an idle worker does not.
      worker.ref();
      worker.postMessage(request);
      return;
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.on('message', (reply: ReviewReply) => this.finish(reply));
    worker.on('error', (error: Error) => this.crashed(worker, error.message));
    worker.on('exit', (code) => this.crashed(worker, `the thread exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  private finish(reply: ReviewReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    this.running = null;
    this.worker?.unref();
    if (reply.ok) {
      this.lastRun = { ms: reply.ms, reloaded: reply.reloaded, kept: reply.kept, restated: reply.restated, rowsRead: reply.rowsRead, rowsChecked: reply.rowsChecked };
      this.runMs.set(running.key, reply.ms);
      if (!this.kept.has(running.key) && this.kept.size >= KEPT_SELECTIONS) this.kept.delete(this.kept.keys().next().value ?? '');
      this.kept.set(running.key, { at: reply.at, review: reply.review });
      const stale = reply.at !== this.now();
      const waiting = this.takeWaiters(running.key);
      // A quick ask made after this run began waits for the queued one, which includes its change.
      const later = waiting.filter((w) => w.at > reply.at && this.queued.has(running.key));
      if (later.length > 0) this.waiters.set(running.key, later);
      for (const w of waiting) if (!later.includes(w)) w.resolve({ review: reply.review, stale, running: this.queued.has(running.key) });
    } else {
      for (const w of this.takeWaiters(running.key)) w.reject(new Error(`The review of ${this.project.path} failed: ${reply.message}`));
    }
    this.pump();
  }

  /** A worker that died is reported to whoever waits and replaced at the next ask; the workbench goes on. */
  private crashed(worker: Worker, reason: string): void {
    if (worker !== this.worker || this.closed) return;
    this.worker = null;
    this.running = null;
    this.problem = `The background review stopped (${reason}).`;
    // Nothing is retried unasked: a worker that cannot start would otherwise be restarted over and over.
    this.queued.clear();
    this.failWaiters(new Error(`${this.problem} It starts again at the next request; if it keeps stopping, run "bitext qa --project ${this.project.path}" to see the error.`));
    void worker.terminate();
  }

  private takeWaiters(key: string): Waiter[] {
    const list = this.waiters.get(key) ?? [];
    this.waiters.delete(key);
    return list;
  }

  private failWaiters(error: Error): void {
    for (const key of [...this.waiters.keys()]) for (const w of this.takeWaiters(key)) w.reject(error);
  }
}
