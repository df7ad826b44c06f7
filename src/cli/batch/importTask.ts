// What a worker thread of `bitext import` does with one file or pair of files: read, structure and (a pair) align
// it, exactly as the import does in one thread (prepareUnit), and hand the result back to be stored in order.
import { DEFAULT_MAX_BYTES } from '../../ingest/index';
import { readBounded } from '../../io/readBounded';
import { failureReason, prepareUnit, type ImportInput, type Unit } from '../../services/importing';
import type { ImportFile, ImportOut, ImportTask, TaskIn } from './protocol';

/** The file as collectInputs gives it on the main thread: read, within the page size limit, when its turn comes. */
const fromPath = (f: ImportFile): ImportInput => ({ name: f.name, source: f.source, read: () => readBounded(f.source, DEFAULT_MAX_BYTES) });

export async function importTask(task: TaskIn): Promise<ImportOut> {
  const { unit, translationLang } = JSON.parse(task.text) as ImportTask;
  const live: Unit = unit.kind === 'page' ? { kind: 'page', input: fromPath(unit.input) } : { ...unit, source: fromPath(unit.source), translation: fromPath(unit.translation) };
  try {
    return { seq: task.seq, ok: true, prepared: await prepareUnit(live, translationLang) };
  } catch (error) {
    // The reason importInputs would give had it read the file itself (it names the file beside the reason).
    const files = unit.kind === 'page' ? [unit.input.name, unit.input.source] : [`${unit.source.name} + ${unit.translation.name}`];
    return { seq: task.seq, ok: false, reason: failureReason(error, ...files) };
  }
}
