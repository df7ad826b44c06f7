// The review worker loads from the bundles people run, not only from the sources under tsx: the compiled CLI
// (`bitext serve`, ESM chunks from scripts/build-cli.mjs) and the desktop app's main process (CommonJS with the
// options of scripts/build-electron.mjs, here run by Node without Electron).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewProject } from '../../src/services/review';
import { openProject } from '../../src/store';
import { makeLongProject } from './review-background-project';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.bitext-tmp', `review-worker-build-${process.pid}`);
const ROWS = 2_000;

let project: { path: string; documentId: number };
/** The findings a review computed here, in this thread, shows. */
let expected: number;
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  project = makeLongProject(ROWS);
  const reader = openProject(project.path, { readOnly: true });
  try {
    expected = reviewProject(reader).findings.filter((f) => !f.ignored).length;
  } finally {
    reader.close();
  }
  expect(expected).toBeGreaterThan(ROWS / 50);
}, 60_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(dirname(project.path), { recursive: true, force: true });
});

describe('the review worker in a bundle', () => {
  it('runs under the compiled CLI: bitext serve answers review.findings', async () => {
    const cli = join(OUT, 'cli');
    const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build-cli.mjs')).href)) as { buildCli: (out: string) => Promise<void> };
    await buildCli(cli);
    writeFileSync(join(cli, 'run.mjs'), "const { runCli } = await import('./bitext.mjs');\nprocess.exitCode = await runCli(process.argv.slice(2));\n");
    const child = spawn(process.execPath, [join(cli, 'run.mjs'), 'serve', '--api-only', '--no-samples', '--project', project.path, '--port', '0'], { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
          if (found) resolve(new URL(found[0]));
        });
        child.on('exit', (code) => reject(new Error(`bitext serve exited with ${code} before serving`)));
      });
      const response = await fetch(new URL('/api/review.findings', url), {
        method: 'POST',
        headers: { authorization: `Bearer ${url.searchParams.get('token')}`, 'content-type': 'application/json' },
        body: JSON.stringify({ pages: [project.documentId] }),
      });
      const body = (await response.json()) as { total: number; stale: boolean };
      expect(response.status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ total: expected, stale: false });
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);

  it("runs in the desktop app's CommonJS main-process bundle", async () => {
    const desktop = join(OUT, 'desktop');
    const { build } = await import('esbuild');
    const { mainProcessOptions } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build-electron.mjs')).href)) as { mainProcessOptions: Record<string, unknown> };
    // A stand-in for electron/main.ts: the same workbench, without a window.
    const entry = join(OUT, 'main.ts');
    writeFileSync(
      entry,
      `import { createWorkbench } from ${JSON.stringify(join(ROOT, 'src', 'api', 'workbench'))};
async function main(): Promise<void> {
  const workbench = await createWorkbench({ projectPath: process.argv[2]!, sampleCorpus: null, transport: 'electron', version: 'test' });
  const { review } = await workbench.state.reviews.get();
  console.log(JSON.stringify({ findings: review.findings.filter((f) => !f.ignored).length }));
  await workbench.close();
}
void main();
`,
    );
    await build({ ...mainProcessOptions, entryPoints: [entry], outfile: join(desktop, 'main.cjs') });
    // Exactly the line scripts/build-electron.mjs has for the worker.
    await build({ ...mainProcessOptions, entryPoints: [join(ROOT, 'src', 'services', 'reviewWorker.ts')], outfile: join(desktop, 'review-worker.cjs') });
    const run = spawnSync(process.execPath, [join(desktop, 'main.cjs'), project.path], { encoding: 'utf8', cwd: '/' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ findings: expected });
  }, 180_000);
});
