// A pass that keeps its tables re-runs when its path ran along the band's edge; the band is widened only near
// those places, so the re-run costs about what the first run did however long the documents are.
import { describe, expect, it } from 'vitest';
import { bandAroundBeads, diagonalBand, widenNear, type PathBead } from '../../src/align/band';
import { bandedAlign } from '../../src/align/dp';
import { lengthModel } from '../../src/align/coarse';
import { lengthParams } from '../../src/align/scorer';

const cells = (b: { lo: Int32Array; hi: Int32Array }): number => b.lo.reduce((s, lo, i) => s + (b.hi[i] as number) - lo + 1, 0);

describe('widenNear', () => {
  it('widens the rows near the edge beads only, and keeps every row reachable from the last', () => {
    const n = 2000;
    const beads: PathBead[] = Array.from({ length: n }, (_, k) => ({ i0: k, di: 1, j0: k, dj: 1 }));
    const band = bandAroundBeads(n, n, beads, 3);
    const wide = widenNear(n, n, band, beads, [1000], 12, 40);
    for (let r = 0; r <= n; r++) {
      const near = r >= 960 && r <= 1041;
      expect(wide.lo[r]! <= band.lo[r]! && wide.hi[r]! >= band.hi[r]!).toBe(true);
      if (!near) expect([wide.lo[r], wide.hi[r]]).toEqual([band.lo[r], band.hi[r]]);
      else expect(wide.hi[r]! - wide.lo[r]!).toBeGreaterThanOrEqual(2 * 12);
      if (r > 0) expect(wide.lo[r]!).toBeLessThanOrEqual(wide.hi[r - 1]! + 1);
    }
    // What a re-run costs: the band of half-width 12 everywhere (what widening all of it gave) is 3.6 times larger.
    expect(cells(wide)).toBeLessThan(cells(band) * 1.2);
    expect(cells(bandAroundBeads(n, n, beads, 12))).toBeGreaterThan(cells(band) * 3.5);
  });

  it('lets a path that was cut off by the band find its way around a local drift', () => {
    // A stretch of 80 extra B sentences in the middle: the straight line from corner to corner misses the path by
    // up to 40 sentences, far outside a band of half-width 3 around it.
    const n = 600;
    const x = 80;
    const lenA = new Float64Array(n).fill(100);
    const lenB = new Float64Array(n + x).fill(100);
    for (let j = 300; j < 300 + x; j++) lenB[j] = 5;
    const model = lengthModel(lenA, lenB, lengthParams(lenA, lenB));
    const first = bandedAlign(n, n + x, diagonalBand(n, n + x, 3), model, 2, 5);
    expect(first.touchesEdge).toBe(true);
    const wide = widenNear(n, n + x, diagonalBand(n, n + x, 3), first.beads, first.edgeBeads, 48, 100);
    const again = bandedAlign(n, n + x, wide, model, 2, 5);
    expect(again.touchesEdge).toBe(false);
    expect(again.total).toBeLessThan(first.total);
    // The short B sentences are left out (or glued to a neighbour) in one place, as the lengths say.
    const skipped = again.beads.filter((b) => b.di === 0).map((b) => b.j0);
    expect(skipped.length).toBeGreaterThan(x - 5);
    expect(Math.min(...skipped)).toBeGreaterThanOrEqual(299);
    expect(Math.max(...skipped)).toBeLessThanOrEqual(300 + x);
  });
});
