// The review and export area of the API: quality checks, scores, export and import of corpus formats.
// Declared here and merged into the one contract in contract.ts.
import { z } from 'zod';
import { ROLES } from '../model';
import type { ChangeResult, HistoryStatus } from '../store';
import { EXPORT_FORMATS, type ExportSummary } from '../services/exporting';
import type { ReviewFindings, ReviewReport, ReviewRow } from '../services/review';
import { IMPORT_FORMATS } from '../services/unitImportFormats';

export { EXPORT_FORMATS, type ExportDownload, type ExportFormat, type ExportSummary } from '../services/exporting';
export type { ReviewFinding, ReviewFindings, ReviewPage, ReviewReport, ReviewRow } from '../services/review';
export { IMPORT_FORMATS } from '../services/unitImportFormats';
export type { UnitImportSummary } from '../services/unitImport';
import type { UnitImportSummary } from '../services/unitImport';

const id = z.number().int().positive();

const pages = z.array(id).optional();
export const unitFiltersSchema = z
  .object({
    confirmed: z.boolean().optional(),
    minScore: z.number().min(0).max(1).optional(),
    roles: z.array(z.enum(ROLES)).optional(),
    pages,
  })
  .strict();

export const reviewArgumentSchemas = {
  'review.report': z.object({ pages }).strict(),
  'review.findings': z
    .object({
      pages,
      check: z.string().min(1).optional(),
      /** Ignored findings are left out unless asked for; then they come marked `ignored: true`. */
      includeIgnored: z.boolean().default(false),
      limit: z.number().int().min(1).max(100_000).default(5000),
    })
    .strict(),
  /** The rows behind a number of the report: by confidence range and/or state, for clicking through. */
  'review.rows': z
    .object({
      pages,
      minScore: z.number().min(0).max(1).optional(),
      /** Exclusive upper bound (1 is included when maxScore is 1). */
      maxScore: z.number().min(0).max(1).optional(),
      unscored: z.boolean().optional(),
      state: z.enum(['proposed', 'confirmed', 'rejected']).optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    })
    .strict(),
  'review.ignore': z.object({ keys: z.array(z.string().min(1)).min(1, 'must list at least one ignoreKey') }).strict(),
  'review.unignore': z.object({ keys: z.array(z.string().min(1)).min(1, 'must list at least one ignoreKey') }).strict(),
  'corpus.export': z
    .object({
      format: z.enum(EXPORT_FORMATS),
      /**
       * The file to write; for Moses the stem: PATH.<source lang> and PATH.<target lang> are written. Only in the
       * window (Electron) and the command line: over HTTP the server writes no path the caller names; leave it out
       * and fetch the answer's `downloads` from GET /api/download/<id>.
       */
      path: z.string().min(1).optional(),
      filters: unitFiltersSchema.default({}),
      overwrite: z.boolean().default(false),
      job: z.string().min(1).optional(),
    })
    .strict(),
  'corpus.importUnits': z
    .object({ path: z.string().min(1), format: z.enum(IMPORT_FORMATS).optional(), job: z.string().min(1).optional() })
    .strict(),
} as const satisfies Record<string, z.ZodType>;

export type UnitFiltersArg = z.output<typeof unitFiltersSchema>;


export interface ReviewResults {
  'review.report': ReviewReport;
  'review.findings': ReviewFindings;
  'review.rows': { rows: ReviewRow[]; total: number };
  'review.ignore': { change: ChangeResult | null; history: HistoryStatus };
  'review.unignore': { change: ChangeResult | null; history: HistoryStatus };
  'corpus.export': ExportSummary;
  'corpus.importUnits': UnitImportSummary;
}
