// A lexicon learned from links believed correct (the confident 1-1 links of a first pass, or links a person
// confirmed), in the manner of IBM model 1: EM over word co-occurrence, then keep the strong pairs.
import type { AlignmentLink } from '../model';
import { lexTokens } from './features';
import { emptyLexicon, type Lexicon } from './lexicon';

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

export function learnLexicon(links: readonly AlignmentLink[], a: readonly string[], b: readonly string[], opts: LearnOptions): Lexicon {
  const { langA, langB, iterations = 4, minProb = 0.3, minCount = 2, maxLinks = 4000 } = opts;
  const pairs = links.filter((l) => l.a.length === 1 && l.b.length === 1);
  const step = Math.max(1, pairs.length / maxLinks);
  const vocabA = new Map<string, number>();
  const vocabB = new Map<string, number>();
  const intern = (v: Map<string, number>, w: string): number => {
    let id = v.get(w);
    if (id === undefined) v.set(w, (id = v.size));
    return id;
  };
  const sents: Array<[Int32Array, Int32Array]> = [];
  for (let k = 0; k < pairs.length; k += step) {
    const l = pairs[Math.floor(k)] as AlignmentLink;
    const ta = lexTokens(a[l.a[0] as number] ?? '').slice(0, 80);
    const tb = lexTokens(b[l.b[0] as number] ?? '').slice(0, 120);
    if (ta.length === 0 || tb.length === 0) continue;
    sents.push([Int32Array.from(ta, (w) => intern(vocabA, w)), Int32Array.from(tb, (w) => intern(vocabB, w))]);
  }
  const nb = Math.max(1, vocabB.size);
  const NULL = vocabA.size;
  // t(b|a) keyed by a * nb + b; co-occurrence counts in the same keys.
  const t = new Map<number, number>();
  const cooc = new Map<number, number>();
  for (const [sa, sb] of sents) {
    const seen = new Set<number>();
    for (const x of sa) for (const y of sb) seen.add(x * nb + y);
    for (const k of seen) cooc.set(k, (cooc.get(k) ?? 0) + 1);
  }
  const init = 1 / nb;
  for (let it = 0; it < iterations; it++) {
    const count = new Map<number, number>();
    const totalA = new Float64Array(NULL + 1);
    for (const [sa, sb] of sents) {
      for (const y of sb) {
        let z = t.get(NULL * nb + y) ?? init;
        for (const x of sa) z += t.get(x * nb + y) ?? init;
        for (const x of [...sa, NULL]) {
          const k = x * nb + y;
          const c = (t.get(k) ?? init) / z;
          count.set(k, (count.get(k) ?? 0) + c);
          totalA[x] = (totalA[x] as number) + c;
        }
      }
    }
    t.clear();
    for (const [k, c] of count) t.set(k, c / (totalA[Math.floor(k / nb)] as number));
  }
  const wordsA = [...vocabA.keys()];
  const wordsB = [...vocabB.keys()];
  const lex = emptyLexicon(langA, langB);
  for (const [k, p] of t) {
    const x = Math.floor(k / nb);
    if (x === NULL || p < minProb || (cooc.get(k) ?? 0) < minCount) continue;
    const wa = wordsA[x] as string;
    const wb = wordsB[k - x * nb] as string;
    let set = lex.entries.get(wa);
    if (!set) lex.entries.set(wa, (set = new Set()));
    set.add(wb);
  }
  return lex;
}
