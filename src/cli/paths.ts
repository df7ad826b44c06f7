// Where the checkout's own files are, wherever the command is started from.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLE_CORPUS = join(PROJECT_ROOT, 'seeds');
export const UI_DIR = join(PROJECT_ROOT, 'dist', 'renderer');

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}
