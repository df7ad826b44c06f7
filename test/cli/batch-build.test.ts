// The compiled command line (scripts/build-cli.mjs): built into a folder of its own, it answers --help without
// loading the commands, finds the checkout (version, samples), and its batch worker threads give the same bytes as
// the TypeScript run through tsx.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusJsonl, floresDocuments } from './tools/batch-corpus';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.bitext-tmp', `cli-build-${process.pid}`);
const input = join(OUT, 'corpus.jsonl');

/** Runs the built entry's runCli in a fresh Node, as bin/bitext.mjs does. */
function built(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(OUT, 'run.mjs'), ...args], { encoding: 'utf8', cwd: '/' });
}

beforeAll(async () => {
  const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build-cli.mjs')).href)) as { buildCli: (out: string) => Promise<void> };
  await buildCli(OUT);
  writeFileSync(join(OUT, 'run.mjs'), "const { runCli } = await import('./bitext.mjs');\nprocess.exitCode = await runCli(process.argv.slice(2));\n");
  writeFileSync(input, corpusJsonl(floresDocuments({ documents: 10, sentences: 12, seed: 8 })));
}, 120_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('compiled bitext', () => {
  it('is split per command and has a worker entry', () => {
    const files = readdirSync(OUT);
    expect(files).toContain('bitext.mjs');
    expect(files).toContain('batch-worker.mjs');
    expect(files.filter((f) => f.endsWith('.mjs')).length).toBeGreaterThan(4);
  });

  it('answers --help from any folder', () => {
    const r = built(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/bitext batch align/);
  });

  it('runs batch align on worker threads with the same bytes as the sources', () => {
    const r = built(['batch', 'align', '--in', input, '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    const source = execFileSync(process.execPath, [join(ROOT, 'bin', 'bitext.mjs'), 'batch', 'align', '--in', input, '--jobs', '2'], {
      encoding: 'utf8',
      env: { ...process.env, BITEXT_CLI: 'source' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(r.stdout).toBe(source);
    const first = JSON.parse(r.stdout.split('\n')[0] as string) as { aligner: { version: string } };
    expect(first.aligner.version).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);
});
