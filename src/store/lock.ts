// One writer per project: `<project>.lock` holds the owner's pid and host. SQLite alone would let a second
// instance write too (WAL allows it), and two workbenches interleaving undo histories would confuse both users.
// A lock whose process is gone (the app crashed or was killed) is stale and taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreError, reasonOf } from './errors';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface ProjectLock {
  path: string;
  release(): void;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A killed process whose parent has not reaped it yet still answers signal 0; on Linux its state says it is dead.
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(lockPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && typeof parsed.pid === 'number') {
      const record = parsed as Partial<LockOwner>;
      return { pid: parsed.pid, host: String(record.host ?? ''), since: String(record.since ?? '') };
    }
  } catch {
    // Unreadable or half-written (the owner died between creating and writing it): treated as stale.
  }
  return null;
}

/** Error codes that mean the folder cannot take a lock file because it is read-only. */
export const READ_ONLY_ERRNO = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Takes the lock or throws `locked`. Throws the raw errno error when the folder is not writable,
 * so the caller can fall back to opening read-only.
 */
export function acquireLock(projectPath: string): ProjectLock {
  const lockPath = `${projectPath}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      const sameHost = owner !== null && owner.host === me.host;
      if (owner !== null && (!sameHost || processAlive(owner.pid))) {
        const where = sameHost ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
        const self = owner.pid === process.pid && sameHost ? ' (this very process: close the other Project first)' : '';
        throw new StoreError(
          'locked',
          `The project ${projectPath} is already open in another bitext instance (${where}, since ${owner.since})${self}. ` +
            `Close it there, or open it read-only. If that instance is gone, delete ${lockPath}.`,
        );
      }
      try {
        rmSync(lockPath, { force: true });
      } catch (removeError) {
        throw new StoreError('locked', `The stale lock ${lockPath} cannot be removed (${reasonOf(removeError)}). Delete it by hand.`);
      }
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(me));
    } finally {
      closeSync(fd);
    }
    return {
      path: lockPath,
      release() {
        const owner = readOwner(lockPath);
        if (owner && owner.pid === me.pid && owner.host === me.host) rmSync(lockPath, { force: true });
      },
    };
  }
  throw new StoreError('locked', `The project ${projectPath} is being opened by another instance at this moment. Try again.`);
}
