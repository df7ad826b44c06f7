// `bitext align` reads its files with the page reader's decoder and language identifier (issues 11 and 14), so a
// Vietnamese file in a legacy encoding is read as Vietnamese, not as Windows-1252 mojibake.
import { describe, expect, it } from 'vitest';
import { alignCommand } from '../../src/cli/align';
import type { CliIO } from '../../src/cli/io';

function fakeIO(files: Record<string, Uint8Array>): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: async (path: string): Promise<Uint8Array> => {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return f;
    },
    writeFile: async (): Promise<void> => {},
  };
  return io;
}

// "Hà Nội là thủ đô của Việt Nam. Người dân ở đây rất thân thiện." in windows-1258 (tone marks as combining bytes).
const CP1258 = new Uint8Array([
  72, 224, 32, 78, 244, 242, 105, 32, 108, 224, 32, 116, 104, 117, 210, 32, 240, 244, 32, 99, 117, 210, 97, 32, 86, 105, 234, 242, 116, 32, 78, 97,
  109, 46, 32, 78, 103, 253, 245, 204, 105, 32, 100, 226, 110, 32, 245, 210, 32, 240, 226, 121, 32, 114, 226, 236, 116, 32, 116, 104, 226, 110, 32,
  116, 104, 105, 234, 242, 110, 46,
]);
const GERMAN = new TextEncoder().encode('Hanoi ist die Hauptstadt von Vietnam. Die Menschen hier sind sehr freundlich.\n');

describe('bitext align reads files like the page reader', () => {
  it('decodes a windows-1258 Vietnamese file and detects both languages', async () => {
    const io = fakeIO({ 'de.txt': GERMAN, 'vi.txt': CP1258 });
    expect(await alignCommand(['de.txt', 'vi.txt', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as { langA: string; langB: string; b: string[] };
    expect(json.b).toEqual(['Hà Nội là thủ đô của Việt Nam.', 'Người dân ở đây rất thân thiện.']);
    expect([json.langA, json.langB]).toEqual(['de', 'vi']);
    expect(io.err).toMatch(/vi\.txt: .*windows-1258/);
  });

  it('detects the languages when the Vietnamese file comes first', async () => {
    const io = fakeIO({ 'de.txt': GERMAN, 'vi.txt': new TextEncoder().encode('Hà Nội là thủ đô của Việt Nam.\n') });
    expect(await alignCommand(['vi.txt', 'de.txt', '--format', 'json'], io)).toBe(0);
    const json = JSON.parse(io.out) as { langA: string; langB: string };
    expect([json.langA, json.langB]).toEqual(['vi', 'de']);
  });

  it('names the file that is not text', async () => {
    const io = fakeIO({ 'de.txt': GERMAN, 'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
    expect(await alignCommand(['de.txt', 'img.png'], io)).toBe(1);
    expect(io.err).toMatch(/img\.png: .*PNG image/);
  });
});
