// Methods that bring pages in: files from disk (paths) or sent by the UI (drag and drop), with progress and cancel,
// and the dry run that shows each pair's direction before anything is written.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { collectInputs, importInputs, type ImportInput, type ImportSummary } from '../../services/importing';
import { applyDirections, previewInputs, type ImportPreview } from '../../services/importPreview';
import { method } from '../method';
import type { AppState } from '../state';
import { checkReadablePath } from '../readableDirs';

const importFile = z.object({ name: z.string().min(1), base64: z.string() }).strict();
/** A pair's direction as the person confirmed it, each page named by the `source` the preview reported. */
const direction = z.object({ original: z.string().min(1), translation: z.string().min(1) }).strict();

/** What to import, the same for the dry run and the import itself. */
const importArgs = {
  paths: z.array(z.string().min(1)).optional(),
  files: z.array(importFile).optional(),
  directions: z.array(direction).optional(),
};
const somethingToImport = (a: { paths?: string[]; files?: unknown[] }) => (a.paths?.length ?? 0) + (a.files?.length ?? 0) > 0;
const NOTHING = 'give "paths" or "files" to import';

type ImportArgs = { paths?: string[]; files?: Array<z.output<typeof importFile>>; directions?: Array<z.output<typeof direction>> };

/** The inputs of an import (paths checked against the readable folders), with the confirmed directions applied. */
async function gather(state: AppState, { paths = [], files = [], directions = [] }: ImportArgs, failed: ImportSummary['failed']) {
  paths.forEach((path, i) => checkReadablePath(state, path, `paths.${i}`));
  const inputs: ImportInput[] = [
    ...(await collectInputs(paths, failed)),
    ...files.map((f) => ({ name: f.name, source: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
  ];
  return applyDirections(inputs, directions);
}

export const importingMethods = {
  'corpus.import': method(
    z
      .object({ ...importArgs, job: z.string().optional() })
      .strict()
      .refine(somethingToImport, NOTHING),
    async ({ job: requestedJob, ...args }, { state, emit }): Promise<ImportSummary> => {
      const summary: ImportSummary = { job: requestedJob ?? randomUUID(), imported: [], duplicates: [], failed: [], cancelled: false };
      const job = { id: summary.job, cancelled: false };
      state.jobs.set(job.id, job);
      try {
        const { inputs, explicitPairs } = await gather(state, args, summary.failed);
        await importInputs(state.project, inputs, job, (done, total, label) => emit('progress', { job: job.id, done, total, label }), summary, explicitPairs);
        return summary;
      } finally {
        state.jobs.delete(job.id);
      }
    },
  ),

  /** What `corpus.import` with the same arguments would create, and each pair's direction; writes nothing. */
  'corpus.previewImport': method(z.object(importArgs).strict().refine(somethingToImport, NOTHING), async (args, { state }): Promise<ImportPreview> => {
    const failed: ImportSummary['failed'] = [];
    const { inputs, explicitPairs } = await gather(state, args, failed);
    const preview = await previewInputs(state.project, inputs, explicitPairs);
    return { ...preview, failed: [...failed, ...preview.failed] };
  }),

  'corpus.cancelImport': method(z.object({ job: z.string().min(1) }).strict(), async ({ job }, { state }): Promise<{ cancelled: boolean }> => {
    const running = state.jobs.get(job);
    if (running) running.cancelled = true;
    return { cancelled: running !== undefined };
  }),
};
