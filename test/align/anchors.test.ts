import { describe, expect, it } from 'vitest';
import { sentenceAnchors } from '../../src/align/anchors';

const shared = (x: string, la: string, y: string, lb: string): string[] => {
  const b = new Set(sentenceAnchors(y, lb));
  return [...new Set(sentenceAnchors(x, la))].filter((k) => b.has(k));
};

describe('news anchors', () => {
  it('keys a name written in syllables like the same name written as one word', () => {
    expect(shared('Die Delegation traf in Hanoi ein.', 'de', 'Đoàn đã đến Hà Nội.', 'vi')).toContain('w:hanoi');
    expect(shared('Vietnam exportiert Reis.', 'de', 'Việt Nam xuất khẩu gạo.', 'vi')).toContain('w:vietnam');
  });

  it('matches names with diacritics stripped and percent written as a word', () => {
    const keys = shared('Premierminister Pham Minh Chinh nannte 7,4 Prozent.', 'de', 'Thủ tướng Phạm Minh Chính nêu con số 7,4%.', 'vi');
    expect(keys).toEqual(expect.arrayContaining(['w:chinh', 'w:minh', 'n:7.4', 'p:%']));
  });

  it('does not join capitalised words across punctuation', () => {
    expect(sentenceAnchors('In Berlin, Nam sagte', 'de')).not.toContain('w:berlinn');
    expect(sentenceAnchors('In Berlin, Nam sagte', 'de').some((k) => k.startsWith('w:berlinn'))).toBe(false);
  });
});
