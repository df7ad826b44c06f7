// The quality report of a corpus and of each of its pages: MQM from the annotations, edit statistics of the
// machine translation against the fixed text, counts of the automatic checks, share of confirmed rows, and the
// distributions the review view draws. One function, so the UI and `bitext qa` report the same numbers.
import type { AlignedUnit } from '../formats/units';
import type { MqmSeverity } from '../model';
import { CHECKS } from './catalog';
import { editStatistics, type EditStats } from './editStats';
import { countByCheck, type Finding } from './findings';
import { DEFAULT_MQM_WEIGHTS, mqmReport, type MqmWeights } from './mqm';

export interface Scores {
  units: number;
  confirmed: number;
  /** confirmed / units (0 when there are no units). */
  confirmedShare: number;
  mqm: { words: number; penalty: number; score: number | null; counts: Record<MqmSeverity, number> };
  edits: Omit<EditStats, 'units'>;
  /** Findings by check id (ignored ones left out). */
  checks: Record<string, number>;
  findings: number;
}

export interface PageScores extends Scores {
  docId: string;
  file: string;
}

export interface ConfidenceHistogram {
  /** Lower edges of the bins; the last bin includes 1. */
  edges: number[];
  counts: number[];
  /** Units without a score (e.g. not aligned by the aligner). */
  unscored: number;
}

export interface QualityReport {
  corpus: Scores;
  pages: PageScores[];
  /** Every check of the catalogue with its count, in catalogue order (zeros included, for the chart). */
  checks: Array<{ id: string; title: string; severity: string; count: number }>;
  confidence: ConfidenceHistogram;
}

export const CONFIDENCE_BINS = 10;

export function confidenceHistogram(units: Iterable<AlignedUnit>, bins = CONFIDENCE_BINS): ConfidenceHistogram {
  const counts = new Array<number>(bins).fill(0);
  let unscored = 0;
  for (const u of units) {
    if (u.score === null) {
      unscored++;
      continue;
    }
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(u.score * bins)));
    counts[bin]!++;
  }
  return { edges: counts.map((_, i) => i / bins), counts, unscored };
}

function scores(units: readonly AlignedUnit[], findings: readonly Finding[], mqm: ReturnType<typeof mqmReport>['corpus'], edits: EditStats): Scores {
  const confirmed = units.filter((u) => u.state === 'confirmed').length;
  const { units: _n, ...editFigures } = edits;
  return {
    units: units.length,
    confirmed,
    confirmedShare: units.length > 0 ? confirmed / units.length : 0,
    mqm: { words: mqm.words, penalty: mqm.penalty, score: mqm.score, counts: mqm.counts },
    edits: editFigures,
    checks: countByCheck(findings),
    findings: findings.length,
  };
}

/** The report over `units`, given the findings the checks produced for them (ignored ones already removed). */
export function qualityReport(units: readonly AlignedUnit[], findings: readonly Finding[], weights: MqmWeights = DEFAULT_MQM_WEIGHTS): QualityReport {
  const mqm = mqmReport(units, weights);
  const edits = editStatistics(units);
  const docOfUnit = new Map(units.map((u) => [u.id, u.docId]));
  const unitsByDoc = new Map<string, AlignedUnit[]>();
  for (const u of units) {
    const list = unitsByDoc.get(u.docId);
    if (list) list.push(u);
    else unitsByDoc.set(u.docId, [u]);
  }
  const findingsByDoc = new Map<string, Finding[]>();
  for (const f of findings) {
    const doc = docOfUnit.get(f.unitId);
    if (doc === undefined) continue;
    const list = findingsByDoc.get(doc);
    if (list) list.push(f);
    else findingsByDoc.set(doc, [f]);
  }
  const editsByDoc = new Map(edits.pages.map((p) => [p.docId, p]));
  const pages = mqm.pages.map((p) => ({
    docId: p.docId,
    file: p.file,
    ...scores(unitsByDoc.get(p.docId) ?? [], findingsByDoc.get(p.docId) ?? [], p, editsByDoc.get(p.docId) ?? { units: 0, edited: 0, chrf: 100, ter: 0, wordEditRate: 0 }),
  }));
  const corpus = scores(units, findings, mqm.corpus, edits.corpus);
  return {
    corpus,
    pages,
    checks: CHECKS.map((c) => ({ id: c.id, title: c.title, severity: c.severity, count: corpus.checks[c.id] ?? 0 })),
    confidence: confidenceHistogram(units),
  };
}
