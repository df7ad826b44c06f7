// A worker thread of the pool (pool.ts): `bitext batch align` records (alignTask.ts) or `bitext import` files
// (importTask.ts), one task at a time, each answered with one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolConfig, TaskIn } from './protocol';

const config = workerData as PoolConfig;
// Messages wait in the port until the listener below is attached, so nothing is lost while the handler loads.
const handle: (task: TaskIn) => unknown | Promise<unknown> =
  config.kind === 'import' ? (await import('./importTask')).importTask : await (await import('./alignTask')).alignTaskHandler(config);

parentPort?.on('message', (task: TaskIn) => {
  void Promise.resolve(handle(task)).then((out) => parentPort?.postMessage(out));
});
