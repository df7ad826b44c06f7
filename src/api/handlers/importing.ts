// Import handlers: files from disk (paths) or sent by the UI (drag and drop), with progress and cancel.
import { randomUUID } from 'node:crypto';
import type { ApiHandlers } from '../dispatch';
import { collectInputs, importInputs, type ImportInput } from '../../services/importing';
import type { ImportSummary } from '../contract';
import type { AppState } from '../state';

export function importingHandlers(state: AppState): Pick<ApiHandlers, 'corpus.import' | 'corpus.cancelImport'> {
  return {
    async 'corpus.import'({ paths = [], files = [], job: requestedJob }, context) {
      const job = { id: requestedJob ?? randomUUID(), cancelled: false };
      state.jobs.set(job.id, job);
      const summary: ImportSummary = { job: job.id, imported: [], duplicates: [], failed: [], cancelled: false };
      try {
        const inputs: ImportInput[] = [
          ...(await collectInputs(paths, summary.failed)),
          ...files.map((f) => ({ name: f.name, source: f.name, bytes: new Uint8Array(Buffer.from(f.base64, 'base64')) })),
        ];
        await importInputs(state.project, inputs, job, (done, total, label) => context.emit('progress', { job: job.id, done, total, label }), summary);
        return summary;
      } finally {
        state.jobs.delete(job.id);
      }
    },
    async 'corpus.cancelImport'({ job }) {
      const running = state.jobs.get(job);
      if (running) running.cancelled = true;
      return { cancelled: running !== undefined };
    },
  };
}
