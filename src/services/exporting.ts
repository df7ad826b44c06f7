// Writing the project's units to corpus files. Export streams: units are read document by document and written
// chunk by chunk, with progress. Every target is checked first (never the project's own files, never a database,
// see exportTarget.ts) and written through a temporary file that is renamed into place (atomicFile.ts), so an
// existing file is replaced only when the caller says so, and only by a complete export.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FormatError, writeCorpus, writeMoses, type AlignedUnit } from '../formats';
import type { Project } from '../store';
import { AtomicFile, nodeFileSystem, writeFailure, type ExportFileSystem } from './atomicFile';
import { withEsaScores } from './esaExport';
import { ServiceError } from './errors';
import { checkExportTarget, checkFileLanguage } from './exportTarget';
import { projectUnits, selectedDocuments, type UnitFilters } from './units';

export const EXPORT_FORMATS = ['tmx', 'xliff', 'tsv', 'moses', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  format: ExportFormat;
  /** The files written; for a download, the names the browser saves them under. */
  files: string[];
  units: number;
  bytes: number;
  /** Browser mode: each written file waits on the server for one GET /api/download/<id>, for a limited time. */
  downloads?: ExportDownload[];
}

export interface ExportDownload {
  id: string;
  /** The file name offered to the browser (Content-Disposition). */
  name: string;
  bytes: number;
  contentType: string;
}

export type Progress = (done: number, total: number, label: string) => void;

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moses writes two files named after the languages of the first unit (or of the first selected page). The
 * languages become parts of file names, so they must be language codes: `bashrc` or `../x` would write elsewhere.
 */
function mosesPaths(project: Project, path: string, filters: UnitFilters, first: AlignedUnit | undefined): string[] {
  const doc = selectedDocuments(project, filters)[0];
  const where = first ? `unit ${first.id} (${first.file})` : doc ? `page ${doc.id} (${doc.file})` : 'the project';
  const src = checkFileLanguage(first?.source.lang ?? doc?.languages.original ?? 'und', `${where}, source side,`);
  const tgt = checkFileLanguage(first?.target.lang ?? doc?.languages.translation ?? 'und', `${where}, target side,`);
  if (src === tgt) return [`${path}.source.${src}`, `${path}.target.${tgt}`];
  return [`${path}.${src}`, `${path}.${tgt}`];
}

async function beginAll(targets: string[], fs: ExportFileSystem): Promise<AtomicFile[]> {
  const files: AtomicFile[] = [];
  try {
    for (const t of targets) files.push(await AtomicFile.begin(t, fs));
  } catch (error) {
    await Promise.all(files.map((f) => f.discard()));
    throw error;
  }
  return files;
}

/**
 * Writes the selected units to `path` (for Moses, the stem of two files). `fs` is the file-system seam the
 * fault-injection tests use; everything else passes the real one.
 */
export async function exportUnits(
  project: Project,
  format: ExportFormat,
  path: string,
  filters: UnitFilters,
  overwrite: boolean,
  progress: Progress,
  fs: ExportFileSystem = nodeFileSystem,
): Promise<ExportSummary> {
  const total = selectedDocuments(project, filters).reduce((n, d) => n + d.links.total, 0);
  let written = 0;
  // Of the formats only JSONL has a place for a person's ESA score.
  const units = format === 'jsonl' ? withEsaScores(project, projectUnits(project, filters)) : projectUnits(project, filters);
  // Peek the first unit: Moses names its files after its languages.
  const head = units.next();
  const first = head.done ? undefined : head.value.unit;
  function* counted(): Generator<AlignedUnit> {
    if (head.done) return;
    written++;
    yield head.value.unit;
    for (const next of units) {
      written++;
      yield next.unit;
    }
  }
  const targets: string[] = [];
  for (const name of format === 'moses' ? mosesPaths(project, path, filters, first) : [path]) targets.push(await checkExportTarget(name, project.path));
  if (!overwrite) {
    for (const t of targets) {
      if (await exists(t)) throw new ServiceError('conflict', `${t} already exists; choose another file name, or pass overwrite: true (--overwrite) to replace it.`);
    }
  }
  const files = await beginAll(targets, fs);
  let bytes = 0;
  const encoder = new TextEncoder();
  const write = async (i: number, text: string) => {
    if (text === '') return;
    const data = encoder.encode(text);
    bytes += data.length;
    await files[i]!.write(data);
  };
  const label = basename(targets[0]!);
  let current = targets[0]!;
  try {
    progress(0, total, label);
    let lastReport = 0;
    const tick = async () => {
      if (written - lastReport < 2000) return;
      lastReport = written;
      progress(Math.min(written, total), total, label);
      await new Promise((resolve) => setImmediate(resolve));
    };
    if (format === 'moses') {
      for (const chunk of writeMoses(counted())) {
        current = targets[0]!;
        await write(0, chunk.source);
        current = targets[1]!;
        await write(1, chunk.target);
        await tick();
      }
    } else {
      for (const chunk of writeCorpus(format, counted())) {
        await write(0, chunk);
        await tick();
      }
    }
    for (const f of files) {
      current = f.target;
      await f.finish();
    }
    // Both Moses files are complete before either replaces anything.
    for (const f of files) {
      current = f.target;
      await f.publish(overwrite);
    }
  } catch (error) {
    await Promise.all(files.map((f) => f.discard()));
    if (error instanceof FormatError) throw new ServiceError('bad_request', `Export to ${format} stopped, nothing was written: ${error.message}`);
    throw writeFailure(error, current);
  }
  progress(total, total, 'done');
  return { format, files: targets, units: written, bytes };
}
