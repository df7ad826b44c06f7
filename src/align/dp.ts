// Monotone alignment by dynamic programming inside a band of cells, never the full N×M table.
// The band follows a centre path (a coarser alignment, or a previous pass); when the best path runs along
// the band's edge the caller re-centres the band and tries again. Tables are flat typed arrays, O(N·band).
import { BEAD_TYPES } from './scorer';
import type { Band } from './band';
import { coverageNeeds, type Coverage } from './coverage';

export type { Band } from './band';

export interface Bead {
  type: number;
  i0: number;
  di: number;
  j0: number;
  dj: number;
  cost: number;
}

/** What the DP needs to price a bead, as flat arrays so the inner loop makes no calls but to `pair`. */
export interface CostModel {
  /** Prefix sums of sentence lengths: lenA[i] = total length of A[0, i). */
  prefixA: Float64Array;
  prefixB: Float64Array;
  /** Cost of leaving B sentence j unaligned (0-1 bead, prior included). */
  skipB: Float64Array;
  /** Cost of leaving A sentence i unaligned (1-0 bead, prior included); null: the prior alone. */
  skipA?: Float64Array | null;
  typeCost: Float64Array;
  ratio: number;
  variance: number;
  /** Evidence for pair (i, j); null when there is none at all. */
  pair: ((i: number, j: number) => number) | null;
  /** How much evidence each sentence could give (its content); with them, links pay for missing coverage (coverage.ts). */
  potentialA?: Float64Array | null;
  potentialB?: Float64Array | null;
  /** Nats per unit of evidence a link's member falls short of its need. */
  coverWeight?: number;
  /** Coverage needs already known (a window of a larger pass keeps that pass's needs); null: derived here. */
  coverage?: Coverage | null;
}

export interface DpResult {
  beads: Bead[];
  total: number;
  /** True when the path came within `margin` cells of an inner edge of the band: it may be cut off. */
  touchesEdge: boolean;
  /** Indices (in `beads`) of the beads whose end cell came that close to an inner edge. */
  edgeBeads: number[];
  /** The coverage needs the pass priced links with (null: none). */
  coverage: Coverage | null;
}

/** The forward table of a pass, kept when the caller wants link confidences (see confidence.ts). */
export interface DpTables {
  band: Band;
  off: Int32Array;
  forward: Float64Array;
  pricer: StepPricer;
  /**
   * Cost of each step the forward pass priced, `types` a cell: steps[cell·types + t] is the bead of type t that ends
   * in that cell (Infinity where its start was out of reach). The backward pass for confidences takes the same
   * steps the other way, so it reads them here instead of pricing every one again. Null on a table too big to keep.
   */
  steps: Float64Array | null;
  types: number;
}

/**
 * Steps kept for the backward pass, at most (8 bytes each, so 64 MB, twice that for a moment when a pass runs
 * again): enough for about 80,000 sentences at the second pass's width. Longer documents price their steps twice
 * rather than hold that much more (a 100,000-sentence pair: 450 MB in all without them, 600 MB with).
 */
const MAX_KEPT_STEPS = 8 << 20;

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
/** How much more a member of a 1-3 or 3-1 link pays for missing coverage than a member of a smaller link. */
const TRIPLE_COVER = 3;
/** The same for each member of a 2-2 link. */
const MANY_COVER = 1;
/** The same for each member of a 1-2 or 2-1 link: a dropped sentence glued onto its neighbour finds nothing in the partner. */
const MERGE_COVER = 1.5;
const LOG2 = Math.log(2);
// 0.5·log(v) for the integer part of v, the hot spot of the inner loop; larger v fall back to Math.log.
const HALF_LOG = Float64Array.from({ length: 8192 }, (_, k) => 0.5 * Math.log(Math.max(k, 1)));
export const DI = Int8Array.from(BEAD_TYPES, (t) => t[0]);
export const DJ = Int8Array.from(BEAD_TYPES, (t) => t[1]);

/** Prices one bead; evidence of pair (x, y) is cached at cell (x+1, y+1) of the band, outside it computed. */
export class StepPricer {
  readonly pairCache: Float32Array | null;
  private readonly skipA: number;
  private coverage: Coverage | null;
  private readonly coverWeight: number;

  constructor(
    readonly model: CostModel,
    private readonly band: Band,
    private readonly off: Int32Array,
  ) {
    this.pairCache = model.pair ? new Float32Array(off[off.length - 1] as number) : null;
    this.skipA = model.typeCost[1] as number;
    this.coverWeight = model.coverWeight ?? 0;
    this.coverage = model.coverage ?? null;
  }

