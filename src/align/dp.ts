// Monotone alignment by dynamic programming inside a band of cells, never the full N×M table.
// The band follows a centre path (first the diagonal, later a previous alignment); when the best path
// runs along the band's edge the caller widens the band and tries again.
import { BEAD_TYPES } from './scorer';

/** For each row i (0..N, an A position) the columns (B positions) lo[i]..hi[i] that are searched. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

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
  typeCost: Float64Array;
  ratio: number;
  variance: number;
  /** Evidence for pair (i, j); null when there is none at all. */
  pair: ((i: number, j: number) => number) | null;
}

function bandFromCentre(n: number, m: number, cmin: Int32Array, cmax: Int32Array, w: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, (cmin[Math.max(0, i - w)] as number) - w);
    hi[i] = Math.min(m, (cmax[Math.min(n, i + w)] as number) + w);
  }
  lo[0] = 0;
  hi[n] = m;
  // Rows must overlap enough for a path to pass from one to the next.
  for (let i = 1; i <= n; i++) if ((lo[i] as number) > (hi[i - 1] as number) + 1) lo[i] = (hi[i - 1] as number) + 1;
  for (let i = n - 1; i >= 0; i--) if ((hi[i] as number) < (lo[i + 1] as number) - 1) hi[i] = (lo[i + 1] as number) - 1;
  return { lo, hi };
}

export function diagonalBand(n: number, m: number, w: number): Band {
  const cmin = new Int32Array(n + 1);
  const cmax = new Int32Array(n + 1);
  const slope = n > 0 ? m / n : 0;
  for (let i = 0; i <= n; i++) {
    cmin[i] = Math.max(0, Math.floor((i - 0.5) * slope));
    cmax[i] = Math.min(m, Math.ceil((i + 0.5) * slope));
  }
  return bandFromCentre(n, m, cmin, cmax, w);
}

/** A band of half-width w around the path through the end cells of `beads`. */
export function bandAroundBeads(n: number, m: number, beads: readonly Bead[], w: number): Band {
  const cmin = new Int32Array(n + 1).fill(m);
  const cmax = new Int32Array(n + 1);
  const mark = (i: number, j: number): void => {
    if (j < (cmin[i] as number)) cmin[i] = j;
    if (j > (cmax[i] as number)) cmax[i] = j;
  };
  mark(0, 0);
  for (const b of beads) {
    mark(b.i0, b.j0);
    for (let r = 1; r <= b.di; r++) {
      const j = b.j0 + (b.dj * r) / b.di;
      mark(b.i0 + r, Math.floor(j));
      mark(b.i0 + r, Math.ceil(j));
    }
    mark(b.i0 + b.di, b.j0 + b.dj);
  }
  for (let i = 1; i <= n; i++) if ((cmin[i] as number) < (cmin[i - 1] as number)) cmin[i] = cmin[i - 1] as number;
  for (let i = 1; i <= n; i++) if ((cmax[i] as number) < (cmax[i - 1] as number)) cmax[i] = cmax[i - 1] as number;
  return bandFromCentre(n, m, cmin, cmax, w);
}

