// The worker pool of `bitext batch align`: records travel to the threads several to a message, results come back in
// input order, and a thread that stops in the middle of a batch costs no record that did not stop it.
import { PassThrough, Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchAlign } from '../../src/cli/batch/align';
import { packageVersion } from '../../src/cli/paths';
import { OrderedPool, type PoolShape } from '../../src/cli/batch/pool';
import type { TaskIn, TaskOut, WorkerConfig } from '../../src/cli/batch/protocol';
import { DEFAULT_LIMITS } from '../../src/cli/batch/record';
import { corpusJsonl, floresDocuments } from './tools/batch-corpus';

const GOOD = corpusJsonl(floresDocuments({ documents: 12, sentences: 8, seed: 5 }));
const LINES = GOOD.trimEnd().split('\n');

async function viaCommand(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await batchAlign(args, { stdin: Readable.from([Buffer.from(GOOD)]), stdout, stderr: () => undefined });
  expect(code).toBe(0);
  return out;
}

const config: WorkerConfig = {
  format: 'jsonl',
  minScore: 0,
  limits: DEFAULT_LIMITS,
  aligner: { name: 'bitext', version: packageVersion() },
  lexiconPath: null,
  skipIds: [],
  skipLines: [],
};

afterEach(() => vi.restoreAllMocks());

describe('batch worker pool', () => {
  it('hands the threads several records a message', async () => {
    const posted = vi.spyOn(Worker.prototype, 'postMessage');
    const out = await viaCommand(['--jobs', '1']);
    expect(out.split('\n').filter(Boolean)).toHaveLength(LINES.length);
    // One message per record would be 12; four to a message, with the first going alone to start the thread, is 4.
    expect(posted.mock.calls.length).toBeLessThanOrEqual(LINES.length / 2);
    const sizes = posted.mock.calls.map(([batch]) => (batch as TaskIn[]).length);
    expect(Math.max(...sizes)).toBe(4);
  }, 120_000);

  it('re-runs the records of a thread that stopped mid-batch one by one, and writes what an undisturbed run writes', async () => {
    const expected = await viaCommand(['--jobs', '1']);
    const outs: TaskOut[] = [];
    const crashed = vi.fn((task: TaskIn, reason: string): TaskOut => ({ seq: task.seq, skipped: false, ok: false, out: `crashed ${reason}\n`, second: '', err: '' }));
    const shape: PoolShape = { batch: 4, batchChars: 1 << 20, depth: 2, windowChars: 1 << 24 };
    const pool = new OrderedPool<TaskOut>(1, 24, config, async (r) => void outs.push(r), crashed, shape);
    const post = Worker.prototype.postMessage;
    let stopped = false;
    // A third message goes out once the first (one record, to start the thread) is answered: the thread is then in
    // the middle of the second (four records) and holds the third. It is stopped right there.
    const posted = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, batch: unknown) {
      post.call(this, batch);
      if (posted.mock.calls.length === 3 && !stopped) {
        stopped = true;
        void this.terminate();
      }
    });
    try {
      for (const [k, text] of LINES.entries()) {
        await pool.room();
        pool.submit(k + 1, text);
      }
      await pool.drain();
    } finally {
      await pool.close();
    }
    expect(stopped).toBe(true);
    const sizes = posted.mock.calls.map(([batch]) => (batch as TaskIn[]).length);
    expect(sizes.slice(0, 3)).toEqual([1, 4, 4]);
    // Any of the four may have stopped the thread, so each goes again alone; none of them did, so none fails.
    expect(sizes.slice(3, 7)).toEqual([1, 1, 1, 1]);
    expect(crashed).not.toHaveBeenCalled();
    expect(outs.map((o) => o.seq)).toEqual(LINES.map((_, k) => k));
    expect(outs.map((o) => o.out).join('')).toBe(expected);
  }, 120_000);
});
