// `bitext import` in-process: pages, folders, explicit pairs, duplicates and failures, as a script sees it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { openProject } from '../../src/store';

const SEEDS = join(__dirname, '..', '..', 'seeds');

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readFile: async () => new Uint8Array(), writeFile: async () => undefined };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('bitext import', () => {
  it('imports a folder, skips duplicates on a second run, and reports a bad file without stopping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-cli-import-'));
    const project = join(dir, 'p.bitext');
    const first = fakeIO();
    expect(await runCli(['import', SEEDS, '--project', project, '--json'], first.io)).toBe(0);
    expect(JSON.parse(first.out()).imported).toHaveLength(5);

    writeFileSync(join(dir, 'empty.txt'), '');
    const second = fakeIO();
    expect(await runCli(['import', SEEDS, join(dir, 'empty.txt'), '--project', project, '--json'], second.io)).toBe(1);
    const summary = JSON.parse(second.out());
    expect(summary.duplicates).toHaveLength(5);
    expect(summary.failed[0].file).toBe('empty.txt');
    expect(second.err()).toMatch(/empty\.txt: .*empty/i);
  });

  it('imports two files named with --pair as a source page and its translation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-cli-pair-'));
    writeFileSync(join(dir, 'quelle.txt'), 'Hà Nội có mưa lớn. Giao thông bị ách tắc nhiều giờ.\n');
    writeFileSync(join(dir, 'ziel.txt'), 'In Hanoi regnet es stark. Der Verkehr staut sich stundenlang.\n');
    const run = fakeIO();
    const project = join(dir, 'p.bitext');
    expect(await runCli(['import', '--pair', join(dir, 'quelle.txt'), join(dir, 'ziel.txt'), '--project', project, '--json'], run.io)).toBe(0);
    const opened = openProject(project);
    try {
      const [doc] = opened.listDocuments();
      expect(doc?.kind).toBe('pair_translation');
      expect(opened.listLinks(doc!.id).map((r) => [r.translation.length, r.original.length])).toEqual([[1, 1], [1, 1]]);
    } finally {
      opened.close();
    }
  });

  it('explains wrong usage with exit code 2', async () => {
    const run = fakeIO();
    expect(await runCli(['import', SEEDS], run.io)).toBe(2);
    expect(run.err()).toMatch(/--project FILE/);
    const pair = fakeIO();
    expect(await runCli(['import', '--pair', 'only-one.txt', '--project', 'x.bitext'], pair.io)).toBe(2);
    expect(pair.err()).toMatch(/--pair needs two files/);
  });
});
