// The quality review of a project (or some of its pages): every check and score, with where each finding's row
// is, as the review view and `bitext qa` show them. A review is kept until the project changes.
import { checkStrayTexts, checkUnits, qualityReport, type CheckSeverity, type IncrementalChecks, type ConfidenceHistogram, type Finding, type Scores } from '../review';
import type { AlignedUnit } from '../formats/units';
import type { Project } from '../store';
import { projectUnits, sideTexts, type ProjectUnit } from './units';

/** A page's scores, with the document id to open it. */
export interface ReviewPage extends Scores {
  documentId: number;
  file: string;
  title: string | null;
}

export interface ReviewReport {
  corpus: Scores;
  pages: ReviewPage[];
  checks: Array<{ id: string; title: string; severity: CheckSeverity; count: number }>;
  confidence: ConfidenceHistogram;
  /** Findings a person chose to ignore (not counted above). */
  ignored: number;
}

/** A finding with where its row is and the text it points at. */
export interface ReviewFinding extends Finding {
  documentId: number;
  file: string;
  rowIndex: number;
  linkId: number;
  /** The flagged text (the whole side's text, shortened, for a finding about the whole text). */
  excerpt: string;
  ignored: boolean;
}

export interface ReviewFindings {
  findings: ReviewFinding[];
  /** How many matched before `limit`. */
  total: number;
}

export interface ReviewRow {
  documentId: number;
  rowIndex: number;
  linkId: number;
  file: string;
  state: 'proposed' | 'confirmed' | 'rejected';
  score: number | null;
  /** The row's original and translation, shortened. */
  original: string;
  translation: string;
}

export interface ProjectReview {
  report: ReviewReport;
  /** Every finding, ignored ones included and marked, in row order. */
  findings: ReviewFinding[];
}

const shorten = (s: string): string => (s.length > 160 ? `${s.slice(0, 157)}…` : s);

/**
 * Blocks of single pages that are in no row (the reader keeps `[Anzeige_1]` and the like as blocks without
 * sentences), each with the unit of the row that follows it (or the last row), to check as stray text.
 */
function strayBlocks(project: Project, selected: readonly ProjectUnit[]): Array<{ unitId: string; text: string }> {
  const unitOfSentence = new Map<number, string>();
  const docs = new Map<number, string[]>();
  for (const s of selected) {
    if (!s.inPage) continue;
    for (const id of s.sentenceIds) unitOfSentence.set(id, s.unit.id);
    docs.set(s.place.documentId, [...(docs.get(s.place.documentId) ?? []), s.unit.id]);
  }
  const out: Array<{ unitId: string; text: string }> = [];
  for (const [documentId, unitIds] of docs) {
    const doc = project.getDocument(documentId);
    const firstSentence = new Map<number, number>();
    for (const s of doc.sentences) if (!firstSentence.has(s.blockId)) firstSentence.set(s.blockId, s.id);
    const pending: string[] = [];
    for (const b of doc.blocks) {
      const sentence = firstSentence.get(b.id);
      if (sentence === undefined) {
        if (b.text.trim() !== '') pending.push(b.text);
        continue;
      }
      const unitId = unitOfSentence.get(sentence);
      if (unitId === undefined) continue;
      for (const text of pending.splice(0)) out.push({ unitId, text });
    }
    const last = unitIds[unitIds.length - 1];
    if (last !== undefined) for (const text of pending) out.push({ unitId: last, text });
  }
  return out;
}

/**
 * Runs the checks and the scores over the project (or some of its pages): what the review view and `bitext qa` show.
 * With `checker`, the row-local checks of rows unchanged since its last run are not run again (the background review).
 */
