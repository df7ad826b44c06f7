// chrF as sacreBLEU computes it (chrF2: character n-grams 1..6, no word n-grams, beta 2, whitespace removed,
// case kept). Statistics per sentence are [hyp, ref, match] counts per order; the corpus score comes from the
// summed statistics, with sacreBLEU's effective-order averaging of precision and recall. Characters are code
// points, as in Python, not UTF-16 units.

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/** The characters Python's str.split() splits on (Unicode White_Space as CPython defines it). */
// eslint-disable-next-line no-control-regex -- Python counts these control characters as whitespace
export const PYTHON_WHITESPACE = /[\t\n\u000B\u000C\r\u001C-\u001F \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

function ngramCounts(chars: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const g = n === 1 ? chars[i]! : chars.slice(i, i + n).join('');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** 3 × order numbers: for each n, [hypothesis n-grams, reference n-grams, matches]. */
export function chrfStatistics(hypothesis: string, reference: string, order = CHRF_ORDER): number[] {
  // Unchanged text (most rows of a review) matches itself completely: count the n-grams without building them.
  if (hypothesis === reference) {
    const length = Array.from(reference.replace(PYTHON_WHITESPACE, '')).length;
    const stats: number[] = [];
    for (let n = 1; n <= order; n++) {
      const count = Math.max(0, length - n + 1);
      stats.push(count, count, count);
    }
    return stats;
  }
  const hyp = Array.from(hypothesis.replace(PYTHON_WHITESPACE, ''));
  const ref = Array.from(reference.replace(PYTHON_WHITESPACE, ''));
  const stats: number[] = [];
  for (let n = 1; n <= order; n++) {
    const h = ngramCounts(hyp, n);
    const r = ngramCounts(ref, n);
    let hypCount = 0;
    let refCount = 0;
    let match = 0;
    for (const [g, c] of h) {
      hypCount += c;
      const rc = r.get(g);
      if (rc !== undefined) match += Math.min(c, rc);
    }
    for (const c of r.values()) refCount += c;
    // sacreBLEU counts no hypothesis n-grams when the reference has none of that order.
    stats.push(r.size > 0 ? hypCount : 0, refCount, match);
  }
  return stats;
}

/** The F-score (0..100) from statistics, averaging precision and recall over the orders both sides have. */
export function chrfFromStatistics(stats: readonly number[], beta = CHRF_BETA): number {
  const factor = beta * beta;
  let avgPrec = 0;
  let avgRec = 0;
  let effective = 0;
  for (let i = 0; i + 2 < stats.length; i += 3) {
    const hyp = stats[i]!;
    const ref = stats[i + 1]!;
    const match = stats[i + 2]!;
    if (hyp > 0 && ref > 0) {
      avgPrec += match / hyp;
      avgRec += match / ref;
      effective++;
    }
  }
  if (effective === 0) return 0;
  avgPrec /= effective;
  avgRec /= effective;
  if (avgPrec + avgRec === 0) return 0;
  return (100 * ((1 + factor) * avgPrec * avgRec)) / (factor * avgPrec + avgRec);
}

export function sentenceChrf(hypothesis: string, reference: string): number {
  return chrfFromStatistics(chrfStatistics(hypothesis, reference));
}

export function corpusChrf(hypotheses: readonly string[], references: readonly string[]): number {
  if (hypotheses.length !== references.length) throw new Error(`corpusChrf: ${hypotheses.length} hypotheses but ${references.length} references`);
  const sum = new Array<number>(3 * CHRF_ORDER).fill(0);
  hypotheses.forEach((h, k) => chrfStatistics(h, references[k]!).forEach((v, i) => (sum[i]! += v)));
  return chrfFromStatistics(sum);
}
