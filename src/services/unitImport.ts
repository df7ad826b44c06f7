// Reading a corpus file (TMX, XLIFF 2.x, TSV, JSONL) into the project as one undoable action.
import { basename } from 'node:path';
import { detectFormat, FormatError, readCorpus, type AlignedUnit } from '../formats';
import { DEFAULT_READ_LIMIT, readBounded, ReadRefused } from '../io/readBounded';
import { contentHash, type Project } from '../store';
import { ServiceError } from './errors';
import type { Progress } from './exporting';
import type { ImportFormat } from './unitImportFormats';

export interface UnitImportSummary {
  format: ImportFormat;
  units: number;
  documentIds: number[];
  /** The same file was imported before; nothing was added. */
  skipped: boolean;
}

/** Reads a TMX, XLIFF 2.x, TSV or JSONL file and adds its units to the project (one undoable action). */
export async function importUnitsFile(project: Project, path: string, format: ImportFormat | undefined, progress: Progress): Promise<UnitImportSummary> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(path, DEFAULT_READ_LIMIT);
  } catch (error) {
    if (error instanceof ReadRefused) throw new ServiceError(error.kind === 'not_found' ? 'not_found' : 'bad_request', error.message);
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError('bad_request', `${path} is not UTF-8 text; corpus files (TMX, XLIFF, TSV, JSONL) must be UTF-8.`);
  }
  const kind = format ?? detectFormat(path, text.slice(0, 4096));
  if (!kind) throw new ServiceError('bad_request', `${path}: cannot tell the format; name it .tmx, .xlf, .tsv or .jsonl, or give the format.`);
  progress(0, 1, basename(path));
  let units: AlignedUnit[];
  try {
    units = readCorpus(kind, text);
  } catch (error) {
    if (error instanceof FormatError) throw new ServiceError('bad_request', `${path}: ${error.message}`);
    throw error;
  }
  if (units.length === 0) throw new ServiceError('bad_request', `${path} holds no units; nothing was imported.`);
  const result = project.importUnits(units, { contentHash: contentHash(bytes), source: path });
  progress(1, 1, 'done');
  return { format: kind, units: result.skipped ? 0 : units.length, documentIds: result.documentIds, skipped: result.skipped };
}
