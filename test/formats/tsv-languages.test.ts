// The languages of a plain two-column TSV: detected per column from its text, unless a header line of two language
// codes or the caller names them; bitext's own TSV keeps the languages of its columns.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTsv, writeTsv, type AlignedUnit } from '../../src/formats';
import { readTsvWithLanguages } from '../../src/formats/tsv';

const VI = ['Bộ trưởng đến Hà Nội vào thứ Hai.', 'Hai bên ký hiệp định thương mại.', 'Cuộc hội đàm kéo dài ba giờ.'];
const DE = ['Der Minister traf am Montag in Hanoi ein.', 'Beide Seiten unterzeichneten ein Abkommen über Handel.', 'Die Gespräche dauerten drei Stunden.'];
const EN = ['The minister arrived in Hanoi on Monday.', 'Both sides signed a trade agreement.', 'The talks lasted three hours.'];

/** The text as a file on disk and back, as import reads it. */
function throughFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-tsv-lang-')), 'plain.tsv');
  writeFileSync(path, text);
  return readFileSync(path, 'utf8');
}

const plain = (left: string[], right: string[]) => throughFile(left.map((l, i) => `${l}\t${right[i]}\n`).join(''));
const langs = (text: string, options = {}) => readTsv(text, options).map((u) => [u.source.lang, u.target.lang]);

describe('plain TSV languages', () => {
  it('detects each column: Vietnamese/German, German/Vietnamese, English/German', () => {
    expect(readTsvWithLanguages(plain(VI, DE)).languages).toBe('detected');
    expect(new Set(langs(plain(VI, DE)).map(String))).toEqual(new Set(['vi,de']));
    expect(new Set(langs(plain(DE, VI)).map(String))).toEqual(new Set(['de,vi']));
    expect(new Set(langs(plain(EN, DE)).map(String))).toEqual(new Set(['en,de']));
  });

  it('says und for a column with no clear language (numbers, or half one language and half another)', () => {
    expect(langs(plain(['1', '2', '3'], DE))[0]).toEqual(['und', 'de']);
    expect(langs(plain([VI[0]!, DE[0]!], ['12', '13']))[0]).toEqual(['und', 'und']);
  });

  it('takes a header line of two language codes as the languages, and does not read it as a unit', () => {
    const read = readTsvWithLanguages(throughFile(`vi\tde-DE\n${VI[0]}\t${DE[0]}\n`));
    expect(read.languages).toBe('header');
    expect(read.units.map((u) => [u.id, u.source.lang, u.target.lang, u.source.text])).toEqual([['line2', 'vi', 'de-DE', VI[0]]]);
  });

  it('lets the caller name the languages, over a header and over detection', () => {
    expect(langs(plain(VI, DE), { languages: { source: 'vi', target: 'en' } })[0]).toEqual(['vi', 'en']);
    const read = readTsvWithLanguages(throughFile(`de\tvi\n${VI[0]}\t${DE[0]}\n`), { languages: { source: 'vi', target: 'de' } });
    expect([read.languages, read.units[0]!.source.lang, read.units.length]).toEqual(['option', 'vi', 1]);
    expect(() => readTsv(plain(VI, DE), { languages: { source: 'Deutsch', target: 'vi' } })).toThrow(/the source language given, "Deutsch", is not a language code/);
  });

  it('keeps the languages the columns of bitext TSV state, whatever the text', () => {
    const unit: AlignedUnit = { id: 'u1', docId: 'd', file: 'f', role: null, source: { lang: 'en', text: VI[0]! }, target: { lang: 'de', text: DE[0]! }, machineTarget: null, state: 'proposed', origin: 'auto', score: null, annotations: [] };
    const read = readTsvWithLanguages(throughFile([...writeTsv([unit])].join('')));
    expect([read.languages, read.units[0]!.source.lang]).toEqual(['columns', 'en']);
  });
});
