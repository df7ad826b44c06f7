// Reading a file a person named, without letting the file decide how much memory or time that takes: only
// regular files, refused before reading when over the limit, and never more than limit + 1 bytes read even if
// the file grows meanwhile. A FIFO, a device such as /dev/zero or a socket would otherwise hang or fill memory.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

export type ReadRefusal = 'not_found' | 'not_a_file' | 'too_large' | 'unreadable';

/** Why a file was not read; `reason` is the sentence after the path, `message` has the path in front. */
export class ReadRefused extends Error {
  constructor(
    readonly path: string,
    readonly kind: ReadRefusal,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ReadRefused';
  }
}

const MB = 1024 * 1024;

/** For reads with no limit of their own (corpus files, aligner inputs): large corpora fit, /dev/zero does not. */
export const DEFAULT_READ_LIMIT = 256 * MB;

export function describeSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`;
}

function whatItIs(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  return 'not a regular file';
}

function refuseKind(path: string, s: Stats): never {
  throw new ReadRefused(path, 'not_a_file', `is ${whatItIs(s)}, not a regular file; name a file`);
}

function tooLarge(path: string, size: number | 'grew', limit: number): never {
  const what = size === 'grew' ? 'the file grew past' : `the file is ${describeSize(size)}, over`;
  throw new ReadRefused(path, 'too_large', `${what} the ${describeSize(limit)} limit; split it into smaller files`);
}

function systemReason(error: unknown): { kind: ReadRefusal; reason: string } {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'not_found', reason: 'no such file; check the path' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'unreadable', reason: 'permission denied; check that you may read it' };
  if (code === 'ELOOP') return { kind: 'unreadable', reason: 'too many symbolic links; name the file itself' };
  return { kind: 'unreadable', reason: `cannot be read (${error instanceof Error ? error.message : String(error)})` };
}

/** What `stat` says about a path, as a refusal with a reason when it cannot be read at all. */
export async function statPath(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (error) {
    const { kind, reason } = systemReason(error);
    throw new ReadRefused(path, kind, reason);
  }
}

/** Refuses, before any read, what `stat` shows is not a regular file or is over `limit` bytes. */
export function checkReadable(path: string, found: Stats, limit: number): void {
  if (!found.isFile()) refuseKind(path, found);
  if (found.size > limit) tooLarge(path, found.size, limit);
}

/** The whole content of a regular file of at most `limit` bytes; anything else is a ReadRefused naming the path. */
export async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  checkReadable(path, await statPath(path), limit);
  // O_NONBLOCK: if a FIFO was swapped in after the stat, opening it must not wait for a writer.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const { kind, reason } = systemReason(error);
    throw new ReadRefused(path, kind, reason);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) refuseKind(path, opened);
    // Room for one byte past the size: reading it means the file grew since the stat; growth stops at limit + 1.
    let data = new Uint8Array(Math.min(limit, opened.size) + 1);
    let filled = 0;
    for (;;) {
      if (filled === data.length) {
        if (filled > limit) tooLarge(path, 'grew', limit);
        const grown = new Uint8Array(Math.min(limit + 1, data.length * 2));
        grown.set(data);
        data = grown;
      }
      const { bytesRead } = await handle.read(data, filled, data.length - filled, null);
      if (bytesRead === 0) return data.subarray(0, filled);
      filled += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
