// One document pair through the aligner, as the output record of `bitext batch align`. Pure.
import { alignSentences, type AlignmentLink, type Lexicon } from '../../align/index';
import type { BatchJob } from './record';

export interface Alignment {
  src: number[];
  trg: number[];
  score: number;
}

export interface OkRecord {
  id: string;
  status: 'ok';
  src_lang: string;
  trg_lang: string;
  src_url?: string;
  trg_url?: string;
  src_sentences: string[];
  trg_sentences: string[];
  alignments: Alignment[];
  /** coverage: share of sentences (both sides) in links with text on both sides; mean_score over those links. */
  stats: { coverage: number; mean_score: number };
  aligner: { name: string; version: string };
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export function alignJob(job: BatchJob, aligner: { name: string; version: string }, lexicon: Lexicon | undefined): OkRecord {
  const locked: AlignmentLink[] = job.anchors.map(([i, j]) => ({ a: [i], b: [j], score: 1 }));
  const links = alignSentences(job.src, job.trg, { langA: job.srcLang, langB: job.trgLang, locked, ...(lexicon ? { lexicon } : {}) });
  let covered = 0;
  let sum = 0;
  let paired = 0;
  for (const l of links) {
    if (l.a.length === 0 || l.b.length === 0) continue;
    covered += l.a.length + l.b.length;
    sum += l.score;
    paired++;
  }
  const total = job.src.length + job.trg.length;
  return {
    id: job.id,
    status: 'ok',
    src_lang: job.srcLang,
    trg_lang: job.trgLang,
    ...(job.srcUrl !== null ? { src_url: job.srcUrl } : {}),
    ...(job.trgUrl !== null ? { trg_url: job.trgUrl } : {}),
    src_sentences: job.src,
    trg_sentences: job.trg,
    alignments: links.map((l) => ({ src: l.a, trg: l.b, score: round(l.score) })),
    stats: { coverage: round(total ? covered / total : 0), mean_score: round(paired ? sum / paired : 0) },
    aligner,
  };
}
