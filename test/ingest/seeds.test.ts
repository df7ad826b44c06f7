import { describe, expect, it } from 'vitest';
import { PAGE_EXPECTED, SEED_EXPECTED } from './expected';
import { PAGES_DIR, SEEDS_DIR, listPages, readFixture, roleRows, sentenceText } from './helpers';

/** Share of expected `line role lang` rows that the reading reproduces, in order-insensitive matching. */
function agreement(actual: string[], expected: string[]): number {
  const pool = [...actual];
  let hits = 0;
  for (const row of expected) {
    const i = pool.indexOf(row);
    if (i >= 0) {
      hits++;
      pool.splice(i, 1);
    }
  }
  return hits / Math.max(expected.length, actual.length);
}

describe('seed pages', () => {
  it('reads all five', () => expect(listPages(SEEDS_DIR)).toEqual(Object.keys(SEED_EXPECTED)));

  for (const name of Object.keys(SEED_EXPECTED))
    it(`${name}: every line has the right role and language`, () => {
      expect(roleRows(readFixture(SEEDS_DIR, name))).toEqual(SEED_EXPECTED[name]);
    });

  it('000: metadata from the site line, title and glued byline', () => {
    const doc = readFixture(SEEDS_DIR, '000_0005e1291e1ffabb.txt');
    expect(doc.meta).toEqual({
      title: 'Russische und nordkoreanische Staatschefs tauschen Briefe aus, um 75 Jahre bilaterale Beziehungen zu feiern',
      publisher: 'Báo Quốc Tế',
      date: '2023-10-14',
      author: null,
      sourceUrl: null,
      slugHeadline: null,
    });
    expect(doc.languages).toEqual({ translation: 'de', original: 'vi' });
  });

  it('000: the glued photo caption is split off on the same line', () => {
    const doc = readFixture(SEEDS_DIR, '000_0005e1291e1ffabb.txt');
    const onLine11 = doc.blocks.filter((b) => b.line === 11);
    expect(onLine11.map((b) => b.role)).toEqual(['body', 'caption']);
    expect(onLine11[0]?.text.endsWith('den Frieden zu fördern.')).toBe(true);
    expect(onLine11[1]?.text).toMatch(/^Foto: Der russische Präsident .* \(Quelle: Reuters\)$/);
  });

  it('000 and 003: the Vietnamese headline pairs with the German title', () => {
    for (const [name, vi] of [
      ['000_0005e1291e1ffabb.txt', 'Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương'],
      ['003_5823c60efa0b5747.txt', 'Nga muốn phát triển hợp tác với Triều Tiên, Hàn Quốc quan ngại về thỏa thuận vũ khí tiềm tàng Nga-Triều'],
    ] as const) {
      const doc = readFixture(SEEDS_DIR, name);
      const title = doc.blocks.find((b) => b.role === 'title');
      const link = doc.links.find((l) => sentenceText(doc, l.original) === vi);
      expect(link, name).toBeDefined();
      expect(sentenceText(doc, link!.translation)).toBe(title?.text);
      expect(link!.score).toBeGreaterThan(0.6);
    }
  });

  it('site lines and bylines are never paired', () => {
    for (const name of Object.keys(SEED_EXPECTED)) {
      const doc = readFixture(SEEDS_DIR, name);
      const furniture = new Set(doc.sentences.filter((s) => ['site', 'byline'].includes(doc.blocks.find((b) => b.id === s.block)!.role)).map((s) => s.id));
      expect(doc.links.flatMap((l) => l.original).filter((id) => furniture.has(id))).toEqual([]);
    }
  });

  it('002 and 004: source URLs, slug headline and the author in capitals', () => {
    const d2 = readFixture(SEEDS_DIR, '002_3a2f11a019c44eb6.txt');
    expect(d2.meta.sourceUrl).toBe('https://baoquocte.vn/what-is-in-the-gap-of-president-of-northern-nation-286239.html');
    expect(d2.meta.slugHeadline).toBeNull(); // an English slug is not a Vietnamese headline
    const caption = d2.blocks.find((b) => b.line === 2);
    expect(caption?.role).toBe('caption');
    expect(caption?.text.endsWith('(Quelle: KCNA)')).toBe(true);
    const d4 = readFixture(SEEDS_DIR, '004_6851536369dabcad.txt');
    expect(d4.meta.author).toBe('KHANH MINH');
    expect(d4.meta.sourceUrl).toBe('https://www.sggp.org.vn/nga-va-trieu-tien-hop-tac-vuot-qua-cam-van-post745114.html');
    expect(d4.meta.slugHeadline).toBe('nga va trieu tien hop tac vuot qua cam van');
  });

  it('001: "…“, so Putin." and "…“, schrieb er." stay one sentence with their quote', () => {
    const doc = readFixture(SEEDS_DIR, '001_b61389a596d0d502.txt');
    const texts = doc.sentences.map((s) => s.text);
    expect(texts.some((t) => t.startsWith('„Ich bin überzeugt') && t.endsWith('“, so Putin.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Die beiden Länder werden immer siegreich') && t.endsWith('“, schrieb er.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Der Briefwechsel fiel in den Anlass des 78. Jahrestages') && t.includes('(15. August 1945 – 15. August 2023)'))).toBe(true);
  });
});

describe('invariants on every page', () => {
  const all = [...listPages(SEEDS_DIR).map((n) => [SEEDS_DIR, n] as const), ...listPages(PAGES_DIR).map((n) => [PAGES_DIR, n] as const)];
  for (const [dir, name] of all)
    it(`${name}: ids in order, offsets point into the text, sentences inside their blocks`, () => {
      const doc = readFixture(dir, name);
      doc.blocks.forEach((b, i) => {
        expect(b.id).toBe(`b${i + 1}`);
        expect(doc.text.slice(b.start, b.end)).toBe(b.text);
      });
      doc.sentences.forEach((s, i) => {
        expect(s.id).toBe(`s${i + 1}`);
        expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        const block = doc.blocks.find((b) => b.id === s.block)!;
        expect(s.start >= block.start && s.end <= block.end).toBe(true);
      });
      for (const b of doc.blocks) if (b.lang === null) expect(b.role).toBe('ad');
      for (const l of doc.links) expect(l.score >= 0 && l.score <= 1).toBe(true);
      expect(doc.text).toBe(doc.text.normalize('NFC'));
      expect(doc.text.includes('\r')).toBe(false);
    });
});

describe('pages written for this suite', () => {
  it('has at least 8 pages', () => expect(listPages(PAGES_DIR).length).toBeGreaterThanOrEqual(8));
  for (const name of Object.keys(PAGE_EXPECTED))
    it(`${name}: roles and languages`, () => expect(roleRows(readFixture(PAGES_DIR, name))).toEqual(PAGE_EXPECTED[name]));

  it('reports role/language agreement over seeds and pages', () => {
    const score = (dir: string, expected: Record<string, string[]>) => {
      const names = Object.keys(expected);
      return names.reduce((sum, n) => sum + agreement(roleRows(readFixture(dir, n)), expected[n]!), 0) / names.length;
    };
    const seeds = score(SEEDS_DIR, SEED_EXPECTED);
    const pages = score(PAGES_DIR, PAGE_EXPECTED);
    console.log(`role+language agreement: seeds ${(seeds * 100).toFixed(1)}%, own pages ${(pages * 100).toFixed(1)}%`);
    expect(seeds).toBe(1);
    expect(pages).toBe(1);
  });
});