  /** True when the whole cache must be filled before the DP (coverage needs all of it). */
  get wantsCoverage(): boolean {
    return this.pairCache !== null && !this.coverage && !!this.model.potentialA && !!this.model.potentialB && this.coverWeight > 0;
  }

  /** Fills every row's cache, then derives each sentence's coverage need from it. */
  prepareCoverage(): void {
    const n = this.band.lo.length - 1;
    for (let i = 1; i <= n; i++) this.fillRow(i);
    if (this.pairCache && this.model.potentialA && this.model.potentialB)
      this.coverage = coverageNeeds(this.band, this.off, this.pairCache, this.model.potentialA, this.model.potentialB);
  }

  /** Fills the pair cache of row i (evidence of A[i-1] with B[j-1] for the row's cells). */
  fillRow(i: number): void {
    const cache = this.pairCache;
    const fn = this.model.pair;
    if (!cache || !fn || i === 0) return;
    const li = this.band.lo[i] as number;
    const oi = this.off[i] as number;
    for (let j = Math.max(1, li); j <= (this.band.hi[i] as number); j++) cache[oi + j - li] = fn(i - 1, j - 1);
  }

  get needs(): Coverage | null {
    return this.coverage;
  }

  pairAt(x: number, y: number): number {
    const r = x + 1;
    const c = y + 1;
    const lr = this.band.lo[r] as number;
    if (this.pairCache && c >= lr && c <= (this.band.hi[r] as number)) return this.pairCache[(this.off[r] as number) + c - lr] as number;
    const fn = this.model.pair;
    return fn ? fn(x, y) : 0;
  }

  /** Cost of the bead of type t from cell (pi, pj) to cell (i, j). */
  cost(t: number, pi: number, pj: number, i: number, j: number): number {
    const dj = j - pj;
    const di = i - pi;
    const m = this.model;
    if (dj === 0) return m.skipA ? (m.skipA[pi] as number) : this.skipA;
    if (di === 0) return m.skipB[pj] as number;
    const la = (m.prefixA[i] as number) - (m.prefixA[pi] as number);
    const lb = (m.prefixB[j] as number) - (m.prefixB[pj] as number);
    const mean = la * m.ratio;
    const v = m.variance * (mean + lb) * 0.5 + 4;
    const z2 = ((lb - mean) * (lb - mean)) / v;
    // Gaussian near the mean, linear tails (z > 3) so one odd sentence cannot dominate.
    const quad = z2 <= 9 ? 0.5 * z2 : 4.5 + 3 * (Math.sqrt(z2) - 3);
    let c = (m.typeCost[t] as number) + quad + (v < 8192 ? (HALF_LOG[v | 0] as number) : 0.5 * Math.log(v)) + HALF_LOG_2PI;
    // The split of lb among several B sentences: uniform over compositions.
    if (dj > 1) c += (dj - 1) * Math.log(lb > 1 ? lb : 1) - (dj === 3 ? LOG2 : 0);
    if (m.pair) {
      // Many-to-many: only the diagonal pairs count, or words repeated in neighbouring sentences would
      // make every 2-2 bead look better than two 1-1 beads.
      const cov = this.coverage;
      const w = this.coverWeight;
      if (di > 1 && dj > 1) {
        const d0 = this.pairAt(pi, pj);
        const d1 = this.pairAt(pi + 1, pj + 1);
        c -= d0 + d1;
        // Each member must still find its content across the link, or a dropped sentence beside a 1-2 merge
        // rides along free of the coverage cost it would pay as a 1-0 or a member of the merge.
        if (cov) {
          const x0 = this.pairAt(pi, pj + 1);
          const x1 = this.pairAt(pi + 1, pj);
          const wm = w * MANY_COVER;
          c +=
            wm *
            (Math.max(0, (cov.needA[pi] as number) - d0 - x0) +
              Math.max(0, (cov.needA[pi + 1] as number) - x1 - d1) +
              Math.max(0, (cov.needB[pj] as number) - d0 - x1) +
              Math.max(0, (cov.needB[pj + 1] as number) - x0 - d1));
        }
      } else if (di === 1) {
        // Each B member must be covered by the A sentence, and the A sentence by all of them together. In a
        // three-way merge a member that finds nothing is most likely a dropped neighbour glued on: it pays more.
        const wm = dj > 2 ? w * TRIPLE_COVER : dj === 2 ? w * MERGE_COVER : w;
        let s = 0;
        for (let y = pj; y < j; y++) {
          const e = this.pairAt(pi, y);
          s += e;
          if (cov) c += wm * Math.max(0, (cov.needB[y] as number) - e);
        }
        c -= s;
        if (cov) c += w * Math.max(0, (cov.needA[pi] as number) - s);
      } else {
        const wm = di > 2 ? w * TRIPLE_COVER : di === 2 ? w * MERGE_COVER : w;
        let s = 0;
        for (let x = pi; x < i; x++) {
          const e = this.pairAt(x, pj);
          s += e;
          if (cov) c += wm * Math.max(0, (cov.needA[x] as number) - e);
        }
        c -= s;
        if (cov) c += w * Math.max(0, (cov.needB[pj] as number) - s);
      }
    }
    return c;
  }
}