export function reviewProject(project: Project, pages?: readonly number[], checker?: IncrementalChecks): ProjectReview {
  const selected = [...projectUnits(project, { pages })];
  const units = selected.map((s) => s.unit);
  const inPage = new Set(selected.filter((s) => s.inPage).map((s) => s.unit.id));
  // Where a unit id first occurs (its row, for findings) and where it last does (the sort order, as checkUnits has it).
  const first = new Map<string, number>();
  const order = new Map<string, number>();
  selected.forEach((s, i) => {
    if (!first.has(s.unit.id)) first.set(s.unit.id, i);
    order.set(s.unit.id, i);
  });
  const stray = strayBlocks(project, selected);
  const options = { originalInPage: (u: AlignedUnit) => inPage.has(u.id) };
  const checked = checker ? checker.check(units, options, selected.map((s) => String(s.place.linkId))) : checkUnits(units, options);
  const all = [...checked, ...checkStrayTexts(stray)].sort(
    (a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
  );
  const strayText = new Map(stray.map((s) => [s.unitId, s.text]));
  const ignoredKeys = new Set(project.listIgnores().map((i) => i.key));
  const active: Finding[] = all.filter((f) => !ignoredKeys.has(f.ignoreKey));
  const quality = qualityReport(units, active);
  const docs = new Map(project.listDocuments().map((d) => [d.id, d]));
  const docIdToDocument = new Map<string, number>();
  for (const s of selected) if (!docIdToDocument.has(s.unit.docId)) docIdToDocument.set(s.unit.docId, s.place.documentId);
  // A page without a title (a body-only extract) is named by its first caption or paragraph, as in the corpus list.
  const previews = new Map<number, string>();
  for (const s of selected) {
    if (previews.has(s.place.documentId) || (s.unit.role !== 'body' && s.unit.role !== 'caption') || s.unit.target.text === '') continue;
    previews.set(s.place.documentId, s.unit.target.text.length > 100 ? `${s.unit.target.text.slice(0, 99)}…` : s.unit.target.text);
  }
  const report: ReviewReport = {
    corpus: quality.corpus,
    pages: quality.pages.map(({ docId, ...p }) => {
      const documentId = docIdToDocument.get(docId) ?? 0;
      return { ...p, documentId, title: docs.get(documentId)?.title ?? previews.get(documentId) ?? null };
    }),
    checks: quality.checks.map((c) => ({ ...c, severity: c.severity as ReviewReport['checks'][number]['severity'] })),
    confidence: quality.confidence,
    ignored: all.length - active.length,
  };
  const findings = all.map((f): ReviewFinding => {
    const at = first.get(f.unitId);
    const p = at === undefined ? undefined : selected[at];
    const own = f.message.endsWith('(between the rows)') ? strayText.get(f.unitId) : undefined;
    const text = own ?? (p ? sideTexts(p.unit)[f.side] : '');
    return {
      ...f,
      documentId: p?.place.documentId ?? 0,
      file: p?.unit.file ?? '',
      rowIndex: p?.place.index ?? 0,
      linkId: p?.place.linkId ?? 0,
      excerpt: shorten(f.end > f.start ? text.slice(f.start, f.end) : text),
      ignored: ignoredKeys.has(f.ignoreKey),
    };
  });
  return { report, findings };
}

export interface RowQuery {
  pages?: readonly number[];
  minScore?: number;
  /** Exclusive upper bound (1 is included when maxScore is 1). */
  maxScore?: number;
  unscored?: boolean;
  state?: ReviewRow['state'];
}

/** The rows behind a number of the report (a confidence range, a state), for clicking through. */
export function reviewRows(project: Project, query: RowQuery, limit: number): { rows: ReviewRow[]; total: number } {
  const { minScore, maxScore, unscored, state } = query;
  const rows: ReviewRow[] = [];
  let total = 0;
  for (const { unit, place } of projectUnits(project, { pages: query.pages })) {
    if (state !== undefined && unit.state !== state) continue;
    if (unscored !== undefined && (unit.score === null) !== unscored) continue;
    if (minScore !== undefined && (unit.score === null || unit.score < minScore)) continue;
    if (maxScore !== undefined && (unit.score === null || (maxScore < 1 ? unit.score >= maxScore : unit.score > 1))) continue;
    total++;
    if (rows.length < limit) {
      const text = sideTexts(unit);
      rows.push({ documentId: place.documentId, rowIndex: place.index, linkId: place.linkId, file: unit.file, state: unit.state, score: unit.score, original: shorten(text.original), translation: shorten(text.translation) });
    }
  }
  return { rows, total };
}
