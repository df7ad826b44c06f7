// Bundles Electron's main process and preload into CommonJS files Electron loads directly.
// better-sqlite3 stays outside the bundle and is required only on a Node without node:sqlite: Electron's Node has
// it, so the desktop app never loads a native module built for the system Node (nothing to rebuild).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', 'better-sqlite3', 'vite'], logLevel: 'warning' };

/** Options for a bundle that runs in Electron's main process (also used by the test that runs one under Node 22). */
export const mainProcessOptions = {
  ...common,
  // The store finds better-sqlite3 relative to its own module URL; in CommonJS that is the bundle's file.
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ ...mainProcessOptions, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' });
  // The review worker (src/services/reviewJobs.ts starts it from beside main.cjs).
  await build({ ...mainProcessOptions, entryPoints: ['src/services/reviewWorker.ts'], outfile: 'dist-electron/review-worker.cjs' });
  // The sandboxed preload may only require 'electron': it bundles everything else in.
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' });
}
