import { describe, expect, it } from 'vitest';
import { ReadError, decodeBytes, readPage } from '../../src/ingest';
import { TCVN3_TABLE, VISCII_TABLE } from '../../src/ingest/legacyTables';

const utf8 = (s: string) => new TextEncoder().encode(s);
const PAGE = 'Titel der Seite\n\nAm 12. Oktober tauschte Kim Briefe mit Putin aus.\nLãnh đạo Nga và Triều Tiên trao đổi thư\n';

function readError(input: Uint8Array | string, options?: { maxBytes?: number }): ReadError {
  try {
    readPage(input, 'page.txt', options);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('decoding', () => {
  it('reads UTF-8 with and without BOM the same way', () => {
    expect(readPage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PAGE)]), 'a').text).toBe(readPage(utf8(PAGE), 'b').text);
  });

  it('reads UTF-16 LE and BE with BOM, and UTF-16 LE without one', () => {
    const le = new Uint8Array(2 + PAGE.length * 2);
    const be = new Uint8Array(2 + PAGE.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < PAGE.length; i++) {
      const c = PAGE.charCodeAt(i);
      le.set([c & 255, c >> 8], 2 + 2 * i);
      be.set([c >> 8, c & 255], 2 + 2 * i);
    }
    expect(decodeBytes(le)).toEqual({ text: PAGE, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: PAGE, encoding: 'utf-16be' });
    expect(decodeBytes(le.subarray(2)).encoding).toBe('utf-16le');
  });

  it('turns CRLF and CR into LF and NFD into NFC, keeping line numbers', () => {
    const crlf = readPage(PAGE.replace(/\n/g, '\r\n').normalize('NFD'), 'crlf.txt');
    const cr = readPage(PAGE.replace(/\n/g, '\r'), 'cr.txt');
    expect(crlf.text).toBe(PAGE.replace(/\n$/, '\n'));
    expect(cr.text).toBe(crlf.text);
    expect(crlf.blocks.map((b) => b.line)).toEqual([1, 3, 4]);
  });

  it('uses the published chart values for VISCII and TCVN3', () => {
    expect([VISCII_TABLE[0x80], VISCII_TABLE[0xb4], VISCII_TABLE[0xbd], VISCII_TABLE[0xdf], VISCII_TABLE[0xf0], VISCII_TABLE[0x02]]).toEqual(['Ạ', 'Ơ', 'ơ', 'ư', 'đ', 'Ẳ']);
    expect([TCVN3_TABLE[0xa7], TCVN3_TABLE[0xae], TCVN3_TABLE[0xb8], TCVN3_TABLE[0xd5], TCVN3_TABLE[0xf9], TCVN3_TABLE[0xfe]]).toEqual(['Đ', 'đ', 'á', 'ế', 'ự', 'ỵ']);
  });

  it('recognises windows-1252 German', () => {
    const bytes = new Uint8Array([...'Gr'].map((c) => c.charCodeAt(0)).concat([0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4b, 0xf6, 0x6c, 0x6e]));
    expect(decodeBytes(bytes)).toEqual({ text: 'Grüße aus Köln', encoding: 'windows-1252' });
  });
});

describe('bad input', () => {
  it('refuses an empty file and a file of blanks', () => {
    expect(readError(new Uint8Array()).reason).toMatch(/empty/);
    expect(readError(utf8(' \n\n \t')).reason).toMatch(/empty/);
  });

  it('refuses binary files and names what they are', () => {
    expect(readError(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])).reason).toMatch(/PDF/);
    expect(readError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])).reason).toMatch(/PNG/);
    const random = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    expect(readError(random).reason).toMatch(/binary/);
  });

  it('refuses files over the size limit, naming the limit', () => {
    const error = readError(utf8(PAGE), { maxBytes: 10 });
    expect(error.reason).toMatch(/over the .* limit/);
    expect(error.file).toBe('page.txt');
    expect(error.message).toContain('page.txt');
    expect(readPage(utf8(PAGE), 'ok.txt', { maxBytes: 1000 }).blocks.length).toBeGreaterThan(0);
  });

  it('names the likely encoding when 8-bit Vietnamese cannot be told apart', () => {
    // `Vi\xAAt Nam`: VISCII reads `Viết`, TCVN3 `Viêt` — both real syllables, so neither can be chosen.
    const ambiguous = new Uint8Array([0x56, 0x69, 0xaa, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    const reason = readError(ambiguous).reason;
    expect(reason).toMatch(/not UTF-8/);
    expect(reason).toMatch(/VISCII|TCVN3|windows-125[28]/);
    expect(reason).toMatch(/convert it to UTF-8/);
  });

  it('does not crash on lone surrogates, NULs in text, or a page of only markers', () => {
    expect(() => readPage('Text \ud800 mit Fehler.', 'x.txt')).not.toThrow();
    expect(readPage('[Anzeige_1]\n[Anzeige_2]', 'ads.txt').blocks.every((b) => b.role === 'ad' && b.lang === null)).toBe(true);
  });
});
