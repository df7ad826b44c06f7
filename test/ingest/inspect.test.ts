import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inspectCommand } from '../../src/cli/inspect';
import type { CliIO } from '../../src/cli/io';
import { SEEDS_DIR, listPages } from './helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A CliIO over an in-memory file table; missing files fail like the real file system does. */
function fakeIO(files: Record<string, Uint8Array | string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    writeFile: async () => undefined,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const seed = (name: string) => new Uint8Array(readFileSync(SEEDS_DIR + name));
const SEED0 = '000_0005e1291e1ffabb.txt';

describe('bitext inspect', () => {
  it('--json prints one object in the DESIGN.md shape for one file', async () => {
    const { io, out, err } = fakeIO({ [SEED0]: seed(SEED0) });
    expect(await inspectCommand([SEED0, '--json'], io)).toBe(0);
    expect(err()).toBe('');
    const doc = JSON.parse(out());
    expect(Object.keys(doc)).toEqual(['file', 'meta', 'blocks', 'sentences', 'links']);
    expect(doc.file).toBe(SEED0);
    expect(doc.meta).toEqual({
      title: 'Russische und nordkoreanische Staatschefs tauschen Briefe aus, um 75 Jahre bilaterale Beziehungen zu feiern',
      publisher: 'Báo Quốc Tế',
      date: '2023-10-14',
      author: null,
      sourceUrl: null,
    });
    expect(doc.blocks[0]).toEqual({ id: 'b1', line: 1, role: 'site', lang: 'vi', text: 'Vietnam.vn - Nền tảng quảng bá Việt Nam' });
    expect(Object.keys(doc.sentences[0])).toEqual(['id', 'block', 'lang', 'text']);
    expect(doc.links.length).toBeGreaterThan(0);
    for (const link of doc.links) {
      expect(Object.keys(link).sort()).toEqual(['de', 'score', 'vi']);
      expect(link.de.length).toBeGreaterThan(0);
    }
    const titleSentence = doc.sentences.find((s: { block: string }) => s.block === 'b2');
    expect(doc.links[0].de).toEqual([titleSentence.id]);
  });

  it('--json prints an array for several files', async () => {
    const names = listPages(SEEDS_DIR);
    const { io, out } = fakeIO(Object.fromEntries(names.map((n) => [n, seed(n)])));
    expect(await inspectCommand([...names, '--json'], io)).toBe(0);
    const docs = JSON.parse(out());
    expect(Array.isArray(docs)).toBe(true);
    expect(docs.map((d: { file: string }) => d.file)).toEqual(names);
  });

  it('reports an unreadable file on one stderr line, prints the others, exits 1', async () => {
    const { io, out, err } = fakeIO({ [SEED0]: seed(SEED0), 'empty.txt': '', 'pic.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]) });
    expect(await inspectCommand(['missing.txt', SEED0, 'empty.txt', 'pic.png', '--json'], io)).toBe(1);
    const lines = err().trimEnd().split('\n');
    expect(lines).toEqual([
      'bitext inspect: missing.txt: no such file',
      'bitext inspect: empty.txt: the file is empty',
      'bitext inspect: pic.png: this is a PNG image, not a text page; export the article as text or HTML',
    ]);
    const docs = JSON.parse(out());
    expect(docs.map((d: { file: string }) => d.file)).toEqual([SEED0]);
  });

  it('prints a readable listing without --json', async () => {
    const { io, out } = fakeIO({ [SEED0]: seed(SEED0) });
    expect(await inspectCommand([SEED0], io)).toBe(0);
    const text = out();
    expect(text).toContain(`== ${SEED0}  (de translated from vi)`);
    expect(text).toContain('publisher: Báo Quốc Tế');
    expect(text).toMatch(/b6 +line 9 +caption +vi +\[s\d+\] Lãnh đạo Nga/);
    expect(text).toMatch(/link [01]\.\d\d {2}s\d+ "Lãnh đạo Nga .*" {2}-> {2}s\d+ "Russische und nordkoreanische/);
  });

  it('refuses a call without files and unknown options', async () => {
    const { io } = fakeIO({});
    await expect(inspectCommand([], io)).rejects.toThrow(/no FILE/);
    await expect(inspectCommand(['a.txt', '--yaml'], io)).rejects.toThrow(/unknown option --yaml/);
  });

  it('passes the shared command-line contract check', () => {
    const output = execFileSync('node', ['../shared/tools/check-cli-contract.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toContain('command-line contract holds');
  }, 120_000);
});
