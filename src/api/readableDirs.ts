// Which server-side paths a caller may make the app read. Over HTTP the token is the whole of a person's power, so
// it reaches only the folders the person opened or named (`bitext serve --allow-dir DIR`); the window and the
// command line read what the person chose in a dialog or typed.
import { realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { ApiError } from './errors';
import type { AppState } from './state';

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export function resolveReadableDirs(dirs: readonly string[]): string[] {
  return dirs.map(real);
}

/** Refuses a path outside the readable folders, naming the field and what to do. */
export function checkReadablePath(state: AppState, path: string, field: string): void {
  if (state.readableDirs === null) return;
  const target = real(path);
  const inside = state.readableDirs.some((dir) => target === dir || target.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  if (inside) return;
  const allowed = state.readableDirs.length ? `the folders it may read (${state.readableDirs.join(', ')})` : 'any folder it may read (none was named)';
  throw new ApiError(
    'forbidden',
    `field "${field}": ${path} is outside ${allowed}. Start the server with "bitext serve --allow-dir DIR" to import from DIR, or drop the files onto the window: they are sent, not read from the server's disk.`,
  );
}
