// Writing the project's units to corpus files. Export streams: units
// are read document by document and written chunk by chunk, with progress; an existing file is never replaced
// unless the caller says so, and a failed export removes what it had begun to write.
import { open, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FormatError, writeCorpus, writeMoses, type AlignedUnit } from '../formats';
import type { Project } from '../store';
import { ApiError } from './errors';
import type { ExportFormat, ExportSummary } from './reviewContract';
import { projectUnits, selectedDocuments, type UnitFilters } from './units';

export type Progress = (done: number, total: number, label: string) => void;

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Moses writes two files named after the languages of the first unit (or of the first selected page). */
function mosesPaths(project: Project, path: string, filters: UnitFilters, first: AlignedUnit | undefined): string[] {
  const doc = selectedDocuments(project, filters)[0];
  const src = first?.source.lang ?? doc?.languages.original ?? 'src';
  const tgt = first?.target.lang ?? doc?.languages.translation ?? 'tgt';
  if (src === tgt) return [`${path}.source.${src}`, `${path}.target.${tgt}`];
  return [`${path}.${src}`, `${path}.${tgt}`];
}

export async function exportUnits(project: Project, format: ExportFormat, path: string, filters: UnitFilters, overwrite: boolean, progress: Progress): Promise<ExportSummary> {
  const total = selectedDocuments(project, filters).reduce((n, d) => n + d.links.total, 0);
  let scanned = 0;
  let written = 0;
  const units = projectUnits(project, filters);
  // Peek the first unit: Moses names its files after its languages.
  const head = units.next();
  const first = head.done ? undefined : head.value.unit;
  function* all(): Generator<AlignedUnit> {
    if (head.done) return;
    yield head.value.unit;
    for (const next of units) yield next.unit;
  }
  const counted = function* (): Generator<AlignedUnit> {
    for (const u of all()) {
      scanned++;
      written++;
      yield u;
    }
  };
  const files = format === 'moses' ? mosesPaths(project, path, filters, first) : [path];
  if (!overwrite) {
    for (const f of files) {
      if (await exists(f)) throw new ApiError('conflict', `${f} already exists; choose another file name, or pass overwrite: true (--overwrite) to replace it.`);
    }
  }
  const handles = await Promise.all(files.map((f) => open(f, overwrite ? 'w' : 'wx')));
  let bytes = 0;
  const encoder = new TextEncoder();
  const write = async (i: number, text: string) => {
    if (text === '') return;
    const data = encoder.encode(text);
    bytes += data.length;
    await handles[i]!.write(data);
  };
  try {
    progress(0, total, basename(files[0]!));
    let lastReport = 0;
    const tick = async () => {
      if (written - lastReport < 2000) return;
      lastReport = written;
      progress(Math.min(scanned, total), total, basename(files[0]!));
      await new Promise((resolve) => setImmediate(resolve));
    };
    if (format === 'moses') {
      for (const chunk of writeMoses(counted())) {
        await write(0, chunk.source);
        await write(1, chunk.target);
        await tick();
      }
    } else {
      for (const chunk of writeCorpus(format, counted())) {
        await write(0, chunk);
        await tick();
      }
    }
    await Promise.all(handles.map((h) => h.sync()));
  } catch (error) {
    await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
    await Promise.all(files.map((f) => rm(f, { force: true })));
    if (error instanceof FormatError) throw new ApiError('bad_request', `Export to ${format} stopped, nothing was written: ${error.message}`);
    throw error;
  }
  await Promise.all(handles.map((h) => h.close()));
  progress(total, total, 'done');
  return { format, files, units: written, bytes };
}

// Reading corpus files into the project lives in its own file; re-exported here for existing callers.
export { importUnitsFile } from './unitImport';