export function bandOffsets(band: Band): Int32Array {
  const n = band.lo.length - 1;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = (off[i] as number) + Math.max(0, (band.hi[i] as number) - (band.lo[i] as number) + 1);
  return off;
}

/**
 * Best monotone path from (0,0) to (n,m) inside the band. `typeCount` limits the search to the first bead
 * types of BEAD_TYPES (coarse passes use fewer). With `keep`, the forward table is returned for confidences.
 */
export function bandedAlign(n: number, m: number, band: Band, model: CostModel, margin = 2, typeCount = BEAD_TYPES.length, keep = false): DpResult & { tables: DpTables | null } {
  const { lo, hi } = band;
  const off = bandOffsets(band);
  const cost = new Float64Array(off[n + 1] as number).fill(Infinity);
  const back = new Uint8Array(cost.length);
  const pricer = new StepPricer(model, band, off);
  const T = Math.min(typeCount, BEAD_TYPES.length);
  const filled = pricer.wantsCoverage;
  if (filled) pricer.prepareCoverage();
  const steps = keep && cost.length * T <= MAX_KEPT_STEPS ? new Float64Array(cost.length * T).fill(Infinity) : null;
  for (let i = 0; i <= n; i++) {
    const li = lo[i] as number;
    const hiI = hi[i] as number;
    const oi = off[i] as number;
    if (!filled) pricer.fillRow(i);
    for (let j = li; j <= hiI; j++) {
      if (i === 0 && j === 0) {
        cost[oi] = 0;
        continue;
      }
      let best = Infinity;
      let bestT = 0;
      for (let t = 0; t < T; t++) {
        const pi = i - (DI[t] as number);
        const pj = j - (DJ[t] as number);
        if (pi < 0 || pj < 0) continue;
        const lp = lo[pi] as number;
        if (pj < lp || pj > (hi[pi] as number)) continue;
        const prev = cost[(off[pi] as number) + pj - lp] as number;
        if (prev === Infinity) continue;
        const step = pricer.cost(t, pi, pj, i, j);
        if (steps) steps[(oi + j - li) * T + t] = step;
        const c = prev + step;
        if (c < best) {
          best = c;
          bestT = t;
        }
      }
      cost[oi + j - li] = best;
      back[oi + j - li] = bestT;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  const edgeAt: number[] = [];
  const endCost = cost[(off[n] as number) + m - (lo[n] as number)] as number;
  if (!Number.isFinite(endCost)) throw new Error('alignment band has no path from start to end (internal error)');
  while (i > 0 || j > 0) {
    const li = lo[i] as number;
    if ((j - li < margin && li > 0) || ((hi[i] as number) - j < margin && (hi[i] as number) < m)) edgeAt.push(beads.length);
    const cell = (off[i] as number) + j - li;
    const t = back[cell] as number;
    const pi = i - (DI[t] as number);
    const pj = j - (DJ[t] as number);
    const c = (cost[cell] as number) - (cost[(off[pi] as number) + pj - (lo[pi] as number)] as number);
    beads.push({ type: t, i0: pi, di: DI[t] as number, j0: pj, dj: DJ[t] as number, cost: c });
    i = pi;
    j = pj;
  }
  beads.reverse();
  const edgeBeads = edgeAt.map((k) => beads.length - 1 - k).reverse();
  return { beads, total: endCost, touchesEdge: edgeBeads.length > 0, edgeBeads, coverage: pricer.needs, tables: keep ? { band, off, forward: cost, pricer, steps, types: T } : null };
}
