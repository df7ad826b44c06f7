import { describe, expect, it } from 'vitest';
import { alignSentences, realignBetween } from '../../src/align/index';
import { assertValidAlignment } from './helpers';

const DE = [
  'Am 12. Oktober tauschte Kim Jong Un Briefe mit Präsident Wladimir Putin aus.',
  'Die beiden Länder feiern 75 Jahre Beziehungen (1948–2023).',
  'Das Treffen fand in Moskau statt.',
  'Experten erwarten eine engere Zusammenarbeit.',
  'Die Agentur KCNA berichtete am 15. August darüber.',
  'Der Handel wuchs um 300 % im Jahr 2022.',
];
const VI = [
  'Ngày 12 tháng 10, ông Kim Jong Un trao đổi thư với Tổng thống Vladimir Putin.',
  'Hai nước kỷ niệm 75 năm quan hệ (1948-2023).',
  'Cuộc gặp diễn ra tại Moskva.',
  'Các chuyên gia kỳ vọng hợp tác chặt chẽ hơn.',
  'Hãng thông tấn KCNA đưa tin về việc này ngày 15/8.',
  'Thương mại tăng 300% trong năm 2022.',
];
const opts = { langA: 'de', langB: 'vi' };

describe('alignSentences', () => {
  it('aligns a clean parallel text 1-1', () => {
    const links = alignSentences(DE, VI, opts);
    assertValidAlignment(links, DE.length, VI.length);
    expect(links.map((l) => [l.a, l.b])).toEqual(DE.map((_, i) => [[i], [i]]));
  });

  it('finds a merge and a dropped sentence', () => {
    const vi = [VI[0] as string, `${VI[1]} ${VI[2]}`, VI[4] as string, VI[5] as string];
    const links = alignSentences(DE, vi, opts);
    assertValidAlignment(links, DE.length, vi.length);
    const shapes = links.map((l) => `${l.a.join(',')}|${l.b.join(',')}`);
    expect(shapes).toContain('1,2|1');
    expect(shapes).toContain('3|');
    expect(shapes).toContain('4|2');
  });

  it('keeps locked links and aligns around them', () => {
    const locked = [{ a: [2, 3], b: [2], score: 1 }];
    const links = alignSentences(DE, VI, { ...opts, locked });
    assertValidAlignment(links, DE.length, VI.length);
    expect(links).toContainEqual({ a: [2, 3], b: [2], score: 1 });
    expect(links[0]).toMatchObject({ a: [0], b: [0] });
  });

  it('rejects crossing locks with a clear error', () => {
    const locked = [
      { a: [3], b: [1], score: 1 },
      { a: [4], b: [0], score: 1 },
    ];
    expect(() => alignSentences(DE, VI, { ...opts, locked })).toThrow(/overlaps or crosses/);
    expect(() => alignSentences(DE, VI, { ...opts, locked: [{ a: [9], b: [0], score: 1 }] })).toThrow(/in range/);
  });

  it('re-aligns only between two locks', () => {
    const links = realignBetween(DE, VI, { a: [0], b: [0], score: 1 }, { a: [5], b: [5], score: 1 }, opts);
    assertValidAlignment([{ a: [0], b: [0], score: 1 }, ...links, { a: [5], b: [5], score: 1 }], 6, 6);
    expect(links.map((l) => [l.a, l.b])).toEqual([1, 2, 3, 4].map((i) => [[i], [i]]));
  });

  it('does not assume German–Vietnamese', () => {
    const en = ['On October 12 the leaders met in Moscow.', 'Trade grew by 300% in 2022.', 'Experts expect closer ties.'];
    const fr = ['Le 12 octobre, les dirigeants se sont rencontrés à Moscou.', 'Le commerce a augmenté de 300 % en 2022.', 'Les experts attendent des liens plus étroits.'];
    const links = alignSentences(en, fr, { langA: 'en', langB: 'fr' });
    expect(links.map((l) => [l.a, l.b])).toEqual([0, 1, 2].map((i) => [[i], [i]]));
  });
});

describe('bad input', () => {
  it('handles empty documents and one empty side', () => {
    expect(alignSentences([], [], opts)).toEqual([]);
    const onlyA = alignSentences(['Eins.', 'Zwei.'], [], opts);
    assertValidAlignment(onlyA, 2, 0);
    expect(onlyA.every((l) => l.b.length === 0)).toBe(true);
    assertValidAlignment(alignSentences([], ['Một.'], opts), 0, 1);
  });

  it('aligns 1 line against 5,000 lines', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `Câu số ${i} ở đây.`);
    const links = alignSentences(['Satz Nummer 2500 hier.'], many, opts);
    assertValidAlignment(links, 1, 5000);
    expect(links.filter((l) => l.a.length > 0 && l.b.length > 0)).toHaveLength(1);
  });

  it('aligns identical texts 1-1', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Sentence ${i} has ${'x'.repeat(i % 7)} words.`);
    const links = alignSentences(text, [...text], { langA: 'en', langB: 'en' });
    expect(links.every((l, i) => l.a[0] === i && l.b[0] === i && l.a.length === 1 && l.b.length === 1)).toBe(true);
  });

  it('copes with 100,000-character lines and control characters', () => {
    const long = 'Wort '.repeat(20000);
    const a = ['Kurz.', long, 'Ende\u0000\u0007 hier.'];
    const b = ['Ngắn.', 'từ '.repeat(25000), '\u001bKết thúc.'];
    const links = alignSentences(a, b, opts);
    assertValidAlignment(links, 3, 3);
    expect(links.map((l) => [l.a, l.b])).toEqual([0, 1, 2].map((i) => [[i], [i]]));
  });

  it('rejects non-string sentences with the index', () => {
    expect(() => alignSentences(['a', 3 as unknown as string], ['b'], opts)).toThrow(/sentence 1/);
  });
});
