import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../src/text';
import { SEGMENT_CASES } from './segment-cases';

/** Splits a case at its `|` marks into the text the segmenter sees and the sentences it must return. */
function expected(marked: string): { text: string; sentences: string[] } {
  const text = marked.replace(/\|/g, '');
  const sentences = marked.split('|').map((s) => s.trim()).filter(Boolean);
  return { text, sentences };
}

describe('segmentSentences: table of tricky cases', () => {
  it('has at least 100 cases', () => expect(SEGMENT_CASES.length).toBeGreaterThanOrEqual(100));
  for (const [lang, marked] of SEGMENT_CASES) {
    const { text, sentences } = expected(marked);
    it(`${lang}: ${marked.slice(0, 70)}`, () => {
      const spans = segmentSentences(text, lang);
      expect(spans.map((s) => s.text)).toEqual(sentences);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  }
});

describe('segmentSentences: offsets and edges', () => {
  it('excludes surrounding whitespace from spans', () => {
    const spans = segmentSentences('  Erster Satz.   Zweiter Satz.  ', 'de');
    expect(spans).toEqual([
      { text: 'Erster Satz.', start: 2, end: 14 },
      { text: 'Zweiter Satz.', start: 17, end: 30 },
    ]);
  });
  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('', 'de')).toEqual([]);
    expect(segmentSentences(' \n\t ', 'vi')).toEqual([]);
  });
  it('ends a sentence at every line break', () => {
    expect(segmentSentences('Titel ohne Punkt\nText. Mehr', null).map((s) => s.text)).toEqual(['Titel ohne Punkt', 'Text.', 'Mehr']);
  });
  it('stays linear on a long paragraph (1 MB)', () => {
    const long = 'Am 12. Oktober tauschte Kim z. B. Briefe mit Putin aus. '.repeat(18000);
    const spans = segmentSentences(long, 'de');
    expect(spans.length).toBe(18000);
  });
});
