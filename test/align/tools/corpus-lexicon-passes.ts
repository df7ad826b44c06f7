// Pass 1 and pass 2 of the corpus-lexicon pipeline on a set of documents, in process: align, count the confident
// 1-1 links as `bitext batch learn` does, read the counts into a lexicon, align again with it, and score both.
import { alignSentences, type AlignmentLink } from '../../../src/align/index';
import { emptyScores, scoreDocument, type Scores } from '../../../src/align/evaluate';
import { countLink, countsToLexicon, emptyCounts } from '../../../src/cli/lexiconCounts';

interface Doc {
  a: string[];
  b: string[];
  gold: readonly AlignmentLink[];
}

export function corpusLexiconPasses(docs: readonly Doc[]): { pass1: Scores; pass2: Scores; words: number } {
  const opts = { langA: 'de', langB: 'vi' };
  const first = docs.map((d) => alignSentences(d.a, d.b, opts));
  const counts = emptyCounts('de', 'vi');
  first.forEach((links, k) => {
    const d = docs[k]!;
    for (const l of links) if (l.a.length === 1 && l.b.length === 1 && l.score >= 0.9) countLink(counts, d.a[l.a[0]!]!, d.b[l.b[0]!]!);
  });
  const lexicon = countsToLexicon(counts);
  const pass1 = emptyScores();
  const pass2 = emptyScores();
  docs.forEach((d, k) => {
    scoreDocument(first[k]!, d.gold, pass1);
    scoreDocument(alignSentences(d.a, d.b, { ...opts, lexicon }), d.gold, pass2);
  });
  return { pass1, pass2, words: lexicon.entries.size };
}
