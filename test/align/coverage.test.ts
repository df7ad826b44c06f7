import { describe, expect, it } from 'vitest';
import { diagonalBand } from '../../src/align/band';
import { coverageNeeds } from '../../src/align/coverage';
import { bandOffsets, StepPricer, type CostModel } from '../../src/align/dp';
import { alignSentences } from '../../src/align/index';

describe('coverage needs', () => {
  it('scales each sentence content by a low quantile of best-partner ratios read from the band', () => {
    const n = 8;
    const band = diagonalBand(n, n, n);
    const off = bandOffsets(band);
    const cache = new Float32Array(off[n + 1] as number);
    // Pair (i, i) gets evidence 5, every other pair 0; every sentence could give 10.
    for (let i = 1; i <= n; i++) cache[(off[i] as number) + i - (band.lo[i] as number)] = 5;
    const pot = new Float64Array(n).fill(10);
    const { needA, needB } = coverageNeeds(band, off, cache, pot, pot);
    expect([...needA]).toEqual(new Array(n).fill(5));
    expect([...needB]).toEqual(new Array(n).fill(5));
  });

  it('makes a merge whose second member finds nothing on the other side cost more', () => {
    const n = 8;
    const band = diagonalBand(n, n, n);
    const off = bandOffsets(band);
    const model = (coverWeight: number): CostModel => ({
      prefixA: Float64Array.from({ length: n + 1 }, (_, k) => k * 50),
      prefixB: Float64Array.from({ length: n + 1 }, (_, k) => k * 50),
      skipB: new Float64Array(n).fill(5),
      typeCost: new Float64Array(8).fill(1),
      ratio: 1,
      variance: 6,
      pair: (i, j) => (i === j ? 4 : 0),
      potentialA: new Float64Array(n).fill(8),
      potentialB: new Float64Array(n).fill(8),
      coverWeight,
    });
    const priced = (w: number): { merge: number; one: number } => {
      const p = new StepPricer(model(w), band, off);
      p.prepareCoverage();
      // Bead type 3 is 2-1: A 2..3 with B 2 (A 3 has no evidence with B 2); type 0 is 1-1.
      return { merge: p.cost(3, 2, 2, 4, 3), one: p.cost(0, 2, 2, 3, 3) };
    };
    const off0 = priced(0);
    const on = priced(1);
    expect(on.merge - off0.merge).toBeCloseTo(6, 5); // A 3 needs 4 and gets 0; a merge member pays 1.5 times the shortfall
    expect(on.one).toBeCloseTo(off0.one, 5); // a true 1-1 is fully covered
  });

  it('leaves a dropped news sentence unaligned instead of gluing it to its neighbour', () => {
    const de = [
      'Premierminister Pham Minh Chinh empfing am Dienstag in Hanoi eine Delegation aus Deutschland.',
      'Das Handelsvolumen erreichte im vergangenen Jahr 10,5 Milliarden US-Dollar.',
      'Der Taifun Yagi traf am 7. September auf die Küste der Provinz Quang Ninh.',
      'Mindestens 233 Menschen kamen durch Überschwemmungen ums Leben.',
      'Die Polizei nahm den Eigentümer des Gebäudes fest.',
      'Die Zentralbank senkte den Leitzins auf 4,5 Prozent.',
      'Die Inflation blieb mit 3,6 Prozent unter dem Ziel.',
      'Tausende Menschen versammelten sich auf dem Ba-Dinh-Platz.',
    ];
    const vi = [
      'Chiều thứ Ba, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp đoàn đại biểu Đức.',
      'Kim ngạch thương mại năm ngoái đạt 10,5 tỷ USD.',
      'Ngày 7/9, bão Yagi đổ bộ vào bờ biển tỉnh Quảng Ninh.',
      'Ít nhất 233 người đã thiệt mạng do lũ lụt.',
      'Ngân hàng Nhà nước đã giảm lãi suất xuống còn 4,5%.',
      'Lạm phát ở mức 3,6%, thấp hơn mục tiêu.',
      'Hàng nghìn người đã tập trung tại Quảng trường Ba Đình.',
    ];
    const links = alignSentences(de, vi, { langA: 'de', langB: 'vi' });
    const shapes = links.map((l) => `${l.a.join(',')}|${l.b.join(',')}`);
    expect(shapes).toContain('4|');
    expect(shapes).toContain('5|4');
    expect(shapes).toContain('3|3');
  });
});
