// Handlers of the review and export area (see reviewContract.ts): the quality report, the findings with their
// remembered ignores, export to corpus files and import of them.
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../dispatch';
import { exportAsDownload } from '../downloads';
import { ApiError } from '../errors';
import { exportUnits } from '../../services/exporting';
import { reviewProject, reviewRows, type ProjectReview } from '../../services/review';
import { importUnitsFile } from '../../services/unitImport';
import type { ReviewResults } from '../reviewContract';
import type { AppState } from '../state';

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
      return reviewRows(project, { pages, minScore, maxScore, unscored, state: linkState }, limit);
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
