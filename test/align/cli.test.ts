import { describe, expect, it } from 'vitest';
import { alignCommand } from '../../src/cli/align';
import type { CliIO } from '../../src/cli/io';

function fakeIO(files: Record<string, string | Uint8Array>): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(t: string) {
      io.out += t;
    },
    stderr(t: string) {
      io.err += t;
    },
    async readFile(path: string): Promise<Uint8Array> {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    async writeFile(): Promise<void> {},
  };
  return io;
}

const A = 'Erster Satz.\nZweiter Satz hier.\nDritter.\n';
const B = 'Câu thứ nhất.\nCâu thứ hai ở đây. Câu thứ ba.\n';

describe('bitext align', () => {
  it('prints the contract TSV: every line once, in order, two columns', async () => {
    const io = fakeIO({ 'a.txt': A, 'b.txt': B });
    expect(await alignCommand(['a.txt', 'b.txt', '--presegmented', '--format', 'tsv'], io)).toBe(0);
    const rows = io.out.trim().split('\n').map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 2)).toBe(true);
    const ids = (k: 0 | 1) => rows.flatMap((r) => (r[k] ?? '').split(',').filter(Boolean).map(Number));
    expect(ids(0)).toEqual([0, 1, 2]);
    expect(ids(1)).toEqual([0, 1]);
  });

  it('treats every line as a unit with --presegmented, empty lines included', async () => {
    const io = fakeIO({ 'a.txt': 'Eins.\n\nDrei.\n', 'b.txt': 'Một.\n\nBa.\n' });
    expect(await alignCommand(['a.txt', 'b.txt', '--presegmented', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as { a: string[]; b: string[]; links: Array<{ a: number[]; b: number[] }> };
    expect(json.a).toEqual(['Eins.', '', 'Drei.']);
    expect(json.links.flatMap((l) => l.a)).toEqual([0, 1, 2]);
  });

  it('writes TMX 1.4b with escaped text and both languages', async () => {
    const io = fakeIO({ 'a.txt': 'A & B <x>\n', 'b.txt': 'A & B <y>\n' });
    expect(await alignCommand(['a.txt', 'b.txt', '--presegmented', '--format', 'tmx', '--lang-a', 'de', '--lang-b', 'vi'], io)).toBe(0);
    expect(io.out).toContain('<tmx version="1.4">');
    expect(io.out).toContain('srclang="de"');
    expect(io.out).toContain('<tuv xml:lang="vi"><seg>A &amp; B &lt;y&gt;</seg></tuv>');
  });

  it('segments text that is not presegmented', async () => {
    const io = fakeIO({ 'a.txt': 'Erster Satz. Zweiter Satz.\n', 'b.txt': 'Câu một. Câu hai.\n' });
    expect(await alignCommand(['a.txt', 'b.txt', '--format', 'tsv'], io)).toBe(0);
    expect(io.out).toBe('0\t0\n1\t1\n');
  });

  it('uses a user dictionary and reports its format errors with the line', async () => {
    const ok = fakeIO({ 'a.txt': A, 'b.txt': B, 'd.tsv': 'Satz\tcâu\n' });
    expect(await alignCommand(['a.txt', 'b.txt', '--presegmented', '--dict', 'd.tsv'], ok)).toBe(0);
    const bad = fakeIO({ 'a.txt': A, 'b.txt': B, 'd.tsv': '# ok\nno tab here\n' });
    expect(await alignCommand(['a.txt', 'b.txt', '--dict', 'd.tsv'], bad)).toBe(1);
    expect(bad.err).toMatch(/d\.tsv: line 2/);
  });

  it('exits 2 on usage errors and 1 on unreadable input, naming the file', async () => {
    const io = fakeIO({ 'a.txt': A });
    expect(await alignCommand(['a.txt'], io)).toBe(2);
    expect(await alignCommand(['a.txt', 'b.txt', '--format', 'xml'], io)).toBe(2);
    expect(await alignCommand(['a.txt', 'b.txt', '--bogus'], io)).toBe(2);
    io.err = '';
    expect(await alignCommand(['a.txt', 'missing.txt'], io)).toBe(1);
    expect(io.err).toMatch(/missing\.txt: cannot read \(no such file\)/);
  });

  it('reads UTF-8 with BOM and CRLF, and Windows-1252 with a warning', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Eins.\r\nZwei.\r\n')]);
    const latin = new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x2e, 0x0a]);
    const io = fakeIO({ 'a.txt': bom, 'b.txt': latin });
    expect(await alignCommand(['a.txt', 'b.txt', '--presegmented', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as { a: string[]; b: string[] };
    expect(json.a).toEqual(['Eins.', 'Zwei.']);
    expect(json.b).toEqual(['Müll.']);
    expect(io.err).toMatch(/b\.txt: not valid UTF-8/);
  });
});
