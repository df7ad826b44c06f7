// What a worker thread of `bitext batch align` does with one input line: parse, check, align and format it, so the
// main thread only moves bytes. Everything a record can do wrong becomes that record's error; the thread goes on.
import type { Lexicon } from '../../align/index';
import { countLines } from '../countsFiles';
import { lexiconFromCountLines } from '../lexiconStream';
import { alignJob } from './alignJob';
import { project } from './project';
import { errorRecord, recordId, RecordError, toJob } from './record';
import type { TaskIn, TaskOut, WorkerConfig } from './protocol';

/** The handler for one thread; the lexicon (pass 2) is loaded once, before the first task. */
export async function alignTaskHandler(config: WorkerConfig): Promise<(task: TaskIn) => TaskOut> {
  const skipIds = new Set(config.skipIds);
  const skipLines = new Set(config.skipLines);
  const lexicon: Lexicon | undefined = config.lexiconPath ? await lexiconFromCountLines(countLines(config.lexiconPath)) : undefined;
  return (task) => {
    let rec: unknown;
    try {
      rec = JSON.parse(task.text);
    } catch (e) {
      const why = task.text.trim() === '' ? 'the line is empty' : `not JSON (${e instanceof Error ? e.message : String(e)})`;
      if (skipLines.has(task.line)) return { seq: task.seq, skipped: true, ok: false, out: '', second: '', err: '' };
      return { seq: task.seq, skipped: false, ok: false, ...project(errorRecord(null, task.line, new RecordError('invalid_json', null, `${why}; each line must be one JSON object`)), config.format, config.minScore) };
    }
    const id = recordId(rec);
    if (id !== null ? skipIds.has(id) : skipLines.has(task.line)) return { seq: task.seq, skipped: true, ok: false, out: '', second: '', err: '' };
    try {
      const job = toJob(rec, config.limits);
      return { seq: task.seq, skipped: false, ok: true, ...project(alignJob(job, config.aligner, lexicon), config.format, config.minScore) };
    } catch (e) {
      const err = e instanceof RecordError ? e : new RecordError('align_failed', null, `the aligner failed: ${e instanceof Error ? e.message : String(e)}`);
      return { seq: task.seq, skipped: false, ok: false, ...project(errorRecord(id, task.line, err), config.format, config.minScore) };
    }
  };
}
