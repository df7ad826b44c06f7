// Where the best path runs along the band's edge, the band may have cut off a better path. Re-running the
// whole DP in a band re-centred on the path costs a full pass for what is usually a few local spots (one
// extra full-model pass at 100,000 sentences); here only windows around those spots are re-aligned, in a
// re-centred (and, if needed, widened) band, with the path outside them kept and the windows' ends fixed on it.
import { bandAroundBeads, type Band } from './band';
import { bandedAlign, type Bead, type CostModel, type DpResult } from './dp';

/** Beads kept on each side of a run of edge-touching beads, as a multiple of the band's half-width. */
const PAD_WIDTHS = 8;
/** Re-centring rounds inside a window before its band is widened. */
const ROUNDS = 8;

/** The cost model of the sub-documents A[i0, i1) × B[j0, j1), with the parent pass's coverage needs. */
export function windowModel(model: CostModel, i0: number, i1: number, j0: number, j1: number): CostModel {
  const pair = model.pair;
  const cov = model.coverage;
  return {
    ...model,
    prefixA: model.prefixA.subarray(i0, i1 + 1),
    prefixB: model.prefixB.subarray(j0, j1 + 1),
    skipB: model.skipB.subarray(j0, j1),
    skipA: model.skipA ? model.skipA.subarray(i0, i1) : null,
    pair: pair ? (i, j) => pair(i + i0, j + j0) : null,
    potentialA: model.potentialA ? model.potentialA.subarray(i0, i1) : null,
    potentialB: model.potentialB ? model.potentialB.subarray(j0, j1) : null,
    coverage: cov ? { needA: cov.needA.subarray(i0, i1), needB: cov.needB.subarray(j0, j1) } : null,
  };
}

/** Best path inside `band`, re-centring the band (then widening it) while the path runs along its edge. */
export function alignRecentred(n: number, m: number, band: Band, model: CostModel, w: number, typeCount: number, rounds: number): DpResult {
  let current = band;
  let width = w;
  for (let round = 0; ; round++) {
    const result = bandedAlign(n, m, current, model, 2, typeCount);
    if (!result.touchesEdge || width >= Math.max(n, m) || round >= rounds) return result;
    if (round >= 2) width *= 2;
    current = bandAroundBeads(n, m, result.beads, width);
  }
}

/** Runs of edge-touching bead indices, each padded by `pad` beads and merged when they overlap. */
function windows(edge: readonly number[], count: number, pad: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const k of edge) {
    const lo = Math.max(0, k - pad);
    const hi = Math.min(count - 1, k + pad);
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/**
 * The path of `result` with every stretch where it touched the band's edge re-aligned in a window of its own.
 * `model` must be the model the pass ran with, and its coverage needs (result.coverage) are kept.
 */
export function repairEdges(result: DpResult, model: CostModel, w: number, typeCount: number): Bead[] {
  if (!result.touchesEdge) return result.beads;
  const beads = result.beads;
  const full: CostModel = { ...model, coverage: result.coverage };
  const out: Bead[] = [];
  let next = 0;
  for (const [k0, k1] of windows(result.edgeBeads, beads.length, PAD_WIDTHS * w)) {
    for (let k = next; k < k0; k++) out.push(beads[k] as Bead);
    const first = beads[k0] as Bead;
    const last = beads[k1] as Bead;
    const i0 = first.i0;
    const j0 = first.j0;
    const i1 = last.i0 + last.di;
    const j1 = last.j0 + last.dj;
    const local = beads.slice(k0, k1 + 1).map((b) => ({ ...b, i0: b.i0 - i0, j0: b.j0 - j0 }));
    const n = i1 - i0;
    const m = j1 - j0;
    const sub = alignRecentred(n, m, bandAroundBeads(n, m, local, w), windowModel(full, i0, i1, j0, j1), w, typeCount, ROUNDS);
    for (const b of sub.beads) out.push({ ...b, i0: b.i0 + i0, j0: b.j0 + j0 });
    next = k1 + 1;
  }
  for (let k = next; k < beads.length; k++) out.push(beads[k] as Bead);
  return out;
}
