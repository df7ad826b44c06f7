// A worker thread of the pool (pool.ts): `bitext batch align` records (alignTask.ts) or `bitext import` files
// (importTask.ts). Each message is a batch of tasks, answered with one message holding their results in order;
// batches are done one after the other, so answers come back in the order the batches came.
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolConfig, TaskIn } from './protocol';

const config = workerData as PoolConfig;
// Messages wait in the port until the listener below is attached, so nothing is lost while the handler loads.
const handle: (task: TaskIn) => unknown | Promise<unknown> =
  config.kind === 'import' ? (await import('./importTask')).importTask : await (await import('./alignTask')).alignTaskHandler(config);

let previous: Promise<void> = Promise.resolve();
parentPort?.on('message', (batch: TaskIn[]) => {
  previous = previous.then(async () => {
    const outs: unknown[] = [];
    for (const task of batch) outs.push(await handle(task));
    parentPort?.postMessage(outs);
  });
});
