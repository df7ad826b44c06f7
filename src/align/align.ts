// The aligner: features -> a length-only coarse-to-fine path (coarse.ts) -> banded DP with the full model
// around it -> a lexicon learned from the confident links of that pass -> a second pass in a narrow band
// around the first path, whose forward and backward tables give every link its confidence.
import type { AlignmentLink } from '../model';
import { bandAroundBeads, diagonalBand, widenNear, type Band } from './band';
import { builtinLexicon } from './builtin';
import { calibrate } from './calibration';
import { coarseBand } from './coarse';
import { beadMargins, evidenceFit, marginToScore } from './confidence';
import { bandedAlign, type Bead, type CostModel, type DpResult, type DpTables } from './dp';
import { extractFeatures, prepareText, primeMergedStems, type DocFeatures, type DocText } from './features';
import { learnFromTokens } from './learn';
import { mergeLexicons, type Lexicon } from './lexicon';
import { repairEdges } from './repair';
import { BEAD_TYPES, lengthCost, lengthParams, makeParams, marginalCostB, PairEvidence, type ScoreParams } from './scorer';

export interface AlignOptions {
  langA: string;
  langB: string;
  /** Extra lexicon (user dictionary, links a person confirmed); either direction. */
  lexicon?: Lexicon;
  /** Links a person locked: kept as they are, only the stretches between them are aligned. */
  locked?: AlignmentLink[];
  /** Initial half-width of the search band, in sentences (default 5; re-centred and widened automatically when needed). */
  band?: number;
  /** Which signals to use; all on by default. Switching them off gives the baselines of the evaluation. */
  signals?: { anchors?: boolean; lexicon?: boolean; builtin?: boolean; learn?: boolean };
  /** Expert tuning of the scoring model (weights, priors); the defaults were set on the development set. */
  params?: Partial<ScoreParams>;
  /**
   * Map raw confidences to the share of links right (calibration.ts); default true. For fitting that map:
   * 'margin' or 'fit' gives that part of the raw confidence alone, false the lower of the two.
   */
  calibrate?: boolean | 'margin' | 'fit';
}

interface Pass {
  result: DpResult & { tables: DpTables | null };
  features: DocFeatures;
  params: ScoreParams;
}

function prefixSums(len: Float64Array): Float64Array {
  const out = new Float64Array(len.length + 1);
  for (let k = 0; k < len.length; k++) out[k + 1] = (out[k] as number) + (len[k] as number);
  return out;
}

function costModel(f: DocFeatures, p: ScoreParams, ev: PairEvidence | null): CostModel {
  const skipB = Float64Array.from(f.b.len, (l) => (p.typeCost[2] as number) + marginalCostB(l, p));
  const pot = ev && p.coverWeight > 0 ? ev.potentials() : null;
  return {
    prefixA: prefixSums(f.a.len),
    prefixB: prefixSums(f.b.len),
    skipB,
    typeCost: p.typeCost,
    ratio: p.ratio,
    variance: p.variance,
    pair: ev ? (i: number, j: number) => ev.compute(i, j) : null,
    potentialA: pot?.a ?? null,
    potentialB: pot?.b ?? null,
    coverWeight: p.coverWeight,
  };
}

function runPass(text: DocText, lexicon: Lexicon | null, band: Band | null, w: number, params: Partial<ScoreParams> | undefined, keep: boolean): Pass {
  const features = extractFeatures(text, lexicon);
  const p = makeParams(features, params);
  const ev = new PairEvidence(features, p);
  const hasEvidence = features.anchorWeight.length > 0 || features.termCount > 0;
  const model = costModel(features, p, hasEvidence ? ev : null);
  const n = text.lenA.length;
  const m = text.lenB.length;
  let width = w;
  let current = band ?? diagonalBand(n, m, width);
  for (let round = 0; ; round++) {
    const last = width >= Math.max(n, m) || round >= 8;
    const result = bandedAlign(n, m, current, model, 2, BEAD_TYPES.length, keep);
    if (!result.touchesEdge || last) return { result, features, params: p };
    // A band that already follows a coarse path is off only in places: re-align just those (no tables are
    // wanted from this pass, so the path may be patched).
    if (band && !keep) return { result: { ...result, beads: repairEdges(result, model, width, BEAD_TYPES.length), touchesEdge: false, edgeBeads: [] }, features, params: p };
    // With tables wanted the whole pass runs again, but in a band widened only near those places (band.ts), and
    // at once by enough that one more run usually does (on a 100,000-sentence pair: 1 more run instead of 3).
    if (band) {
      width *= 4;
      current = widenNear(n, m, current, result.beads, result.edgeBeads, width, 8 * width);
      continue;
    }
    // The path ran along the band's edge: centre the band on that path (it drifts where the documents
    // drift), and widen it only if re-centring alone has not helped after a few rounds.
    if (round >= 2) width *= 2;
    current = bandAroundBeads(n, m, result.beads, width);
  }
}