export interface DpResult {
  beads: Bead[];
  total: number;
  /** True when the path came within `margin` cells of an inner edge of the band: it may be cut off. */
  touchesEdge: boolean;
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
const LOG2 = Math.log(2);

// 0.5·log(v) for the integer part of v, the hot spot of the inner loop; larger v fall back to Math.log.
const HALF_LOG = Float64Array.from({ length: 8192 }, (_, k) => 0.5 * Math.log(Math.max(k, 1)));

/** `typeCount` limits the search to the first bead types of BEAD_TYPES (the coarse pass uses 3). */
export function bandedAlign(n: number, m: number, band: Band, model: CostModel, margin = 2, typeCount = BEAD_TYPES.length): DpResult {
  const { lo, hi } = band;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = (off[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1);
  const total = off[n + 1] as number;
  const cost = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total);
  const pairFn = model.pair;
  const pairArr = pairFn ? new Float32Array(total) : null;
  const { prefixA, prefixB, skipB, typeCost, ratio, variance } = model;
  const skipA = typeCost[1] as number;
  // Evidence of pair (x, y) is stored at cell (x+1, y+1); pairs just outside the band are computed directly.
  const pairAt = (x: number, y: number): number => {
    const r = x + 1;
    const c = y + 1;
    const lr = lo[r] as number;
    if (pairArr && c >= lr && c <= (hi[r] as number)) return pairArr[(off[r] as number) + c - lr] as number;
    return pairFn ? pairFn(x, y) : 0;
  };
  const types = BEAD_TYPES;
  const DI = Int8Array.from(types, (t) => t[0]);
  const DJ = Int8Array.from(types, (t) => t[1]);
  const T = Math.min(typeCount, types.length);
  for (let i = 0; i <= n; i++) {
    const li = lo[i] as number;
    const hiI = hi[i] as number;
    const oi = off[i] as number;
    if (pairArr && pairFn && i > 0) for (let j = Math.max(1, li); j <= hiI; j++) pairArr[oi + j - li] = pairFn(i - 1, j - 1);
    for (let j = li; j <= hiI; j++) {
      if (i === 0 && j === 0) {
        cost[oi] = 0;
        continue;
      }
      let best = Infinity;
      let bestT = 0;
      for (let t = 0; t < T; t++) {
        const di = DI[t] as number;
        const dj = DJ[t] as number;
        const pi = i - di;
        const pj = j - dj;
        if (pi < 0 || pj < 0) continue;
        const lp = lo[pi] as number;
        if (pj < lp || pj > (hi[pi] as number)) continue;
        const prev = cost[(off[pi] as number) + pj - lp] as number;
        if (prev === Infinity) continue;
        let c: number;
        if (dj === 0) c = skipA;
        else if (di === 0) c = skipB[pj] as number;
        else {
          const la = (prefixA[i] as number) - (prefixA[pi] as number);
          const lb = (prefixB[j] as number) - (prefixB[pj] as number);
          const mean = la * ratio;
          const v = variance * (mean + lb) * 0.5 + 4;
          const z2 = ((lb - mean) * (lb - mean)) / v;
          // Gaussian near the mean, linear tails (z > 3) so one odd sentence cannot dominate.
          const quad = z2 <= 9 ? 0.5 * z2 : 4.5 + 3 * (Math.sqrt(z2) - 3);
          c = (typeCost[t] as number) + quad + (v < 8192 ? (HALF_LOG[v | 0] as number) : 0.5 * Math.log(v)) + HALF_LOG_2PI;
          if (dj > 1) c += (dj - 1) * Math.log(lb > 1 ? lb : 1) - (dj === 3 ? LOG2 : 0);
          if (pairFn) {
            if (di > 1 && dj > 1) c -= pairAt(pi, pj) + pairAt(pi + 1, pj + 1);
            else if (di === 1) for (let y = pj; y < j; y++) c -= pairAt(pi, y);
            else for (let x = pi; x < i; x++) c -= pairAt(x, pj);
          }
        }
        c += prev;
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
  let touchesEdge = false;
  const endCost = cost[(off[n] as number) + m - (lo[n] as number)] as number;
  if (!Number.isFinite(endCost)) throw new Error('alignment band has no path from start to end (internal error)');
  while (i > 0 || j > 0) {
    const li = lo[i] as number;
    if ((j - li < margin && li > 0) || ((hi[i] as number) - j < margin && (hi[i] as number) < m)) touchesEdge = true;
    const cell = (off[i] as number) + j - li;
    const t = back[cell] as number;
    const tt = types[t] as readonly [number, number];
    const pi = i - tt[0];
    const pj = j - tt[1];
    const c = (cost[cell] as number) - (cost[(off[pi] as number) + pj - (lo[pi] as number)] as number);
    beads.push({ type: t, i0: pi, di: tt[0], j0: pj, dj: tt[1], cost: c });
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { beads, total: endCost, touchesEdge };
}
