// A killed or interrupted `bitext batch align` continues with --resume: the finished records stay, a half-written
// last line is cut off, and the resumed file is byte for byte what one uninterrupted run writes.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusJsonl, floresDocuments } from './tools/batch-corpus';
import { buildTestCli, type BuiltCli } from './tools/built-cli';

let BIN = '';
let cli: BuiltCli | null = null;
const dir = mkdtempSync(join(tmpdir(), 'batch-resume-'));
const input = join(dir, 'in.jsonl');
let full = '';

function bitext(args: string[], onStart?: (kill: (signal: NodeJS.Signals) => void) => void): Promise<{ code: number | null; signal: string | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.resume();
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
    onStart?.((s) => child.kill(s));
  });
}

async function waitForLines(path: string, n: number): Promise<void> {
  for (let t = 0; t < 600; t++) {
    if (existsSync(path) && readFileSync(path, 'utf8').split('\n').length > n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${path} never reached ${n} lines`);
}

beforeAll(async () => {
  cli = await buildTestCli('resume');
  BIN = cli.runner;
  writeFileSync(input, corpusJsonl(floresDocuments({ documents: 40, sentences: 15, seed: 5 })));
  const out = join(dir, 'full.jsonl');
  const r = await bitext(['batch', 'align', '--in', input, '--out', out, '--jobs', '2']);
  expect(r.code, r.err).toBe(0);
  full = readFileSync(out, 'utf8');
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  cli?.remove();
});

describe('bitext batch align --resume', () => {
  it('Ctrl+C writes the finished records as whole lines, exits 130, and --resume completes the file', async () => {
    const out = join(dir, 'int.jsonl');
    const r = await bitext(['batch', 'align', '--in', input, '--out', out, '--jobs', '2'], (kill) => void waitForLines(out, 3).then(() => kill('SIGINT')));
    expect(r.code, r.err).toBe(130);
    expect(r.err).toMatch(/interrupted: finished records written; continue with --resume/);
    const partial = readFileSync(out, 'utf8');
    expect(partial.endsWith('\n')).toBe(true);
    expect(full.startsWith(partial)).toBe(true);
    expect(partial.length).toBeLessThan(full.length);
    const again = await bitext(['batch', 'align', '--in', input, '--out', out, '--jobs', '2', '--resume']);
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(full);
  }, 120_000);

  it('after a kill mid-line, cuts the half line and writes the rest', async () => {
    const out = join(dir, 'killed.jsonl');
    const lines = full.split('\n');
    writeFileSync(out, lines.slice(0, 7).join('\n') + '\n' + (lines[7] as string).slice(0, 100));
    const r = await bitext(['batch', 'align', '--in', input, '--out', out, '--resume']);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/, 7 already in /);
    expect(readFileSync(out, 'utf8')).toBe(full);
  }, 120_000);
});
