import { describe, expect, it } from 'vitest';
import { bandAroundBeads, diagonalBand } from '../../src/align/band';
import { bandedAlign, type CostModel } from '../../src/align/dp';
import { repairEdges, windowModel } from '../../src/align/repair';
import { BEAD_TYPES } from '../../src/align/scorer';

// Lengths of a document pair where B drops A's sentences 100..107: the true path leaves the diagonal by 8.
function model(): { n: number; m: number; model: CostModel } {
  const lenA = Array.from({ length: 300 }, (_, k) => 20 + ((k * 37) % 61));
  const lenB = lenA.filter((_, k) => k < 100 || k >= 108);
  const prefix = (l: number[]): Float64Array => {
    const out = new Float64Array(l.length + 1);
    l.forEach((x, k) => (out[k + 1] = (out[k] as number) + x));
    return out;
  };
  return {
    n: lenA.length,
    m: lenB.length,
    model: {
      prefixA: prefix(lenA),
      prefixB: prefix(lenB),
      skipB: new Float64Array(lenB.length).fill(12),
      typeCost: Float64Array.from([0.85, 0.03, 0.03, 0.04, 0.04, 0.002, 0.007, 0.007], (p) => -Math.log(p)),
      ratio: 1,
      variance: 6.8,
      pair: null,
    },
  };
}

describe('repairEdges', () => {
  it('re-aligns only where the path ran along the band edge and finds the path a wide band finds', () => {
    const { n, m, model: cm } = model();
    const wide = bandedAlign(n, m, diagonalBand(n, m, 40), cm, 2, BEAD_TYPES.length);
    expect(wide.touchesEdge).toBe(false);
    // A band of half-width 3 around that path, but pushed off it for rows 150..170 (as a coarse path can be).
    const band = bandAroundBeads(n, m, wide.beads, 3);
    for (let i = 150; i <= 170; i++) {
      band.lo[i] = Math.min(m, (band.lo[i] as number) + 7);
      band.hi[i] = Math.min(m, (band.hi[i] as number) + 7);
    }
    const narrow = bandedAlign(n, m, band, cm, 2, BEAD_TYPES.length);
    expect(narrow.touchesEdge).toBe(true);
    expect(narrow.edgeBeads.every((k) => (narrow.beads[k]?.i0 ?? 0) > 100 && (narrow.beads[k]?.i0 ?? 0) < 200)).toBe(true);
    const cell = (b: { i0: number; di: number; j0: number; dj: number }): string => `${b.i0 + b.di},${b.j0 + b.dj}`;
    expect(narrow.beads.map(cell)).not.toEqual(wide.beads.map(cell));
    const repaired = repairEdges(narrow, cm, 3, BEAD_TYPES.length);
    expect(repaired.map(cell)).toEqual(wide.beads.map(cell));
  });

  it('prices a window exactly as the whole model prices the same cells', () => {
    const { model: cm } = model();
    const win = windowModel({ ...cm, pair: (i, j) => i * 1000 + j }, 50, 90, 40, 80);
    expect(win.pair?.(0, 0)).toBe(50 * 1000 + 40);
    expect((win.prefixA[10] as number) - (win.prefixA[0] as number)).toBe((cm.prefixA[60] as number) - (cm.prefixA[50] as number));
    expect(win.skipB.length).toBe(40);
  });
});
