// A file that appears whole or not at all: written to a temporary file in the target's folder, flushed to disk,
// then renamed over the target (or linked, when an existing file must not be replaced). A failed, full-disk or
// interrupted write leaves the target byte for byte as it was and removes its temporary file.
import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ServiceError } from './errors';

export interface WritableFile {
  /** May write less than asked (a disk that fills up does); the caller writes the rest. */
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file operations an export uses; tests replace them to inject faults such as a full disk. */
export interface ExportFileSystem {
  /** Opens a new file for writing; must fail if it exists (flags 'wx'). */
  create(path: string, mode: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Makes a rename in the folder durable; a no-op where folders cannot be synced. */
  syncFolder(path: string): Promise<void>;
}

export const nodeFileSystem: ExportFileSystem = {
  create: (path, mode) => open(path, 'wx', mode),
  rename,
  link,
  remove: (path) => rm(path, { force: true }),
  async syncFolder(path) {
    try {
      const handle = await open(path, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Some systems (Windows, some network file systems) cannot open or sync a folder; the rename itself stands.
    }
  },
};

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** An errno failure while writing `target`, as a message a person can act on. */
export function writeFailure(error: unknown, target: string): Error {
  if (error instanceof ServiceError) return error;
  const code = errnoOf(error);
  const kept = `Nothing was changed: any existing ${basename(target)} is as it was.`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ServiceError('bad_request', `The disk is full: ${target} could not be written (${code}). ${kept} Free some space, or choose another disk, and export again.`);
    case 'EACCES':
    case 'EPERM':
      return new ServiceError('bad_request', `No permission to write ${target} (${code}). ${kept} Choose a folder you can write to.`);
    case 'EROFS':
      return new ServiceError('bad_request', `${dirname(target)} is on a read-only disk. Choose a folder you can write to.`);
    case 'ENAMETOOLONG':
      return new ServiceError('bad_request', `The path ${target} is too long for this file system. Choose a shorter folder or file name.`);
    case 'ENOENT':
      return new ServiceError('not_found', `The folder ${dirname(target)} went away while the export ran. ${kept} Choose a folder that exists.`);
    case 'EISDIR':
      return new ServiceError('bad_request', `${target} is a folder; give a file name inside it.`);
    case 'EIO':
      return new ServiceError('bad_request', `The disk reported an input/output error writing ${target}. ${kept} Check the disk and export again.`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

export class AtomicFile {
  private handle: WritableFile | null;
  private constructor(
    readonly target: string,
    private readonly temp: string,
    handle: WritableFile,
    private readonly fs: ExportFileSystem,
  ) {
    this.handle = handle;
  }

  /** Starts a file that will become `target`; `mode` is for a new file (the umask applies). */
  static async begin(target: string, fs: ExportFileSystem = nodeFileSystem, mode = 0o666): Promise<AtomicFile> {
    // A short fixed-length name: the target's own name may already be as long as the file system allows.
    const temp = join(dirname(target), `.bitext-export-${randomBytes(6).toString('hex')}.part`);
    try {
      return new AtomicFile(target, temp, await fs.create(temp, mode), fs);
    } catch (error) {
      throw writeFailure(error, target);
    }
  }

  async write(data: Uint8Array): Promise<void> {
    const handle = this.handle;
    if (!handle) throw new Error(`${this.target}: write after the file was finished`);
    // A short write is not an error by itself: on a filling disk the next write is the one that says ENOSPC.
    for (let offset = 0; offset < data.length; ) {
      const { bytesWritten } = await handle.write(data.subarray(offset));
      if (bytesWritten <= 0) throw Object.assign(new Error(`ENOSPC: nothing more could be written to ${this.temp}`), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
  }

  /** Flushes the data to disk and closes the temporary file; the target is not touched yet. */
  async finish(): Promise<void> {
    const handle = this.handle;
    if (!handle) return;
    await handle.sync();
    this.handle = null;
    await handle.close();
  }

  /** Puts the finished file in place. Without `overwrite` an existing target, even one created meanwhile, is kept. */
  async publish(overwrite: boolean): Promise<void> {
    if (overwrite) {
      await this.fs.rename(this.temp, this.target);
    } else {
      const exists = () => new ServiceError('conflict', `${this.target} already exists; choose another file name, or pass overwrite: true (--overwrite) to replace it.`);
      try {
        // link() fails when the target exists, so no file created since the check is replaced.
        await this.fs.link(this.temp, this.target);
        await this.fs.remove(this.temp);
      } catch (error) {
        const code = errnoOf(error);
        if (code === 'EEXIST') throw exists();
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        // A file system without hard links (FAT, some network shares): check, then rename.
        if (await stat(this.target).then(() => true, () => false)) throw exists();
        await this.fs.rename(this.temp, this.target);
      }
    }
    await this.fs.syncFolder(dirname(this.target));
  }

  /** Gives up: closes and removes the temporary file. Never throws. */
  async discard(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
    await this.fs.remove(this.temp).catch(() => undefined);
  }
}
