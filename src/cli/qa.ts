// `bitext qa (--project FILE | FILE…) [--json]`: the automatic checks and scores. On a project it runs exactly what
// the review view shows (review.report and review.findings); on page files it reads each page and checks its
// sentences as text (no links, edits or annotations there, so no MQM or edit statistics).
import { resolve } from 'node:path';
import { withEsa } from '../services/esaReport';
import { reviewProject } from '../services/review';
import { readPage, ReadError } from '../ingest';
import { CHECKS, checkTexts, countByCheck, type Finding, type TextDoc } from '../review';
import { openProject } from '../store';
import { parseArgs, UsageError } from './args';
import type { CliCommand, CliIO } from './io';

export const QA_HELP = `usage: bitext qa --project FILE [--json] [--all]
       bitext qa FILE… [--json]

Runs the automatic checks (Vietnamese left in the German text, numbers/dates/URLs that differ, names spelled two
ways, quotes and brackets, space before punctuation, doubled words, page furniture, length ratios, empty or
inconsistent translations) and, on a project, the scores of the review view: MQM from the annotations, chrF,
TER and word edit rate of the machine translation against the fixed text, and the share of confirmed rows.
  --json   one JSON object: { report, findings } for a project, { files, checks, findings } for pages
  --all    list ignored findings too (marked), as well as the others
Exit code 0 when the checks ran (whatever they found), 1 when a file could not be read, 2 for a usage error.
`;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const num = (x: number | null, digits = 2) => (x === null ? '–' : x.toFixed(digits));

async function qaProject(path: string, json: boolean, all: boolean, io: CliIO): Promise<number> {
  const project = openProject(resolve(path), { readOnly: true });
  try {
    const reviewed = reviewProject(project);
    const { findings } = reviewed;
    const report = withEsa(reviewed.report, project.esaTallies());
    const listed = all ? findings : findings.filter((f) => !f.ignored);
    if (json) {
      io.stdout(`${JSON.stringify({ project: path, report, findings: listed }, null, 2)}\n`);
      return 0;
    }
    const c = report.corpus;
    const lines = [
      `${path}: ${report.pages.length} pages, ${c.units} rows, ${pct(c.confirmedShare)} confirmed`,
      `  MQM ${num(c.mqm.score)} (penalty ${c.mqm.penalty} over ${c.mqm.words} words)   chrF ${num(c.edits.chrf)}   TER ${num(c.edits.ter)}   word edit rate ${num(c.edits.wordEditRate)}   (${c.edits.edited} rows edited)`,
      `  ESA ${c.esa.mean === null ? '–' : c.esa.mean.toFixed(1)} (${c.esa.scored} rows scored)`,
      `  ${c.findings} findings${report.ignored ? `, ${report.ignored} ignored` : ''}:`,
      ...report.checks.filter((k) => k.count > 0).map((k) => `    ${String(k.count).padStart(5)}  ${k.id.padEnd(26)} ${k.title}`),
      '',
      ...report.pages.map((p) => `  page ${p.documentId} ${p.file}: MQM ${num(p.mqm.score)}  chrF ${num(p.edits.chrf)}  TER ${num(p.edits.ter)}  ESA ${num(p.esa.mean, 1)}  ${pct(p.confirmedShare)} confirmed  ${p.findings} findings`),
      '',
      ...listed.map((f) => `${f.file} row ${f.rowIndex + 1} [${f.severity}] ${f.check}${f.ignored ? ' (ignored)' : ''}: ${f.message}`),
    ];
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    project.close();
  }
}

interface FileFinding extends Finding {
  file: string;
  line: number;
  excerpt: string;
}

async function qaFiles(files: string[], json: boolean, io: CliIO): Promise<number> {
  const docs: TextDoc[] = [];
  const lineOf = new Map<string, { file: string; line: number; text: string }>();
  let failed = false;
  for (const file of files) {
    try {
      const page = readPage(await io.readFile(file), file);
      // Sentences in reading order, and blocks without sentences (ad markers, navigation) as their own segments.
      const segments: TextDoc['segments'] = [];
      const byBlock = new Map<string, Array<{ id: string; text: string }>>();
      for (const s of page.sentences) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
      for (const b of page.blocks) {
        const own = byBlock.get(b.id) ?? [];
        for (const s of own.length > 0 ? own : [{ id: b.id, text: b.text }]) {
          segments.push({ id: `${file}:${s.id}`, text: s.text });
          lineOf.set(`${file}:${s.id}`, { file, line: b.line, text: s.text });
        }
      }
      docs.push({ docId: file, lang: page.languages.translation, originalLang: page.languages.original, segments });
    } catch (error) {
      failed = true;
      const reason = error instanceof ReadError ? error.reason : (error as { code?: string }).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
      io.stderr(`bitext qa: ${file}: ${reason}\n`);
    }
  }
  const findings: FileFinding[] = checkTexts(docs).map((f) => {
    const at = lineOf.get(f.unitId);
    return { ...f, file: at?.file ?? '', line: at?.line ?? 0, excerpt: at ? at.text.slice(f.start, f.end) : '' };
  });
  const checks = countByCheck(findings);
  if (json) io.stdout(`${JSON.stringify({ files: docs.map((d) => d.docId), checks, findings }, null, 2)}\n`);
  else {
    const titles = new Map(CHECKS.map((c) => [c.id, c.title]));
    const lines = [
      `${docs.length} page${docs.length === 1 ? '' : 's'}, ${findings.length} findings:`,
      ...Object.entries(checks).map(([id, n]) => `  ${String(n).padStart(5)}  ${id.padEnd(26)} ${titles.get(id) ?? ''}`),
      '',
      ...findings.map((f) => `${f.file}:${f.line} [${f.severity}] ${f.check}: ${f.message}`),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}

export const qaCommand: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(QA_HELP);
    return 0;
  }
  const parsed = parseArgs(args, { values: ['--project'], flags: ['--json', '--all'] });
  const project = parsed.values.get('--project');
  if (project && parsed.positional.length > 0) throw new UsageError('give either --project FILE or page files, not both');
  if (project) return qaProject(project, parsed.flags.has('--json'), parsed.flags.has('--all'), io);
  if (parsed.positional.length === 0) throw new UsageError(`name a project with --project FILE, or page files to check\n\n${QA_HELP}`);
  return qaFiles(parsed.positional, parsed.flags.has('--json'), io);
};
