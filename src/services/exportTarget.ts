// Where an export may write. Whoever holds the API token, or a person who mistypes a path, must not be able to
// turn an export into a way to destroy the project: its database, write-ahead log, shared memory, journal, lock
// and backups are refused by name, by identity (the same file reached through a link or another spelling) and by
// content (any SQLite database). Everything is resolved first, so `..` and symbolic links cannot hide a target.
import { open, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ServiceError } from './errors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Linux's PATH_MAX less the terminating NUL, and NAME_MAX; other systems allow no more. */
const MAX_PATH_BYTES = 4095;
const MAX_NAME_BYTES = 255;

/** BCP-47-like: a primary language of 2–3 lowercase letters, then subtags. Nothing that can climb folders or hide a file. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const PROJECT_FILES: Array<{ suffix: string; what: string }> = [
  { suffix: '', what: 'database file' },
  { suffix: '-wal', what: 'write-ahead log (-wal)' },
  { suffix: '-shm', what: 'shared-memory file (-shm)' },
  { suffix: '-journal', what: 'rollback journal (-journal)' },
  { suffix: '.lock', what: 'lock file (.lock)' },
];

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** A file name made from a language code must be a language code; `where` names the unit or page it came from. */
export function checkFileLanguage(lang: string, where: string): string {
  if (!LANGUAGE_CODE.test(lang))
    throw new ServiceError(
      'bad_request',
      `Moses names its two files after the languages, and ${where} has the language ${JSON.stringify(lang)}, which is not a language code (such as de, vi or zh-Hant). Correct that language, or export as TMX, XLIFF, TSV or JSONL.`,
    );
  return lang;
}

async function realFolder(folder: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT') throw new ServiceError('not_found', `The folder ${folder} does not exist. Create it first, or choose a folder that exists.`);
    if (code === 'ENOTDIR') throw new ServiceError('bad_request', `${folder} is not a folder: a part of that path is a file. Choose a folder that exists.`);
    if (code === 'EACCES') throw new ServiceError('bad_request', `The folder ${folder} cannot be opened (no permission). Choose a folder you can write to.`);
    if (code === 'ELOOP') throw new ServiceError('bad_request', `The folder ${folder} is a loop of symbolic links. Choose another folder.`);
    throw error;
  }
  if (!(await stat(real)).isDirectory()) throw new ServiceError('bad_request', `${folder} is a file, not a folder. Choose a folder to write into.`);
  return real;
}

/** The project's own files as they are now (backups included), to catch the same file reached under another name. */
async function projectFileStats(projectReal: string): Promise<Array<{ path: string; stats: Stats }>> {
  const folder = dirname(projectReal);
  const name = basename(projectReal);
  let siblings: string[] = [];
  try {
    siblings = (await readdir(folder)).filter((f) => f.startsWith(`${name}.bak-`));
  } catch {
    // An unreadable folder only means no backups to compare by identity; the names are still checked.
  }
  const paths = [...PROJECT_FILES.map((p) => projectReal + p.suffix), ...siblings.map((f) => join(folder, f))];
  const out: Array<{ path: string; stats: Stats }> = [];
  for (const path of paths) {
    try {
      out.push({ path, stats: await stat(path) });
    } catch {
      // Not there at the moment: only its name can be checked.
    }
  }
  return out;
}

function projectFileNamed(target: string, projectPaths: string[]): string | null {
  // Compared without case: on macOS and Windows `P.BITEXT-WAL` is the project's log.
  const t = target.toLowerCase();
  for (const project of projectPaths) {
    const p = project.toLowerCase();
    for (const { suffix, what } of PROJECT_FILES) if (t === p + suffix) return what;
    if (t.startsWith(`${p}.bak-`)) return 'backup (.bak-*)';
  }
  return null;
}

async function startsAsSqlite(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    // A file that cannot be read cannot be shown not to be a database: better refused than replaced blind.
    throw new ServiceError('bad_request', `${path} exists and cannot be read (${errnoOf(error) ?? String(error)}), so it is not replaced. Choose another file name.`);
  });
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_HEADER);
  } finally {
    await handle.close();
  }
}

function checkShape(path: string): string {
  if (path.includes('\0')) throw new ServiceError('bad_request', `The export path ${JSON.stringify(path)} contains a NUL character (\\u0000), which no file name can hold. Type the path again.`);
  const absolute = resolve(path);
  const bytes = Buffer.byteLength(absolute);
  if (bytes > MAX_PATH_BYTES) throw new ServiceError('bad_request', `The export path is ${bytes} bytes long; the longest path allowed is ${MAX_PATH_BYTES}. Choose a shorter folder or file name (it starts ${absolute.slice(0, 60)}…).`);
  const name = basename(absolute);
  if (/[/\\]$/.test(path) || name === '') throw new ServiceError('bad_request', `${path} names a folder; add a file name, such as ${join(absolute, 'corpus.tmx')}.`);
  const nameBytes = Buffer.byteLength(name);
  if (nameBytes > MAX_NAME_BYTES) throw new ServiceError('bad_request', `The file name ${name.slice(0, 40)}… is ${nameBytes} bytes long; at most ${MAX_NAME_BYTES} are allowed. Choose a shorter name.`);
  return absolute;
}

/**
 * Checks one file an export is about to write and returns its real path (links and `..` resolved): the file the
 * export will replace. Throws an ServiceError naming the path and what to do when the export must not write there.
 */
export async function checkExportTarget(path: string, projectPath: string): Promise<string> {
  const absolute = checkShape(path);
  const folder = await realFolder(dirname(absolute));
  let target = join(folder, basename(absolute));
  let stats: Stats | null = null;
  try {
    // stat follows links: a link to the project is the project.
    stats = await stat(target);
    target = await realpath(target);
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ELOOP') throw new ServiceError('bad_request', `${path} is a loop of symbolic links. Choose another file name.`);
    if (code !== 'ENOENT') throw error;
  }
  const projectReal = await realpath(projectPath).catch(() => resolve(projectPath));
  const named = projectFileNamed(target, [projectReal, resolve(projectPath)]);
  if (named) throw new ServiceError('conflict', `${path} is the open project's ${named} (project ${projectPath}); an export never writes over the project's own files. Choose another file name.`);
  if (!stats) return target;
  if (stats.isDirectory()) throw new ServiceError('bad_request', `${path} is a folder; give a file name inside it, such as ${join(target, 'corpus.tmx')}.`);
  if (!stats.isFile()) throw new ServiceError('bad_request', `${path} is not a regular file (a device, pipe or socket); an export writes only regular files. Choose another file name.`);
  for (const own of await projectFileStats(projectReal)) {
    if (own.stats.dev === stats.dev && own.stats.ino === stats.ino)
      throw new ServiceError('conflict', `${path} is the same file as the project's ${own.path}; an export never writes over the project's own files. Choose another file name.`);
  }
  if (await startsAsSqlite(target))
    throw new ServiceError('conflict', `${path} is an SQLite database (perhaps a bitext project); an export never replaces a database. Choose another file name.`);
  return target;
}
