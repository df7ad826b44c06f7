// MQM scores: penalty = Σ severity weight over the annotations; score = 100 × (1 − penalty / words), words being
// the evaluated words (the translation's). Annotations on the original side count too: MQM marks omissions
// there. The score is not clamped (heavy errors in a short text go below zero); it is null when there are no words.
import type { MqmSeverity } from '../model';
import type { AlignedUnit } from '../formats/units';
import { countWords } from './words';
import taxonomy from './mqm-taxonomy.json';

export type MqmWeights = Record<MqmSeverity, number>;

/** The categories and severity weights people annotate with: data, shared by the editor and the scores. */
export const MQM_TAXONOMY = taxonomy as {
  categories: Array<{ id: string; parent: string | null }>;
  severities: Array<{ id: MqmSeverity; weight: number }>;
};
export const DEFAULT_MQM_WEIGHTS: Readonly<MqmWeights> = Object.fromEntries(MQM_TAXONOMY.severities.map((s) => [s.id, s.weight])) as MqmWeights;

export interface MqmResult {
  words: number;
  penalty: number;
  score: number | null;
  counts: Record<MqmSeverity, number>;
}

export interface PageMqm extends MqmResult {
  docId: string;
  file: string;
}

export function mqmScore(penalty: number, words: number): number | null {
  return words > 0 ? 100 * (1 - penalty / words) : null;
}

function empty(): MqmResult {
  return { words: 0, penalty: 0, score: null, counts: { neutral: 0, minor: 0, major: 0, critical: 0 } };
}

function addUnit(r: MqmResult, u: AlignedUnit, weights: MqmWeights): void {
  r.words += countWords(u.target.text, u.target.lang);
  for (const a of u.annotations) {
    r.penalty += weights[a.severity];
    r.counts[a.severity]++;
  }
}

/** MQM per page (in first-seen order) and for the whole corpus. */
export function mqmReport(units: Iterable<AlignedUnit>, weights: MqmWeights = DEFAULT_MQM_WEIGHTS): { pages: PageMqm[]; corpus: MqmResult } {
  const pages = new Map<string, PageMqm>();
  const corpus = empty();
  for (const u of units) {
    let p = pages.get(u.docId);
    if (!p) pages.set(u.docId, (p = { docId: u.docId, file: u.file, ...empty() }));
    addUnit(p, u, weights);
    addUnit(corpus, u, weights);
  }
  for (const p of pages.values()) p.score = mqmScore(p.penalty, p.words);
  corpus.score = mqmScore(corpus.penalty, corpus.words);
  return { pages: [...pages.values()], corpus };
}
