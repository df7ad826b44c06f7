// Reading a corpus file (TMX, XLIFF 2.x, TSV, JSONL) into the project as one undoable action.
import { basename } from 'node:path';
import { detectFormat, FormatError, readCorpus, type AlignedUnit } from '../formats';
import { readTsvWithLanguages, type TsvReadOptions } from '../formats/tsv';
import { DEFAULT_READ_LIMIT, readBounded, ReadRefused } from '../io/readBounded';
import { contentHash, type Project } from '../store';
import { ServiceError } from './errors';
import type { Progress } from './exporting';
import { projectLanguages, projectTranslationLanguage } from './projectLanguage';
import type { ImportFormat } from './unitImportFormats';

export interface UnitImportSummary {
  format: ImportFormat;
  units: number;
  documentIds: number[];
  /** The same file was imported before; nothing was added. */
  skipped: boolean;
}

/** The corpus format of a file, from its name or, failing that, its first characters; null for a page. */
export function corpusFormatOf(name: string, bytes: Uint8Array): ImportFormat | null {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return detectFormat(name, head);
}

/** What a person may say about a corpus file beyond its format. */
export interface UnitImportOptions {
  /** The languages of a plain two-column TSV (source, target): they win over its header line and over detection. */
  languages?: TsvReadOptions['languages'];
}

/**
 * The units of a corpus file. A plain TSV's languages are detected when nothing names them; its direction is then
 * decided as for a pair of pages: the column in the project's translation language is the translation.
 */
function readUnits(project: Project, kind: ImportFormat, text: string, options: UnitImportOptions): AlignedUnit[] {
  // A multilingual TMX unit gives the project's languages beside its source, the translation language first.
  if (kind !== 'tsv') return readCorpus(kind, text, projectLanguages(project));
  const read = readTsvWithLanguages(text, { languages: options.languages });
  if (read.languages !== 'detected') return read.units;
  const first = read.units[0];
  const translation = projectTranslationLanguage(project);
  if (!first || first.source.lang !== translation || first.target.lang === translation) return read.units;
  return read.units.map((u) => ({ ...u, source: u.target, target: u.source }));
}

/** Adds the units of one corpus file's bytes to the project (one undoable action); `name` is used in messages. */
export function importUnitsBytes(project: Project, name: string, bytes: Uint8Array, format: ImportFormat | undefined, source = name, options: UnitImportOptions = {}): UnitImportSummary {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ServiceError('bad_request', `${name} is not UTF-8 text; corpus files (TMX, XLIFF, TSV, JSONL) must be UTF-8.`);
  }
  const kind = format ?? detectFormat(name, text.slice(0, 4096));
  if (!kind) throw new ServiceError('bad_request', `${name}: cannot tell the format; name it .tmx, .xlf, .tsv or .jsonl, or give the format.`);
  let units: AlignedUnit[];
  try {
    units = readUnits(project, kind, text, options);
  } catch (error) {
    if (error instanceof FormatError) throw new ServiceError('bad_request', `${name}: ${error.message}`);
    throw error;
  }
  if (units.length === 0) throw new ServiceError('bad_request', `${name} holds no units; nothing was imported.`);
  const result = project.importUnits(units, { contentHash: contentHash(bytes), source });
  return { format: kind, units: result.skipped ? 0 : units.length, documentIds: result.documentIds, skipped: result.skipped };
}

/** Reads a TMX, XLIFF 2.x, TSV or JSONL file and adds its units to the project (one undoable action). */
export async function importUnitsFile(project: Project, path: string, format: ImportFormat | undefined, progress: Progress, options: UnitImportOptions = {}): Promise<UnitImportSummary> {
  let bytes: Uint8Array;
  try {
    bytes = await readBounded(path, DEFAULT_READ_LIMIT);
  } catch (error) {
    if (error instanceof ReadRefused) throw new ServiceError(error.kind === 'not_found' ? 'not_found' : 'bad_request', error.message);
    throw error;
  }
  progress(0, 1, basename(path));
  const summary = importUnitsBytes(project, path, bytes, format, path, options);
  progress(1, 1, 'done');
  return summary;
}
