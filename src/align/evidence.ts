// The aligner's pair evidence (anchors: numbers, names, URLs; lexicon matches from CLDR names and the bundled
// and learned word lists, weighed by rarity) offered for two small sets of texts, e.g. the leftovers of a page
// and its translated sentences. No alignment is run: callers decide what to pair.
import { builtinLexicon } from './builtin';
import { extractFeatures, prepareRuns, prepareText, type DocText, type IntLists } from './features';
import type { Lexicon } from './lexicon';
import { lengthParams, PairEvidence } from './scorer';

export interface TextEvidence {
  /** Evidence (nats-like, ≥ 0 mostly) that a[i] and b[j] say the same thing. */
  pair(i: number, j: number): number;
  /** The most evidence each text could give if everything in it were found on the other side. */
  potentialA: Float64Array;
  potentialB: Float64Array;
  /**
   * The texts of `b` that share an anchor or a lexicon term with a[i], found through an index instead of a scan.
   * Keys found in more than `maxShare` texts of `b` are skipped: they are the page's topic, not evidence of one
   * pairing, and following them would make the look-up as slow as comparing with everything.
   */
  sharing(i: number, maxShare: number): number[];
}

/** For each key (anchor or term id), the texts of one side holding it, in order. */
function invert(lists: IntLists, keys: number): Int32Array[] {
  const buckets: number[][] = Array.from({ length: keys }, () => []);
  const count = lists.start.length - 1;
  for (let j = 0; j < count; j++)
    for (let u = lists.start[j] as number; u < (lists.start[j + 1] as number); u++) {
      const bucket = buckets[lists.data[u] as number];
      if (bucket && bucket[bucket.length - 1] !== j) bucket.push(j);
    }
  return buckets.map((b) => Int32Array.from(b));
}

/** Evidence between every text of `a` (in langA) and every text of `b` (in langB); `lexicon` adds to the bundled one. */
export function textEvidence(a: readonly string[], b: readonly string[], langA: string, langB: string, lexicon?: Lexicon): TextEvidence {
  return evidenceOf(prepareText(a, b, langA, langB, true), lexicon ?? builtinLexicon(langA, langB));
}

/**
 * As textEvidence, where each text of B is a run of consecutive `sentences` (`runs` holds their indexes, e.g. a
 * sentence alone and with the next): every sentence is read once, not once per run that holds it.
 */
export function runEvidence(a: readonly string[], sentences: readonly string[], runs: readonly (readonly number[])[], langA: string, langB: string, lexicon?: Lexicon): TextEvidence {
  return evidenceOf(prepareRuns(a, sentences, runs, langA, langB), lexicon ?? builtinLexicon(langA, langB));
}

function evidenceOf(text: DocText, lexicon: Lexicon): TextEvidence {
  const features = extractFeatures(text, lexicon);
  const ev = new PairEvidence(features, lengthParams(text.lenA, text.lenB));
  const pot = ev.potentials();
  let index: { anchors: Int32Array[]; terms: Int32Array[] } | null = null;
  const sharing = (i: number, maxShare: number): number[] => {
    index ??= { anchors: invert(features.b.anchors, features.anchorWeight.length), terms: invert(features.b.terms, features.termCount) };
    const found = new Set<number>();
    const follow = (posting: Int32Array | undefined): void => {
      if (posting && posting.length <= maxShare) for (const j of posting) found.add(j);
    };
    const a = features.a;
    for (let u = a.anchors.start[i] as number; u < (a.anchors.start[i + 1] as number); u++) follow(index.anchors[a.anchors.data[u] as number]);
    for (let h = a.hits[i] as number; h < (a.hits[i + 1] as number); h++)
      for (let k = a.targets.start[h] as number; k < (a.targets.start[h + 1] as number); k++) follow(index.terms[a.targets.data[k] as number]);
    return [...found].sort((x, y) => x - y);
  };
  return { pair: (i, j) => ev.compute(i, j), potentialA: pot.a, potentialB: pot.b, sharing };
}
