// Coarse to fine: where do the documents drift from the diagonal? Neighbouring sentences are merged two by two,
// repeatedly, until the documents are short enough for a full table; the path found there is projected onto the
// next finer level and refined inside a fixed band around it (in the manner of FastDTW). Every level costs
// O(length · band), and the levels halve, so the whole costs about twice the finest level: linear in N,
// whatever the drift, unlike a band that must grow with the square root of the length.
import { bandAroundBeads, diagonalBand, type Band, type PathBead } from './band';
import { bandedAlign, type CostModel } from './dp';
import { lengthDistribution, marginalCostB, type ScoreParams } from './scorer';

/** Below this many units a level is aligned in full. */
const BASE = 48;
/**
 * Documents shorter than this skip the coarse levels: a band around the diagonal, re-centred when the path
 * touches its edge, finds their drift for less than the levels cost (re-aligning between locks runs on every click).
 */
const MIN_COARSE = 600;
/** Half-width of the band around a projected path, in units of that level. */
const RADIUS = 6;
/** Bead types the coarse levels search: 1-1, 1-0, 0-1, 2-1, 1-2 (the first five of BEAD_TYPES). */
const COARSE_TYPES = 5;

function halve(len: Float64Array): Float64Array {
  const out = new Float64Array(Math.ceil(len.length / 2));
  for (let k = 0; k < len.length; k++) out[k >> 1] = (out[k >> 1] as number) + (len[k] as number);
  return out;
}

function prefix(len: Float64Array): Float64Array {
  const out = new Float64Array(len.length + 1);
  for (let k = 0; k < len.length; k++) out[k + 1] = (out[k] as number) + (len[k] as number);
  return out;
}

/** Length-only cost model for one level (its own distribution of unaligned B lengths). */
export function lengthModel(lenA: Float64Array, lenB: Float64Array, p: ScoreParams): CostModel {
  const { mu, sigma } = lengthDistribution(lenB);
  const q = { ...p, muB: mu, sigmaB: sigma };
  const skipB = Float64Array.from(lenB, (l) => (p.typeCost[2] as number) + marginalCostB(l, q));
  return { prefixA: prefix(lenA), prefixB: prefix(lenB), skipB, typeCost: p.typeCost, ratio: p.ratio, variance: p.variance, pair: null };
}

/** Best path inside `band`, re-centring the band on the path while the path runs along its edge. */
export function alignInBand(n: number, m: number, band: Band, model: CostModel, w: number, typeCount: number): PathBead[] {
  let current = band;
  let width = w;
  for (let round = 0; ; round++) {
    const result = bandedAlign(n, m, current, model, 2, typeCount);
    if (!result.touchesEdge || width >= Math.max(n, m) || round >= 6) return result.beads;
    if (round >= 2) width *= 2;
    current = bandAroundBeads(n, m, result.beads, width);
  }
}

/**
 * A band of half-width w for the finest level (the documents themselves), around the path a length-only
 * alignment finds on the documents with sentences merged two by two; null when they are short enough to
 * search around the diagonal directly.
 */
export function coarseBand(lenA: Float64Array, lenB: Float64Array, p: ScoreParams, w: number): Band | null {
  if (Math.max(lenA.length, lenB.length) <= Math.max(BASE, MIN_COARSE)) return null;
  const levels: Array<[Float64Array, Float64Array]> = [];
  let a = lenA;
  let b = lenB;
  while (Math.max(a.length, b.length) > BASE) {
    a = a.length > 1 ? halve(a) : a;
    b = b.length > 1 ? halve(b) : b;
    levels.push([a, b]);
  }
  // One side of a single sentence cannot be halved: its scale stays 1 while the other side's is 2.
  let path: PathBead[] | null = null;
  let prevA = 0;
  let prevB = 0;
  for (let l = levels.length - 1; l >= 0; l--) {
    const [la, lb] = levels[l] as [Float64Array, Float64Array];
    const n = la.length;
    const m = lb.length;
    const band = path ? projected(n, m, path, prevA, prevB) : diagonalBand(n, m, Math.max(n, m));
    path = alignInBand(n, m, band, lengthModel(la, lb, p), RADIUS, COARSE_TYPES);
    prevA = n;
    prevB = m;
  }
  return path ? projectedTo(lenA.length, lenB.length, path, prevA, prevB, w) : null;
}

function projected(n: number, m: number, path: readonly PathBead[], fromN: number, fromM: number): Band {
  return projectedTo(n, m, path, fromN, fromM, RADIUS);
}

/** The path of a level with fromN × fromM units drawn on a level of n × m units, and a band around it. */
function projectedTo(n: number, m: number, path: readonly PathBead[], fromN: number, fromM: number, w: number): Band {
  const sa = fromN === n ? 1 : 2;
  const sb = fromM === m ? 1 : 2;
  if (sa === sb) return bandAroundBeads(n, m, path, w, sa);
  const scaled = path.map((b) => ({ i0: b.i0 * sa, di: b.di * sa, j0: b.j0 * sb, dj: b.dj * sb }));
  return bandAroundBeads(n, m, scaled, w);
}
