// The backward pass for link confidences takes the steps the forward pass priced instead of pricing them again:
// the margins must be exactly those of pricing every step anew.
import { describe, expect, it, vi } from 'vitest';
import { diagonalBand } from '../../src/align/band';
import { lengthModel } from '../../src/align/coarse';
import { beadMargins } from '../../src/align/confidence';
import { bandedAlign, type CostModel } from '../../src/align/dp';
import { lengthParams } from '../../src/align/scorer';

/** 400 A sentences against 420 B sentences: a stretch of B is split in two, and words tie most pairs on the diagonal. */
function drifting(): { n: number; m: number; model: CostModel } {
  const n = 400;
  const m = 420;
  const lenA = Float64Array.from({ length: n }, (_, i) => 60 + ((i * 37) % 90));
  const lenB = new Float64Array(m);
  // B sentence j translates A sentence partner(j); from 100 to 120, each A sentence became two B sentences.
  const partner = (j: number): number => (j < 100 ? j : j < 140 ? 100 + Math.floor((j - 100) / 2) : j - 20);
  for (let j = 0; j < m; j++) lenB[j] = (lenA[partner(j)] as number) * (j >= 100 && j < 140 ? 0.55 : 1.1);
  const base = lengthModel(lenA, lenB, lengthParams(lenA, lenB));
  // Every fifth A sentence shares no words with its partner: there only the lengths decide, and rivals come close.
  const pair = (i: number, j: number): number => (i % 5 === 0 ? 0 : partner(j) === i ? 1.5 + (i % 3) * 0.5 : (i + j) % 7 === 0 ? 0.3 : 0);
  return { n, m, model: { ...base, pair } };
}

describe('beadMargins', () => {
  it('gives the same margins from the kept steps as from pricing every step again, and prices none', () => {
    const { n, m, model } = drifting();
    const result = bandedAlign(n, m, diagonalBand(n, m, 30), model, 2, undefined, true);
    const tables = result.tables;
    if (!tables) throw new Error('a pass that keeps its tables returns them');
    expect(tables.steps).not.toBeNull();
    const priced = vi.spyOn(tables.pricer, 'cost');
    const fromSteps = beadMargins(n, m, result.beads, tables, result.total);
    expect(priced).not.toHaveBeenCalled();
    const fromScratch = beadMargins(n, m, result.beads, { ...tables, steps: null }, result.total);
    expect(priced).toHaveBeenCalled();
    expect(Array.from(fromSteps)).toEqual(Array.from(fromScratch));
    // The document has rivals worth weighing: some margins are small, most are large.
    expect(fromSteps.some((x) => x < 2)).toBe(true);
    expect(fromSteps.filter((x) => x > 2).length).toBeGreaterThan(result.beads.length / 2);
  });
});
