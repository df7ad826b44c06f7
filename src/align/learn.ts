// A lexicon learned from links believed correct (the confident 1-1 links of a first pass, or links a person
// confirmed), in the manner of IBM model 1: EM over word co-occurrence, then keep the strong pairs.
import type { AlignmentLink } from '../model';
import { lexTokens } from './features';
import { stemPhrase } from './lexiconStems';
import { emptyLexicon, invertLexicon, type Lexicon } from './lexicon';

export interface LearnOptions {
  langA: string;
  langB: string;
  iterations?: number;
  /** Keep a pair when t(b|a) reaches this. */
  minProb?: number;
  /** ... and the words co-occur in at least this many links. */
  minCount?: number;
  /** Learn from at most this many links (evenly sampled) so time stays bounded on huge documents. */
  maxLinks?: number;
}

/** Dense ids for (a word, b word) pairs: open addressing over typed arrays, no Map entry per pair. */
class PairIds {
  private keysA = new Int32Array(1 << 12).fill(-1);
  private keysB = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  readonly pairA: number[] = [];
  readonly pairB: number[] = [];

  id(x: number, y: number): number {
    if (this.pairA.length * 2 >= this.keysA.length) this.grow();
    const mask = this.keysA.length - 1;
    let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
    for (;;) {
      const k = this.keysA[h] as number;
      if (k === -1) {
        this.keysA[h] = x;
        this.keysB[h] = y;
        this.ids[h] = this.pairA.length;
        this.pairA.push(x);
        this.pairB.push(y);
        return this.pairA.length - 1;
      }
      if (k === x && this.keysB[h] === y) return this.ids[h] as number;
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const size = this.keysA.length * 2;
    this.keysA = new Int32Array(size).fill(-1);
    this.keysB = new Int32Array(size);
    this.ids = new Int32Array(size);
    const mask = size - 1;
    this.pairA.forEach((x, id) => {
      const y = this.pairB[id] as number;
      let h = (Math.imul(x, 0x9e3779b1) ^ Math.imul(y, 0x85ebca6b)) & mask;
      while ((this.keysA[h] as number) !== -1) h = (h + 1) & mask;
      this.keysA[h] = x;
      this.keysB[h] = y;
      this.ids[h] = id;
    });
  }
}

export function learnLexicon(links: readonly AlignmentLink[], a: readonly string[], b: readonly string[], opts: LearnOptions): Lexicon {
  return learnFromTokens(links, (i) => lexTokens(a[i] ?? ''), (j) => lexTokens(b[j] ?? ''), opts);
}

/** learnLexicon over sentences already split into (stemmed) tokens by the caller. */
export function learnFromTokens(links: readonly AlignmentLink[], tokensA: (i: number) => readonly string[], tokensB: (j: number) => readonly string[], opts: LearnOptions): Lexicon {
  const { langA, langB, iterations = 4, minProb = 0.3, minCount = 2, maxLinks = 1000 } = opts;
  const pairs = links.filter((l) => l.a.length === 1 && l.b.length === 1);
  const step = Math.max(1, pairs.length / maxLinks);
  const vocabA = new Map<string, number>();
  const vocabB = new Map<string, number>();
  const intern = (v: Map<string, number>, w: string): number => {
    let id = v.get(w);
    if (id === undefined) v.set(w, (id = v.size));
    return id;
  };
  const rawA: string[][] = [];
  const rawB: string[][] = [];
  const freqA = new Map<string, number>();
  const freqB = new Map<string, number>();
  for (let k = 0; k < pairs.length; k += step) {
    const l = pairs[Math.floor(k)] as AlignmentLink;
    const ta = tokensA(l.a[0] as number).slice(0, 40);
    const tb = tokensB(l.b[0] as number).slice(0, 60);
    if (ta.length === 0 || tb.length === 0) continue;
    rawA.push(ta);
    rawB.push(tb);
    for (const w of ta) freqA.set(w, (freqA.get(w) ?? 0) + 1);
    for (const w of tb) freqB.set(w, (freqB.get(w) ?? 0) + 1);
  }
  // Words seen fewer than minCount times can never make the cut: leave them out of EM altogether.
  const sents: Array<[Int32Array, Int32Array]> = [];
  rawA.forEach((ta, k) => {
    const xa = ta.filter((w) => (freqA.get(w) ?? 0) >= minCount).map((w) => intern(vocabA, w));
    const xb = (rawB[k] as string[]).filter((w) => (freqB.get(w) ?? 0) >= minCount).map((w) => intern(vocabB, w));
    if (xa.length > 0 && xb.length > 0) sents.push([Int32Array.from(xa), Int32Array.from(xb)]);
  });
  // Every (a word, b word) pair that co-occurs gets a dense index, so EM runs over typed arrays, not maps.
  const NULL = vocabA.size;
  const table = new PairIds();
  const { pairA, pairB } = table;
  const cooc: number[] = [];
  const nb = Math.max(1, vocabB.size);
  const occ: Int32Array[] = [];
  // Which pair ids were already counted for the current link (co-occurrence counts links, not tokens).
  let seenAt = new Int32Array(1024);
  for (let s = 0; s < sents.length; s++) {
    const [sa, sb] = sents[s] as [Int32Array, Int32Array];
    const width = sa.length + 1;
    const ids = new Int32Array(width * sb.length);
    let k = 0;
    for (const y of sb)
      for (let u = 0; u < width; u++) {
        const id = table.id(u < sa.length ? (sa[u] as number) : NULL, y);
        if (id >= cooc.length) cooc.push(0);
        if (id >= seenAt.length) {
          const bigger = new Int32Array(seenAt.length * 2 + id);
          bigger.set(seenAt);
          seenAt = bigger;
        }
        if (seenAt[id] !== s + 1) {
          seenAt[id] = s + 1;
          cooc[id] = (cooc[id] as number) + 1;
        }
        ids[k++] = id;
      }
    occ.push(ids);
  }
  const P = pairA.length;
  const t = new Float64Array(P).fill(1 / nb);
  const count = new Float64Array(P);
  const totalA = new Float64Array(NULL + 1);
  for (let it = 0; it < iterations; it++) {
    count.fill(0);
    totalA.fill(0);
    sents.forEach(([sa], s) => {
      const ids = occ[s] as Int32Array;
      const width = sa.length + 1;
      for (let base = 0; base < ids.length; base += width) {
        let z = 0;
        for (let k = base; k < base + width; k++) z += t[ids[k] as number] as number;
        for (let k = base; k < base + width; k++) {
          const id = ids[k] as number;
          const c = (t[id] as number) / z;
          count[id] = (count[id] as number) + c;
          totalA[pairA[id] as number] = (totalA[pairA[id] as number] as number) + c;
        }
      }
    });
    for (let id = 0; id < P; id++) t[id] = (count[id] as number) / (totalA[pairA[id] as number] as number);
  }
  const wordsA = [...vocabA.keys()];
  const wordsB = [...vocabB.keys()];
  const lex = emptyLexicon(langA, langB);
  for (let id = 0; id < P; id++) {
    const x = pairA[id] as number;
    if (x === NULL || (t[id] as number) < minProb || (cooc[id] as number) < minCount) continue;
    const wa = wordsA[x] as string;
    const wb = wordsB[pairB[id] as number] as string;
    let set = lex.entries.get(wa);
    if (!set) lex.entries.set(wa, (set = new Set()));
    set.add(wb);
  }
  return lex;
}

/**
 * A lexicon learned from a corpus without the words `known` (the bundled lexicon) already translates. Learned
 * pairs for such a word come on top of its known translations: it gains the rare words it happened to co-occur
 * with, and every sentence holding it gains evidence for partners that do not translate it (on FLORES documents
 * this made a second pass with the corpus lexicon worse than the first; see docs/SCALE.md). Words are compared as
 * the aligner looks them up: stemmed.
 */
export function withoutKnownWords(learned: Lexicon, known: Lexicon): Lexicon {
  const oriented = known.langA === learned.langA ? known : invertLexicon(known);
  const knownA = new Set([...oriented.entries.keys()].map(stemPhrase));
  const out = emptyLexicon(learned.langA, learned.langB);
  for (const [a, bs] of learned.entries) if (!knownA.has(stemPhrase(a))) out.entries.set(a, bs);
  return out;
}
