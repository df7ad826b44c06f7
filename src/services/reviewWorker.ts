// The review worker thread: computes reviews of the project file off the request thread, one at a time, and posts
// each back with the history id it reflects. A failed review is a reply, not the end of the thread.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ReviewReply, ReviewRequest } from './reviewProtocol';
import { ReviewSnapshots } from './reviewSnapshot';

/**
 * A review is background work: on Linux this thread gets a lower priority than the request thread, so an action's
 * answer does not share the CPU equally with a review (on two cores, with Chromium drawing, that shows). Linux names
 * the thread's id in /proc/thread-self; elsewhere the thread keeps the process's priority.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: reviews still run, at the same priority.
  }
}

yieldToRequests();
const snapshots = new ReviewSnapshots();

parentPort?.on('message', (request: ReviewRequest) => {
  const started = performance.now();
  let reply: ReviewReply;
  try {
    reply = { id: request.id, ok: true, ...snapshots.review(request.path, request.pages), ms: performance.now() - started };
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
