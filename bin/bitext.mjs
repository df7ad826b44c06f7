#!/usr/bin/env node
// Runs the compiled command line (dist-cli/, built by scripts/build-cli.mjs at `npm install`) when it is there and
// no newer than the sources it was built from; otherwise the TypeScript straight from the checkout through tsx, so
// a checkout being edited never runs stale code. BITEXT_CLI=source|built forces one (tests, benchmarks).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-cli', 'bitext.mjs');

function builtIsCurrent() {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(root, 'dist-cli', 'inputs.json'), 'utf8'));
    statSync(built);
    // A source deleted since the build also means rebuild: statSync throws, and the catch says "not current".
    return inputs.every((file) => statSync(join(root, file)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

const mode = process.env.BITEXT_CLI;
let runCli;
if (mode === 'built' || (mode !== 'source' && builtIsCurrent())) {
  ({ runCli } = await import(pathToFileURL(built).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
