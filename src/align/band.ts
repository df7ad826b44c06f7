// Search bands for the DP: for each row i (an A position, 0..N) the columns (B positions) lo[i]..hi[i].
// A band is built around a centre path (the diagonal, or an earlier alignment) with a fixed half-width.

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A step of a path: from cell (i0, j0) to cell (i0 + di, j0 + dj). */
export interface PathBead {
  i0: number;
  di: number;
  j0: number;
  dj: number;
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

/**
 * A band of half-width w around the path through the end cells of `beads`, whose coordinates are multiplied
 * by `scale` (a path found on documents with every `scale` sentences merged into one) and clamped to n, m.
 */
export function bandAroundBeads(n: number, m: number, beads: readonly PathBead[], w: number, scale = 1): Band {
  const cmin = new Int32Array(n + 1).fill(m);
  const cmax = new Int32Array(n + 1);
  const mark = (i: number, j: number): void => {
    const r = Math.min(n, i);
    const c = Math.min(m, j);
    if (c < (cmin[r] as number)) cmin[r] = c;
    if (c > (cmax[r] as number)) cmax[r] = c;
  };
  mark(0, 0);
  for (const b of beads) {
    const i0 = b.i0 * scale;
    const j0 = b.j0 * scale;
    const di = b.di * scale;
    const dj = b.dj * scale;
    mark(i0, j0);
    for (let r = 1; r <= di; r++) {
      const j = j0 + (dj * r) / di;
      mark(i0 + r, Math.floor(j));
      mark(i0 + r, Math.ceil(j));
    }
    mark(i0 + di, j0 + dj);
  }
  mark(n, m);
  for (let i = 1; i <= n; i++) if ((cmin[i] as number) < (cmin[i - 1] as number)) cmin[i] = cmin[i - 1] as number;
  for (let i = 1; i <= n; i++) if ((cmax[i] as number) < (cmax[i - 1] as number)) cmax[i] = cmax[i - 1] as number;
  return bandFromCentre(n, m, cmin, cmax, w);
}

/**
 * The band widened only near the beads whose end cells ran along its edge (`edgeBeads`, indices into `beads`):
 * rows within `pad` of one get the columns of a band of half-width `w` around the path as well. A pass that must
 * keep its tables cannot patch its path locally, so it runs again; widening only these rows keeps that run about
 * as cheap as the first, where widening the whole band made it cost a pass of twice the width for a few spots
 * (and a long document almost always has a few).
 */
export function widenNear(n: number, m: number, band: Band, beads: readonly PathBead[], edgeBeads: readonly number[], w: number, pad: number): Band {
  const around = bandAroundBeads(n, m, beads, w);
  const lo = band.lo.slice();
  const hi = band.hi.slice();
  for (const k of edgeBeads) {
    const b = beads[k];
    if (!b) continue;
    for (let r = Math.max(0, b.i0 - pad); r <= Math.min(n, b.i0 + b.di + pad); r++) {
      if ((around.lo[r] as number) < (lo[r] as number)) lo[r] = around.lo[r] as number;
      if ((around.hi[r] as number) > (hi[r] as number)) hi[r] = around.hi[r] as number;
    }
  }
  for (let i = 1; i <= n; i++) if ((lo[i] as number) > (hi[i - 1] as number) + 1) lo[i] = (hi[i - 1] as number) + 1;
  for (let i = n - 1; i >= 0; i--) if ((hi[i] as number) < (lo[i + 1] as number) - 1) hi[i] = (lo[i + 1] as number) - 1;
  return { lo, hi };
}
