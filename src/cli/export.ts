// `bitext export` and `bitext import-units`: the project's aligned units to and from corpus files, through the
// same code as the API (corpus.export, corpus.importUnits), so the command line and the UI write the same bytes.
import { resolve } from 'node:path';
import { ServiceError } from '../services/errors';
import { importUnitsFile } from '../services/unitImport';
import { EXPORT_FORMATS, exportUnits, type ExportFormat } from '../services/exporting';
import { IMPORT_FORMATS } from '../services/unitImportFormats';
import type { UnitFilters } from '../services/units';
import { ROLES, type Role } from '../model';
import { openProject } from '../store';
import { parseArgs, UsageError } from './args';
import type { CliCommand, CliIO } from './io';

export const EXPORT_HELP = `usage: bitext export --project FILE --format tmx|xliff|tsv|moses|jsonl --out PATH
                     [--confirmed] [--min-score X] [--roles a,b] [--pages id,id] [--pairs-only] [--overwrite]

Writes the project's aligned rows as a bilingual corpus: TMX 1.4b, XLIFF 2.1, TSV, JSONL, or Moses (two
line-parallel files PATH.<source lang> and PATH.<target lang>). An existing file is kept unless --overwrite,
and is then replaced only by a complete export. The project's own files and SQLite databases are never written.
  --confirmed      only confirmed rows           --min-score X   only rows aligned with confidence ≥ X (0…1)
  --roles a,b      only these roles (${ROLES.join(', ')})
  --pages id,id    only these pages (ids as in bitext qa --project or the workbench)
  --pairs-only     only real sentence pairs, as training data should hold: no row with an empty side, no page
                   furniture (site line, ads, navigation…)
`;

export const IMPORT_UNITS_HELP = `usage: bitext import-units FILE… --project FILE [--json]

Adds the units of TMX, XLIFF 2.x, TSV or JSONL files to a project (created if missing). Exporting them again
writes the same file. A file already imported is skipped.
`;

function list(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export function parseFilters(values: Map<string, string>, flags: Set<string>): UnitFilters {
  const filters: UnitFilters = {};
  if (flags.has('--pairs-only')) filters.pairsOnly = true;
  if (flags.has('--confirmed')) filters.confirmed = true;
  const min = values.get('--min-score');
  if (min !== undefined) {
    const x = Number(min);
    if (!Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`--min-score "${min}" must be a number from 0 to 1`);
    filters.minScore = x;
  }
  const roles = list(values.get('--roles'));
  if (roles) {
    const bad = roles.find((r) => !(ROLES as readonly string[]).includes(r));
    if (bad !== undefined) throw new UsageError(`--roles: unknown role "${bad}"; use some of ${ROLES.join(', ')}`);
    filters.roles = roles as Role[];
  }
  const pages = list(values.get('--pages'));
  if (pages) {
    const bad = pages.find((p) => !/^[1-9]\d*$/.test(p));
    if (bad !== undefined) throw new UsageError(`--pages: "${bad}" is not a page id (a positive whole number)`);
    filters.pages = pages.map(Number);
  }
  return filters;
}

const progressLine = (io: CliIO, enabled: boolean) => (done: number, total: number, label: string) => {
  if (enabled) io.stderr(`\r${done}/${total} ${label}`.padEnd(60) + (label === 'done' ? '\n' : ''));
};

export const exportCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const parsed = parseArgs(args, { values: ['--project', '--format', '--out', '--min-score', '--roles', '--pages'], flags: ['--confirmed', '--overwrite', '--quiet', '--pairs-only'] });
  if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}"\n\n${EXPORT_HELP}`);
  const projectPath = parsed.values.get('--project');
  const format = parsed.values.get('--format');
  const out = parsed.values.get('--out');
  if (!projectPath) throw new UsageError('name the project with --project FILE');
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (!out) throw new UsageError('name the output file with --out PATH');
  const filters = parseFilters(parsed.values, parsed.flags);
  const project = openProject(resolve(projectPath), { readOnly: true });
  try {
    const summary = await exportUnits(project, format as ExportFormat, resolve(out), filters, parsed.flags.has('--overwrite'), progressLine(io, !parsed.flags.has('--quiet')));
    io.stdout(`${summary.units} rows written to ${summary.files.join(' and ')} (${summary.bytes} bytes)\n`);
    return 0;
  } catch (error) {
    if (error instanceof ServiceError) {
      io.stderr(`bitext export: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    project.close();
  }
};

export const importUnitsCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(IMPORT_UNITS_HELP);
    return 0;
  }
  const parsed = parseArgs(args, { values: ['--project', '--format'], flags: ['--json'] });
  const projectPath = parsed.values.get('--project');
  if (!projectPath) throw new UsageError('name the project file with --project FILE (it is created if missing)');
  if (parsed.positional.length === 0) throw new UsageError(`name at least one TMX, XLIFF, TSV or JSONL file\n\n${IMPORT_UNITS_HELP}`);
  const format = parsed.values.get('--format');
  if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  const project = openProject(resolve(projectPath), { create: true });
  const results: Array<{ file: string; units: number; skipped: boolean; documentIds: number[] }> = [];
  let failed = 0;
  try {
    for (const file of parsed.positional) {
      try {
        const r = await importUnitsFile(project, resolve(file), format as (typeof IMPORT_FORMATS)[number] | undefined, () => undefined);
        results.push({ file, units: r.units, skipped: r.skipped, documentIds: r.documentIds });
      } catch (error) {
        failed++;
        io.stderr(`bitext import-units: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  } finally {
    project.close();
  }
  if (parsed.flags.has('--json')) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  else for (const r of results) io.stdout(r.skipped ? `${r.file}: already in the project, skipped\n` : `${r.file}: ${r.units} units imported (pages ${r.documentIds.join(', ')})\n`);
  return failed > 0 ? 1 : 0;
};
