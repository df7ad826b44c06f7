// Handlers of the review and export area (see reviewContract.ts): the quality report, the findings with their
// remembered ignores, export to corpus files and import of them.
import { randomUUID } from 'node:crypto';
import { checkStrayTexts, checkUnits, qualityReport, type Finding } from '../../review';
import type { Project } from '../../store';
import type { ApiHandlers } from '../dispatch';
import { exportAsDownload } from '../downloads';
import { ApiError } from '../errors';
import { exportUnits, importUnitsFile } from '../exporting';
import type { ReviewFinding, ReviewReport, ReviewResults, ReviewRow } from '../reviewContract';
import type { AppState } from '../state';
import { projectUnits, type ProjectUnit, type UnitPlace } from '../units';

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

/** Runs the checks and the scores over the project (or some of its pages): what the review view and `bitext qa` show. */
export function reviewProject(project: Project, pages?: readonly number[]): ProjectReview {
  const selected = [...projectUnits(project, { pages })];
  const units = selected.map((s) => s.unit);
  const inPage = new Set(selected.filter((s) => s.inPage).map((s) => s.unit.id));
  const place = new Map<string, UnitPlace & { file: string; text: { source: string; target: string } }>();
  for (const s of selected) if (!place.has(s.unit.id)) place.set(s.unit.id, { ...s.place, file: s.unit.file, text: { source: s.unit.source.text, target: s.unit.target.text } });
  const stray = strayBlocks(project, selected);
  const order = new Map(selected.map((s, i) => [s.unit.id, i]));
  const all = [...checkUnits(units, { sourceInPage: (u) => inPage.has(u.id) }), ...checkStrayTexts(stray)].sort(
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
    const p = place.get(f.unitId);
    const own = f.message.endsWith('(between the rows)') ? strayText.get(f.unitId) : undefined;
    const text = own ?? (p ? p.text[f.side] : '');
    return {
      ...f,
      documentId: p?.documentId ?? 0,
      file: p?.file ?? '',
      rowIndex: p?.index ?? 0,
      linkId: p?.linkId ?? 0,
      excerpt: shorten(f.end > f.start ? text.slice(f.start, f.end) : text),
      ignored: ignoredKeys.has(f.ignoreKey),
    };
  });
  return { report, findings };
}

export function reviewHandlers(state: AppState): Pick<ApiHandlers, keyof ReviewResults> {
  const { project } = state;
  const history = () => project.historyStatus();
  // Every change to a project is a history entry, so the newest entry's id says whether a review is still
  // current: the editor asks for findings after each action, and a large project should not be re-checked
  // when nothing changed.
  const reviews = new Map<string, { at: number; review: ProjectReview }>();
  const reviewed = (pages?: readonly number[]): ProjectReview => {
    const at = project.history(1)[0]?.id ?? 0;
    const key = JSON.stringify(pages ?? null);
    const known = reviews.get(key);
    if (known?.at === at) return known.review;
    if (reviews.size >= 16) reviews.clear();
    const review = reviewProject(project, pages);
    reviews.set(key, { at, review });
    return review;
  };
  return {
    async 'review.report'({ pages }) {
      return reviewed(pages).report;
    },
    async 'review.findings'({ pages, check, includeIgnored, limit }) {
      const matching = reviewed(pages).findings.filter((f) => (check === undefined || f.check === check) && (includeIgnored || !f.ignored));
      return { findings: matching.slice(0, limit), total: matching.length };
    },
    async 'review.rows'({ pages, minScore, maxScore, unscored, state: linkState, limit }) {
      const rows: ReviewRow[] = [];
      let total = 0;
      for (const { unit, place } of projectUnits(project, { pages })) {
        if (linkState !== undefined && unit.state !== linkState) continue;
        if (unscored !== undefined && (unit.score === null) !== unscored) continue;
        if (minScore !== undefined && (unit.score === null || unit.score < minScore)) continue;
        if (maxScore !== undefined && (unit.score === null || (maxScore < 1 ? unit.score >= maxScore : unit.score > 1))) continue;
        total++;
        if (rows.length < limit) {
          rows.push({ documentId: place.documentId, rowIndex: place.index, linkId: place.linkId, file: unit.file, state: unit.state, score: unit.score, source: shorten(unit.source.text), target: shorten(unit.target.text) });
        }
      }
      return { rows, total };
    },
    async 'review.ignore'({ keys }) {
      const change = project.ignoreFindings(keys.map((key) => ({ key, check: key.split('/')[0] ?? '', unitId: '', message: '' })));
      return { change, history: history() };
    },
    async 'review.unignore'({ keys }) {
      return { change: project.unignoreFindings(keys), history: history() };
    },
    async 'corpus.export'({ format, path, filters, overwrite, job }, context) {
      const id = job ?? randomUUID();
      const progress = (done: number, total: number, label: string) => context.emit('progress', { job: id, done, total, label });
      // Over HTTP the token must not mean "write any file": the server keeps the export and the browser downloads it.
      if (state.transport === 'http') {
        if (path !== undefined)
          throw new ApiError('forbidden', 'field "path": in browser mode corpus.export writes no file on the server. Leave "path" out; the answer lists downloads to fetch from /api/download/<id>. To write a file directly, use "bitext export --out PATH".');
        return exportAsDownload(project, format, filters, progress);
      }
      if (path === undefined) throw new ApiError('invalid_argument', 'Invalid argument for corpus.export: field "path": name the file to write (for Moses, the stem of its two files).');
      return exportUnits(project, format, path, filters, overwrite, progress);
    },
    async 'corpus.importUnits'({ path, format, job }, context) {
      const id = job ?? randomUUID();
      return importUnitsFile(project, path, format, (done, total, label) => context.emit('progress', { job: id, done, total, label }));
    },
  };
}
