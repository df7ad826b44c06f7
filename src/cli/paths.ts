// Where the checkout's own files are, wherever the command is started from, and where projects live.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_CORPUS = join(PROJECT_ROOT, 'seeds');
export const UI_DIR = join(PROJECT_ROOT, 'dist', 'renderer');

/** The project opened when none is named: $BITEXT_PROJECT, else the user's data folder (XDG on Linux). */
export function defaultProjectPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.BITEXT_PROJECT) return env.BITEXT_PROJECT;
  const dataHome = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'bitext', 'workbench.bitext');
}

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
