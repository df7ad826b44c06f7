// Methods of review and exchange: the quality report, findings with their remembered ignores, the rows behind a
// number, export to corpus files and import of them.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LINK_STATES } from '../../model';
import { EXPORT_FORMATS, exportUnits, type ExportSummary } from '../../services/exporting';
import { withEsa, type EsaReviewReport } from '../../services/esaReport';
import { reviewRows, type ReviewFindings, type ReviewRow } from '../../services/review';
import { ReviewerClosed, type KeptReview, type ReviewFreshness } from '../../services/reviewJobs';
import { importUnitsFile, type UnitImportSummary } from '../../services/unitImport';
import { IMPORT_FORMATS } from '../../services/unitImportFormats';
import { exportAsDownload } from '../downloads';
import { ApiError } from '../errors';
import { method, type MethodContext } from '../method';
import { checkReadablePath } from '../readableDirs';
import { pages, unitFilters } from '../schemas';
import type { AppState } from '../state';
import type { ActionResult } from '../types';

const ignoreKeys = z.object({ keys: z.array(z.string().min(1)).min(1, 'must list at least one ignoreKey') }).strict();
/** The review worker's newest result; its failure (or a crash of the worker) becomes an API error saying what to do. */
async function keptReview(state: AppState, selected: readonly number[] | undefined): Promise<KeptReview> {
  try {
    return await state.reviews.get(selected);
  } catch (error) {
    // Closing is the server going away, not a fault to log; a failed review or a crashed worker is.
    throw new ApiError(error instanceof ReviewerClosed ? 'conflict' : 'internal', error instanceof Error ? error.message : String(error));
  }
}
const progressOf = ({ emit }: MethodContext, job: string) => (done: number, total: number, label: string) => emit('progress', { job, done, total, label });

export const reviewMethods = {
  /**
   * Answers at once from the newest finished review; `stale`/`running` say whether a newer one is on its way. The ESA
   * figures are read from the project as it is now.
   */
  'review.report': method(z.object({ pages }).strict(), async ({ pages: selected }, { state }): Promise<EsaReviewReport & ReviewFreshness> => {
    const { review, stale, running } = await keptReview(state, selected);
    return { ...withEsa(review.report, state.project.esaTallies()), stale, running };
  }),

  'review.findings': method(
    z
      .object({
        pages,
        check: z.string().min(1).optional(),
        /** Ignored findings are left out unless asked for; then they come marked `ignored: true`. */
        includeIgnored: z.boolean().default(false),
        limit: z.number().int().min(1).max(100_000).default(5000),
      })
      .strict(),
    async ({ pages: selected, check, includeIgnored, limit }, { state }): Promise<ReviewFindings & ReviewFreshness> => {
      const { review, stale, running } = await keptReview(state, selected);
      const matching = review.findings.filter((f) => (check === undefined || f.check === check) && (includeIgnored || !f.ignored));
      return { findings: matching.slice(0, limit), total: matching.length, stale, running };
    },
  ),

  /** The rows behind a number of the report: by confidence range and/or state, for clicking through. */
  'review.rows': method(
    z
      .object({
        pages,
        minScore: z.number().min(0).max(1).optional(),
        /** Exclusive upper bound (1 is included when maxScore is 1). */
        maxScore: z.number().min(0).max(1).optional(),
        unscored: z.boolean().optional(),
        state: z.enum(LINK_STATES).optional(),
        limit: z.number().int().min(1).max(10_000).default(500),
      })
      .strict(),
    async ({ limit, ...query }, { state }): Promise<{ rows: ReviewRow[]; total: number }> => reviewRows(state.project, query, limit),
  ),

  'review.ignore': method(ignoreKeys, async ({ keys }, { state: { project } }): Promise<ActionResult> => {
    const change = project.ignoreFindings(keys.map((key) => ({ key, check: key.split('/')[0] ?? '', unitId: '', message: '' })));
    return { change, history: project.historyStatus() };
  }),
  'review.unignore': method(ignoreKeys, async ({ keys }, { state: { project } }): Promise<ActionResult> => ({ change: project.unignoreFindings(keys), history: project.historyStatus() })),

  'corpus.export': method(
    z
      .object({
        format: z.enum(EXPORT_FORMATS),
        /**
         * The file to write; for Moses the stem: PATH.<source lang> and PATH.<target lang> are written. Only in the
         * window (Electron) and the command line: over HTTP the server writes no path the caller names; leave it out
         * and fetch the answer's `downloads` from GET /api/download/<id>.
         */
        path: z.string().min(1).optional(),
        filters: unitFilters.default({}),
        overwrite: z.boolean().default(false),
        job: z.string().min(1).optional(),
      })
      .strict(),
    async ({ format, path, filters, overwrite, job }, context): Promise<ExportSummary> => {
      const { state } = context;
      const progress = progressOf(context, job ?? randomUUID());
      // Over HTTP the token must not mean "write any file": the server keeps the export and the browser downloads it.
      if (state.transport === 'http') {
        if (path !== undefined)
          throw new ApiError('forbidden', 'field "path": in browser mode corpus.export writes no file on the server. Leave "path" out; the answer lists downloads to fetch from /api/download/<id>. To write a file directly, use "bitext export --out PATH".');
        return exportAsDownload(state.project, format, filters, progress);
      }
      const target = path ?? (await state.dialogs?.chooseExportPath(format));
      if (target === undefined) throw new ApiError('invalid_argument', 'Invalid argument for corpus.export: field "path": name the file to write (for Moses, the stem of its two files).');
      if (target === null) return { format, files: [], units: 0, bytes: 0 };
      return exportUnits(state.project, format, target, filters, overwrite || path === undefined, progress);
    },
  ),

  'corpus.importUnits': method(
    z.object({ path: z.string().min(1), format: z.enum(IMPORT_FORMATS).optional(), job: z.string().min(1).optional() }).strict(),
    async ({ path, format, job }, context): Promise<UnitImportSummary> => {
      checkReadablePath(context.state, path, 'path');
      return importUnitsFile(context.state.project, path, format, progressOf(context, job ?? randomUUID()));
    },
  ),
};
