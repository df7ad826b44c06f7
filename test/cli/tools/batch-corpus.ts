// Test corpora for `bitext batch`: document pairs chained from the FLORES dev pairs (with merges and drops, as the
// aligner's dev sets are built), one JSONL record a line, with the gold links kept for scoring.
import { buildDevSet, type GoldDocument } from '../../../src/align/evaluate';
import { loadFlores } from '../../align/tools/flores';

export interface CorpusOptions {
  documents: number;
  sentences: number;
  seed?: number;
  /** Which FLORES articles: all, or one half (pass-2 gains are measured on the check half). */
  half?: 'tuning' | 'check';
}

export function floresDocuments(o: CorpusOptions): GoldDocument[] {
  const articles = loadFlores().filter((a) => !o.half || a.half === o.half);
  const pairs = articles.flatMap((a) => a.pairs);
  return buildDevSet(pairs, {
    seed: o.seed ?? 7,
    documents: o.documents,
    minSentences: o.sentences,
    maxSentences: o.sentences,
    mergeRate: 0.1,
    dropRate: 0.08,
    tripleRate: 0,
    ordered: true,
  });
}

/** One record a line; the German side as running text, the Vietnamese as a sentence list (both inputs exercised). */
export function corpusJsonl(docs: readonly GoldDocument[], prefix = 'doc'): string {
  return docs
    .map((d, k) => JSON.stringify({ id: `${prefix}${k}`, src_lang: 'de', trg_lang: 'vi', src_sentences: d.a, trg_sentences: d.b, src_url: `https://de.example/${k}`, trg_url: `https://vi.example/${k}` }))
    .join('\n')
    .concat('\n');
}
