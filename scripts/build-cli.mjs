// Bundles the `bitext` command line into dist-cli/ so it starts as plain JavaScript (tsx stays a development tool).
// Code splitting keeps `bitext --help` from parsing the aligner, the store or the server: each subcommand's code
// is a chunk loaded when that command runs. The batch worker is a second entry (worker_threads needs a file).
// better-sqlite3 stays outside: it is native, and the store requires it only on a Node without node:sqlite.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUT = join(ROOT, 'dist-cli');

// src/cli/paths.ts finds the checkout from its own URL (two folders up from src/cli/); in the bundle that code sits
// in the output folder, so its URL is rewritten to the place the source file has, relative to that folder.
const checkoutRelativePaths = (outdir) => ({
  name: 'checkout-relative-paths',
  setup(b) {
    b.onLoad({ filter: /src[\\/]cli[\\/]paths\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const fromBundle = JSON.stringify(relative(outdir, args.path).split(sep).join('/'));
      return { contents: source.replaceAll('import.meta.url', `new URL(${fromBundle}, import.meta.url).href`), loader: 'ts' };
    });
  },
});

/** Builds into `outdir` (dist-cli/ by default; tests build elsewhere so they never replace the one in use). */
export async function buildCli(outdir = CLI_OUT) {
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    // The review worker of `bitext serve` (src/services/reviewJobs.ts starts it from beside the chunks).
    entryPoints: { bitext: 'src/cli/main.ts', 'review-worker': 'src/services/reviewWorker.ts', 'batch-worker': 'src/cli/batch/worker.ts' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['better-sqlite3', 'electron', 'vite'],
    // Bundled CommonJS packages call require(); ESM output has none unless it is made here.
    banner: { js: "import { createRequire as __bitextRequire } from 'node:module'; const require = __bitextRequire(import.meta.url);" },
    plugins: [checkoutRelativePaths(outdir)],
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules'))
    .map((p) => relative(ROOT, join(ROOT, p)));
  await writeFile(join(outdir, 'inputs.json'), JSON.stringify({ builtAt: Date.now(), inputs: [...inputs, 'scripts/build-cli.mjs', 'package.json'] }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
