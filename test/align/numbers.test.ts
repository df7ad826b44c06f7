import { describe, expect, it } from 'vitest';
import { nameKey, numberAnchors, sentenceAnchors } from '../../src/align/index';

describe('number and date anchors', () => {
  it('reads the same day and month in German, Vietnamese and slash formats', () => {
    expect(numberAnchors('Am 12. Oktober tauschte er Briefe aus.', 'de')).toContain('d:12-10');
    expect(numberAnchors('Ngày 12 tháng 10, hai bên trao đổi thư.', 'vi')).toContain('d:12-10');
    expect(numberAnchors('Báo Quốc Tế 12/10/2023', 'vi')).toEqual(expect.arrayContaining(['d:12-10', 'n:2023']));
    expect(numberAnchors('On October 12 they met.', 'en')).toContain('d:12-10');
  });
  it('does not confuse tháng 1 with tháng 10', () => {
    expect(numberAnchors('tháng 10', 'vi')).toEqual(['m:10']);
    expect(numberAnchors('tháng 1', 'vi')).toEqual(['m:1']);
  });
  it('splits ranges and normalises grouping and decimal marks', () => {
    expect(numberAnchors('(1948–2023)', 'de')).toEqual(['n:1948', 'n:2023']);
    expect(numberAnchors('300 % und 1.500,5 Euro', 'de')).toEqual(['n:300', 'n:1500.5']);
    expect(numberAnchors('1,500.5 dollars', 'en')).toEqual(['n:1500.5']);
    expect(numberAnchors('1,5 triệu', 'vi')).toEqual(['n:1.5']);
  });
  it('finds names, acronyms, URLs and punctuation anchors with transliteration tolerance', () => {
    expect(nameKey('Wladimir')).toBe(nameKey('Vladimir'));
    expect(nameKey('Schoigu')).toBe(nameKey('Shoigu'));
    expect(nameKey('Putins')).toBe(nameKey('Putin'));
    const de = sentenceAnchors('Laut Reuters sagte Putin (KCNA) „ja“?', 'de');
    const vi = sentenceAnchors('Theo Reuters, ông Putin (KCNA) nói "có"?', 'vi');
    for (const k of ['w:reuter', `w:${nameKey('Putin')}`, 'w:kna', 'p:?', 'p:"', 'p:(']) {
      expect(de).toContain(k);
      expect(vi).toContain(k);
    }
    expect(sentenceAnchors('Quelle: https://www.sggp.org.vn/nga-post745114.html', 'de')).toContain('u:sggp.org.vn/nga-post745114.html');
  });
});
