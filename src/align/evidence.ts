// The aligner's pair evidence (anchors: numbers, names, URLs; lexicon matches from CLDR names and the bundled
// and learned word lists, weighed by rarity) offered for two small sets of texts, e.g. the leftovers of a page
// and its translated sentences. No alignment is run: callers decide what to pair.
import { builtinLexicon } from './builtin';
import { extractFeatures, prepareText } from './features';
import type { Lexicon } from './lexicon';
import { lengthParams, PairEvidence } from './scorer';

export interface TextEvidence {
  /** Evidence (nats-like, ≥ 0 mostly) that a[i] and b[j] say the same thing. */
  pair(i: number, j: number): number;
  /** The most evidence each text could give if everything in it were found on the other side. */
  potentialA: Float64Array;
  potentialB: Float64Array;
}

/** Evidence between every text of `a` (in langA) and every text of `b` (in langB); `lexicon` adds to the bundled one. */
export function textEvidence(a: readonly string[], b: readonly string[], langA: string, langB: string, lexicon?: Lexicon): TextEvidence {
  const text = prepareText(a, b, langA, langB, true);
  const features = extractFeatures(text, lexicon ?? builtinLexicon(langA, langB));
  const ev = new PairEvidence(features, lengthParams(text.lenA, text.lenB));
  const pot = ev.potentials();
  return { pair: (i, j) => ev.compute(i, j), potentialA: pot.a, potentialB: pot.b };
}
