// Coverage: a sentence that takes part in a link should find some of its words and anchors on the other side.
// Pair evidence alone only rewards matches; it never says that their absence is suspicious, so a dropped
// sentence glued onto its neighbour (2-1 instead of 1-0 + 1-1), or two dropped sentences paired with each
// other, cost no more than a true link of the same lengths. Here every sentence gets a "need": the evidence a
// sentence of its content typically receives from its true partner in this document. A link whose member
// receives less than its need pays the shortfall. The typical ratio of evidence to content is read from the
// band itself (each sentence's best partner nearby, a low quantile over the document), so it adapts to how
// good the lexicon is for these documents and needs no first pass.
import type { Band } from './band';

export interface Coverage {
  needA: Float64Array;
  needB: Float64Array;
}

/** Which quantile of best-partner ratios counts as "typical": low, so true links rarely pay anything. */
const QUANTILE = 0.3;
/** Fewer sentences with content than this: too little to judge, no coverage term. */
const MIN_SENTENCES = 6;

function lowQuantile(values: number[]): number {
  if (values.length < MIN_SENTENCES) return 0;
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length * QUANTILE)] as number;
}

/**
 * Needs of every sentence of A and B. `cache` holds the evidence of pair (i-1, j-1) at cell (i, j) of the band
 * (offsets `off`); `potentialA/B` is how much evidence each sentence could give at most (its content).
 */
export function coverageNeeds(band: Band, off: Int32Array, cache: Float32Array, potentialA: Float64Array, potentialB: Float64Array): Coverage {
  const n = potentialA.length;
  const m = potentialB.length;
  const bestA = new Float64Array(n).fill(-Infinity);
  const bestB = new Float64Array(m).fill(-Infinity);
  for (let i = 1; i <= n; i++) {
    const li = band.lo[i] as number;
    const oi = off[i] as number;
    const hiI = band.hi[i] as number;
    for (let j = Math.max(1, li); j <= hiI; j++) {
      const e = cache[oi + j - li] as number;
      if (e > (bestA[i - 1] as number)) bestA[i - 1] = e;
      if (e > (bestB[j - 1] as number)) bestB[j - 1] = e;
    }
  }
  const ratios = (best: Float64Array, pot: Float64Array): number[] => {
    const out: number[] = [];
    for (let k = 0; k < pot.length; k++) {
      const p = pot[k] as number;
      if (p > 0 && Number.isFinite(best[k] as number)) out.push(Math.max(0, best[k] as number) / p);
    }
    return out;
  };
  // A and B together: the ratio is about the lexicon and the documents, not about one side.
  const rho = Math.min(1, lowQuantile([...ratios(bestA, potentialA), ...ratios(bestB, potentialB)]));
  return { needA: potentialA.map((p) => rho * p), needB: potentialB.map((p) => rho * p) };
}
