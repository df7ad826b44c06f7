// Methods that bring pages in: files from disk (paths) or sent by the UI (drag and drop), with progress and cancel.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { collectInputs, importInputs, type ImportInput, type ImportSummary } from '../../services/importing';
import { method } from '../method';
import { checkReadablePath } from '../readableDirs';

const importFile = z.object({ name: z.string().min(1), base64: z.string() }).strict();

export const importingMethods = {
  'corpus.import': method(
    z
      .object({ paths: z.array(z.string().min(1)).optional(), files: z.array(importFile).optional(), job: z.string().optional() })
      .strict()
      .refine((a) => (a.paths?.length ?? 0) + (a.files?.length ?? 0) > 0, 'give "paths" or "files" to import'),
    async ({ paths = [], files = [], job: requestedJob }, { state, emit }): Promise<ImportSummary> => {
      paths.forEach((path, i) => checkReadablePath(state, path, `paths.${i}`));
      const job = { id: requestedJob ?? randomUUID(), cancelled: false };
      state.jobs.set(job.id, job);
      const summary: ImportSummary = { job: job.id, imported: [], duplicates: [], failed: [], cancelled: false };
      try {
        const inputs: ImportInput[] = [
          ...(await collectInputs(paths, summary.failed)),
          ...files.map((f) => ({ name: f.name, source: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
        ];
        await importInputs(state.project, inputs, job, (done, total, label) => emit('progress', { job: job.id, done, total, label }), summary);
        return summary;
      } finally {
        state.jobs.delete(job.id);
      }
    },
  ),

  'corpus.cancelImport': method(z.object({ job: z.string().min(1) }).strict(), async ({ job }, { state }): Promise<{ cancelled: boolean }> => {
    const running = state.jobs.get(job);
    if (running) running.cancelled = true;
    return { cancelled: running !== undefined };
  }),
};
