// The cost of one bead (a group of A sentences aligned to a group of B sentences), as a negative log
// probability: link-type prior + how well the lengths agree + evidence from anchors and the lexicon.
import type { DocFeatures, IntLists } from './features';

/** Link types as [A sentences, B sentences]. */
export const BEAD_TYPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3],
];

export interface ScoreParams {
  /** -log prior of each bead type, parallel to BEAD_TYPES. */
  typeCost: Float64Array;
  /** B characters per A character, from the documents themselves. */
  ratio: number;
  /** Variance of B length per B character (Gale–Church's s², on B's scale). */
  variance: number;
  /** Log-normal fit of B sentence lengths, for B sentences that are left unaligned. */
  muB: number;
  sigmaB: number;
  anchorWeight: number;
  lexWeight: number;
  /** Nats per unit of evidence a linked sentence falls short of what its content should receive (0: off). */
  coverWeight: number;
}

export const DEFAULT_PRIORS: readonly number[] = [0.85, 0.03, 0.03, 0.04, 0.04, 0.002, 0.007, 0.007];

/** Log-normal fit of sentence lengths (for sentences left unaligned). */
export function lengthDistribution(len: Float64Array): { mu: number; sigma: number } {
  let s1 = 0;
  let s2 = 0;
  for (const l of len) {
    const x = Math.log(Math.max(l, 1));
    s1 += x;
    s2 += x * x;
  }
  const m = len.length;
  const mu = m > 0 ? s1 / m : 4;
  return { mu, sigma: m > 1 ? Math.max(0.3, Math.sqrt(Math.max(0, s2 / m - mu * mu))) : 1 };
}

export function makeParams(f: DocFeatures, overrides: Partial<ScoreParams> = {}): ScoreParams {
  return lengthParams(f.a.len, f.b.len, overrides);
}

export function lengthParams(lenA: Float64Array, lenB: Float64Array, overrides: Partial<ScoreParams> = {}): ScoreParams {
  let sumA = 0;
  let sumB = 0;
  for (const l of lenA) sumA += l;
  for (const l of lenB) sumB += l;
  const n = lenA.length;
  const m = lenB.length;
  // Total length ratio is right when the documents are parallel; when one is much longer (extra material),
  // the ratio of mean sentence lengths is the safer guess.
  const lopsided = Math.max(n, m) > 1.5 * Math.min(n, m);
  const raw = sumA > 0 && sumB > 0 ? (lopsided ? sumB / m / (sumA / n) : sumB / sumA) : 1;
  const ratio = Math.min(5, Math.max(0.2, raw));
  const { mu: muB, sigma: sigmaB } = lengthDistribution(lenB);
  return {
    typeCost: Float64Array.from(DEFAULT_PRIORS, (p) => -Math.log(p)),
    ratio,
    variance: 6.8 * ratio,
    muB,
    sigmaB,
    anchorWeight: 3,
    // Lexicon matches are weighed by how rare their words are in the document (features.ts, termWeights).
    lexWeight: 0.5,
    coverWeight: 0.4,
    ...overrides,
  };
}

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** -log density of B length `lb` given A length `la`: Gaussian near the mean, linear tails for outliers. */
export function lengthCost(la: number, lb: number, p: ScoreParams): number {
  const mean = la * p.ratio;
  const v = p.variance * (mean + lb) * 0.5 + 4;
  const z = Math.abs(lb - mean) / Math.sqrt(v);
  const quad = z <= 3 ? 0.5 * z * z : 4.5 + 3 * (z - 3);
  return quad + 0.5 * Math.log(v) + HALF_LOG_2PI;
}

/** -log density of a B sentence length with nothing on the A side to explain it. */
export function marginalCostB(lb: number, p: ScoreParams): number {
  const l = Math.max(lb, 1);
  const z = (Math.log(l) - p.muB) / p.sigmaB;
  return 0.5 * z * z + Math.log(l * p.sigmaB) + HALF_LOG_2PI;
}

/** Evidence that sentence i of A and sentence j of B say the same thing (the DP caches it over its band). */
export class PairEvidence {
  private readonly stamp: Int32Array;
  private readonly hit: Int32Array;
  private tick = 0;

  constructor(
    private readonly f: DocFeatures,
    private readonly p: ScoreParams,
  ) {
    this.stamp = new Int32Array(Math.max(1, f.termCount));
    this.hit = new Int32Array(Math.max(1, f.termCount));
    this.chance = this.estimateChance();
  }

  /** Lexical matches expected between unrelated sentences, per sqrt(hits × terms): sampled pairs far apart. */
  private readonly chance: number;

