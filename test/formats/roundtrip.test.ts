// Export -> import -> export is byte-identical for every readable format, over 10,000 hostile strings; the units
// read back equal the units written (TSV carries everything but machine translations and annotations).
import { describe, expect, it } from 'vitest';
import { collect, mosesLine, readJsonl, readTmx, readTsv, readXliff, writeJsonl, writeMoses, writeTmx, writeTsv, writeXliff, XML_FORBIDDEN, type AlignedUnit } from '../../src/formats';
import { hostileUnits } from './generate';

const units = hostileUnits(5000, 11); // two texts each: 10,000 generated strings (plus machine targets and comments)

const withoutExtras = (u: AlignedUnit): AlignedUnit => ({ ...u, machineTarget: null, annotations: [] });

describe('round trips', () => {
  it('the generator really produces the hostile cases', () => {
    const all = units.flatMap((u) => [u.source.text, u.target.text]);
    expect(all.length).toBe(10000);
    expect(all.some((s) => XML_FORBIDDEN.test(s))).toBe(true);
    expect(all.some((s) => s.includes(']]>'))).toBe(true);
    // Lone surrogates are refused at the door (import-validation.test.ts), so none are generated.
    expect(all.some((s) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s))).toBe(false);
    expect(all.some((s) => /\p{Script=Hebrew}|\p{Script=Arabic}/u.test(s))).toBe(true);
    expect(all.some((s) => s !== s.normalize('NFC'))).toBe(true);
    expect(all.some((s) => /[\u{10000}-\u{10FFFF}]/u.test(s))).toBe(true);
    expect(all.some((s) => s.includes('\r'))).toBe(true);
  });

  for (const [name, write, read] of [
    ['TMX', writeTmx, readTmx],
    ['XLIFF', writeXliff, readXliff],
    ['JSONL', writeJsonl, readJsonl],
  ] as const) {
    it(`${name}: units read back equal, and re-export is byte-identical`, () => {
      const first = collect(write(units));
      const back = read(first);
      expect(back).toEqual(units);
      expect(collect(write(back))).toBe(first);
    });
  }

  it('TSV: ids, page, role, state, score and texts read back; re-export is byte-identical', () => {
    const first = collect(writeTsv(units));
    const back = readTsv(first);
    expect(back).toEqual(units.map(withoutExtras));
    expect(collect(writeTsv(back))).toBe(first);
    expect(first.split('\n').length).toBe(units.length + 2); // header, one line a unit, final newline
  });

  it('XML exports never contain a character XML forbids', () => {
    for (const write of [writeTmx, writeXliff]) expect(XML_FORBIDDEN.test(collect(write(units)))).toBe(false);
  });

  it('Moses: two files with one line per unit each, line breaks inside segments flattened', () => {
    let source = '';
    let target = '';
    for (const c of writeMoses(units)) {
      source += c.source;
      target += c.target;
    }
    expect(source.split('\n').length).toBe(units.length + 1);
    expect(target.split('\n').length).toBe(units.length + 1);
    expect(mosesLine('a\r\nb\u2028c')).toBe('a  b c\n');
  });

  it('writers stream in chunks and report progress up to the unit count', () => {
    const seen: number[] = [];
    const chunks = [...writeTmx(units, { chunkSize: 4096, onProgress: (n) => seen.push(n) })];
    expect(chunks.length).toBeGreaterThan(10);
    expect(seen[seen.length - 1]).toBe(units.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('an empty corpus round-trips too', () => {
    for (const [write, read] of [
      [writeTmx, readTmx],
      [writeXliff, readXliff],
      [writeJsonl, readJsonl],
      [writeTsv, readTsv],
    ] as const) {
      const text = collect(write([]));
      expect(read(text)).toEqual([]);
    }
  });
});