/** 1-1 links inside a run of 1-1 links whose lengths agree: what a second pass may learn words from. */
function confidentLinks(beads: readonly Bead[], f: DocFeatures, p: ScoreParams): AlignmentLink[] {
  const out: AlignmentLink[] = [];
  for (let k = 0; k < beads.length; k++) {
    const bd = beads[k] as Bead;
    if (bd.di !== 1 || bd.dj !== 1) continue;
    const prev = beads[k - 1];
    const next = beads[k + 1];
    const inRun = (!prev || (prev.di === 1 && prev.dj === 1)) && (!next || (next.di === 1 && next.dj === 1));
    if (!inRun) continue;
    const la = f.a.len[bd.i0] as number;
    const lb = f.b.len[bd.j0] as number;
    if (lengthCost(la, lb, p) - lengthCost(la, la * p.ratio, p) > 2) continue;
    out.push({ a: [bd.i0], b: [bd.j0], score: 1 });
  }
  return out;
}

/** Variance of B lengths around the expected, re-estimated from a pass's 1-1 links (trimmed of outliers). */
function estimateVariance(beads: readonly Bead[], f: DocFeatures, ratio: number): number | null {
  const v: number[] = [];
  for (const bd of beads) {
    if (bd.di !== 1 || bd.dj !== 1) continue;
    const la = f.a.len[bd.i0] as number;
    const lb = f.b.len[bd.j0] as number;
    const mean = la * ratio;
    if (mean + lb <= 0) continue;
    v.push(((lb - mean) * (lb - mean)) / ((mean + lb) / 2));
  }
  if (v.length < 20) return null;
  v.sort((x, y) => x - y);
  const kept = v.slice(0, Math.ceil(v.length * 0.9));
  const mean = kept.reduce((s, x) => s + x, 0) / kept.length;
  return Math.min(Math.max(mean * 1.3, 2), 200);
}

function toLinks(pass: Pass, n: number, m: number, mode: AlignOptions['calibrate']): AlignmentLink[] {
  const { beads, tables, total } = pass.result;
  // Confidence: the link against its best local rival path, capped by how well its own evidence supports it.
  const margins = tables ? beadMargins(n, m, beads, tables, total) : null;
  const fit = tables ? evidenceFit(beads, tables) : null;
  return beads.map((bd, k) => {
    const margin = margins ? marginToScore(margins[k] as number) : 1;
    const support = fit ? Math.round((fit[k] as number) * 1000) / 1000 : 1;
    const score = mode === 'margin' ? margin : mode === 'fit' ? support : mode === false || !margins ? Math.min(margin, support) : calibrate(margin, support, bd.di, bd.dj);
    return { a: Array.from({ length: bd.di }, (_, x) => bd.i0 + x), b: Array.from({ length: bd.dj }, (_, y) => bd.j0 + y), score };
  });
}

const mergedCache = new WeakMap<Lexicon, Map<string, Lexicon>>();

/** Bundled + user lexicon, merged once per user lexicon (so re-aligning on every click stays cheap). */
function startLexicon(opts: AlignOptions): Lexicon | null {
  const sig = opts.signals ?? {};
  if (sig.lexicon === false) return null;
  const builtin = sig.builtin !== false ? builtinLexicon(opts.langA, opts.langB) : null;
  const user = opts.lexicon ?? null;
  if (!user) return builtin;
  const key = `${opts.langA}|${opts.langB}|${builtin ? 1 : 0}`;
  let perUser = mergedCache.get(user);
  if (!perUser) mergedCache.set(user, (perUser = new Map()));
  let merged = perUser.get(key);
  if (!merged) perUser.set(key, (merged = mergeLexicons(opts.langA, opts.langB, builtin ? [builtin, user] : [user])));
  return merged;
}

/** Align two non-empty sentence lists with no locks. */
export function alignFree(a: readonly string[], b: readonly string[], opts: AlignOptions): AlignmentLink[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...a.map((_, i) => ({ a: [i], b: [], score: 1 })), ...b.map((_, j) => ({ a: [], b: [j], score: 1 }))];
  const sig = opts.signals ?? {};
  const lexicon = startLexicon(opts);
  const w = Math.max(3, opts.band ?? 5);
  const text = prepareText(a, b, opts.langA, opts.langB, sig.anchors !== false);
  const learn = !(sig.learn === false || sig.lexicon === false || n < 8 || m < 8);
  // Coarse to fine: a length-only path on the documents with sentences merged two by two (and so on) shows
  // where they drift; the full model then searches a narrow band around it.
  const start = coarseBand(text.lenA, text.lenB, lengthParams(text.lenA, text.lenB, opts.params), w);
  const first = runPass(text, lexicon, start, w, opts.params, !learn);
  const mode = opts.calibrate ?? true;
  if (!learn) return toLinks(first, n, m, mode);
  const confident = confidentLinks(first.result.beads, first.features, first.params);
  const learned = learnFromTokens(confident, (i) => text.tokensA[i] ?? [], (j) => text.tokensB[j] ?? [], { langA: opts.langA, langB: opts.langB });
  const variance = estimateVariance(first.result.beads, first.features, first.params.ratio);
  const merged = mergeLexicons(opts.langA, opts.langB, lexicon ? [lexicon, learned] : [learned]);
  if (lexicon) primeMergedStems(merged, lexicon, learned);
  const w2 = Math.min(w, 3);
  const band = bandAroundBeads(n, m, first.result.beads, w2);
  const second = runPass(text, merged, band, w2, { ...(variance === null ? {} : { variance }), ...opts.params }, true);
  return toLinks(second, n, m, mode);
}