  private size(i: number, j: number): number {
    const hits = (this.f.a.hits[i + 1] as number) - (this.f.a.hits[i] as number);
    const ts = this.f.b.terms.start;
    const terms = (ts[j + 1] as number) - (ts[j] as number);
    return Math.sqrt(hits * terms);
  }

  private estimateChance(): number {
    const n = this.f.a.len.length;
    const m = this.f.b.len.length;
    if (this.f.termCount === 0 || n < 4 || m < 4) return 0;
    let matches = 0;
    let size = 0;
    for (let k = 0; k < 200; k++) {
      const i = (k * 7919) % n;
      const j = (Math.floor((i / n) * m) + Math.floor(m / 3) + ((k * 104729) % Math.max(1, Math.floor(m / 3)))) % m;
      matches += this.lexMatches(i, j);
      size += this.size(i, j);
    }
    return size > 0 ? matches / size : 0;
  }

  /** The most evidence each sentence could give: every lexicon hit matched both ways, every anchor found. */
  potentials(): { a: Float64Array; b: Float64Array } {
    const f = this.f;
    const side = (len: number, anchors: IntLists, count: (k: number) => number): Float64Array => {
      const out = new Float64Array(len);
      for (let k = 0; k < len; k++) {
        let an = 0;
        for (let u = anchors.start[k] as number; u < (anchors.start[k + 1] as number); u++) an += f.anchorWeight[anchors.data[u] as number] ?? 0;
        out[k] = this.p.anchorWeight * an + this.p.lexWeight * 2 * count(k);
      }
      return out;
    };
    const w = f.termWeight;
    // A hit could at best match its most telling target; a B term weighs its own idf.
    const hitWeight = (h: number): number => {
      let best = 0;
      for (let k = f.a.targets.start[h] as number; k < (f.a.targets.start[h + 1] as number); k++) best = Math.max(best, w[f.a.targets.data[k] as number] ?? 0);
      return best;
    };
    const sumA = (i: number): number => {
      let s = 0;
      for (let h = f.a.hits[i] as number; h < (f.a.hits[i + 1] as number); h++) s += hitWeight(h);
      return s;
    };
    const sumB = (j: number): number => {
      let s = 0;
      for (let k = f.b.terms.start[j] as number; k < (f.b.terms.start[j + 1] as number); k++) s += w[f.b.terms.data[k] as number] ?? 0;
      return s;
    };
    return { a: side(f.a.len.length, f.a.anchors, sumA), b: side(f.b.len.length, f.b.anchors, sumB) };
  }

  compute(i: number, j: number): number {
    const f = this.f;
    let anchor = 0;
    const xa = f.a.anchors.data;
    const xb = f.b.anchors.data;
    let u = f.a.anchors.start[i] as number;
    let v = f.b.anchors.start[j] as number;
    const ue = f.a.anchors.start[i + 1] as number;
    const ve = f.b.anchors.start[j + 1] as number;
    if (u < ue && v < ve) {
      while (u < ue && v < ve) {
        const ua = xa[u] as number;
        const vb = xb[v] as number;
        if (ua === vb) {
          anchor += f.anchorWeight[ua] ?? 0;
          u++;
          v++;
        } else if (ua < vb) u++;
        else v++;
      }
    }
    const lex = this.lexMatches(i, j) - this.chance * this.size(i, j);
    return this.p.anchorWeight * anchor + this.p.lexWeight * lex;
  }

  private lexMatches(i: number, j: number): number {
    const f = this.f;
    const h0 = f.a.hits[i] as number;
    const h1 = f.a.hits[i + 1] as number;
    const t0 = f.b.terms.start[j] as number;
    const t1 = f.b.terms.start[j + 1] as number;
    if (h0 === h1 || t0 === t1) return 0;
    const terms = f.b.terms.data;
    const targets = f.a.targets.data;
    const starts = f.a.targets.start;
    const weight = f.termWeight;
    const t = ++this.tick;
    for (let k = t0; k < t1; k++) this.stamp[terms[k] as number] = t;
    let matchedA = 0;
    let matchedB = 0;
    for (let h = h0; h < h1; h++) {
      let found = 0;
      for (let k = starts[h] as number; k < (starts[h + 1] as number); k++) {
        const id = targets[k] as number;
        if (this.stamp[id] === t) {
          const wt = weight[id] as number;
          if (wt > found) found = wt;
          if (this.hit[id] !== t) {
            this.hit[id] = t;
            matchedB += wt;
          }
        }
      }
      matchedA += found;
    }
    return matchedA + matchedB;
  }
}
