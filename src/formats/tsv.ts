// TSV: a header line, then one unit a line. Fields escape backslash, tab, LF and CR as \\ \t \n \r, so every
// string survives and a line is always one unit. Lone surrogates are written as \uHHHH (UTF-8 cannot carry them)
// but refused on reading, like every other door into a project.
// Machine translations and annotations are not carried; use JSONL, TMX or XLIFF for those.
import { ROLES, type Role } from '../model';
import { FormatError } from './errors';
import { chunked, type WriteOptions } from './chunks';
import { columnLanguage } from './columnLanguage';
import { isLanguageTag, validateUnit, type AlignedUnit } from './units';
import { hex4 } from './xmlText';

export const TSV_COLUMNS = ['id', 'doc', 'file', 'role', 'state', 'origin', 'score', 'source_lang', 'target_lang', 'source', 'target'] as const;

const ESCAPE_RE = /[\\\t\n\r]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeTsvField(s: string): string {
  return s.replace(ESCAPE_RE, (m) => ESCAPES[m] ?? `\\u${hex4(m.charCodeAt(0))}`);
}

export function unescapeTsvField(s: string, where: () => string, line: number | null = null): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(u[0-9A-Fa-f]{4}|.?)/g, (m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    const v = UNESCAPES[e];
    if (v === undefined) throw new FormatError('TSV', `${where()}: unknown escape "${m}"; write a backslash as \\\\`, line);
    return v;
  });
}

export function writeTsv(units: Iterable<AlignedUnit>, options: WriteOptions = {}): Generator<string> {
  const line = (u: AlignedUnit): string =>
    [u.id, u.docId, u.file, u.role ?? '', u.state, u.origin, u.score === null ? '' : String(u.score), u.source.lang, u.target.lang, u.source.text, u.target.text]
      .map(escapeTsvField)
      .join('\t') + '\n';
  return chunked(units, TSV_COLUMNS.join('\t') + '\n', line, '', options);
}

/** Languages a person gives for a plain two-column file; they win over a header line and over detection. */
export interface TsvReadOptions {
  languages?: { source: string; target: string };
}

/** Where the languages of the units came from: bitext's own columns, a `de<TAB>vi` header, the options, or the text. */
export type TsvLanguageSource = 'columns' | 'header' | 'option' | 'detected';

export interface TsvRead {
  units: AlignedUnit[];
  languages: TsvLanguageSource;
}

// A plain file's optional header: two distinct language codes (`de<TAB>vi`, `vi<TAB>de-DE`).
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function languageHeader(line: string): { source: string; target: string } | null {
  const fields = line.split('\t');
  if (fields.length !== 2 || fields[0] === fields[1] || !fields.every((f) => LANGUAGE_CODE.test(f))) return null;
  return { source: fields[0] as string, target: fields[1] as string };
}

/**
 * Reads bitext's TSV (its header line first), or a plain two-column `source<TAB>target` file (ids `line<N>`),
 * whose languages come from `options`, else from a first line of two language codes (`de<TAB>vi`), else from
 * the text of each column (`und` when it cannot tell).
 */
export function readTsv(text: string, options: TsvReadOptions = {}): AlignedUnit[] {
  return readTsvWithLanguages(text, options).units;
}

/** readTsv, also saying where the languages came from (so import knows whether it may orient the pair). */
export function readTsvWithLanguages(text: string, options: TsvReadOptions = {}): TsvRead {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').replace(/\r$/, '');
  const full = header === TSV_COLUMNS.join('\t');
  const named = full ? null : languageHeader(header);
  const units: AlignedUnit[] = [];
  const plain: Array<{ source: string; target: string; line: number }> = [];
  for (let i = full || named ? 1 : 0; i < lines.length; i++) {
    const where = (): string => `line ${i + 1}`;
    const fields = (lines[i] as string).replace(/\r$/, '').split('\t');
    const want = full ? TSV_COLUMNS.length : 2;
    if (fields.length !== want) {
      const hint = full ? `the header names ${want} columns` : `without the header line (${TSV_COLUMNS.join(', ')}) a line must be source<TAB>target`;
      throw new FormatError('TSV', `${where()}: found ${fields.length} columns; ${hint}`, i + 1);
    }
    const f = fields.map((s) => unescapeTsvField(s, where, i + 1));
    if (!full) {
      plain.push({ source: f[0] as string, target: f[1] as string, line: i + 1 });
      continue;
    }
    const [id, docId, file, role, state, origin, scoreText, srcLang, tgtLang, source, target] = f as string[] & { length: 11 };
    if (role !== '' && !(ROLES as readonly string[]).includes(role as string)) throw new FormatError('TSV', `${where()}: unknown role "${role}"`, i + 1);
    const score = scoreText === '' ? null : Number(scoreText);
    if (score !== null && !Number.isFinite(score)) throw new FormatError('TSV', `${where()}: score "${scoreText}" is not a number`, i + 1);
    const unit = {
      id,
      docId,
      file,
      role: role === '' ? null : (role as Role),
      source: { lang: srcLang, text: source },
      target: { lang: tgtLang, text: target },
      machineTarget: null,
      state,
      origin,
      score,
      annotations: [],
    };
    units.push(validateUnit(unit, where, 'TSV', i + 1));
  }
  if (full) return { units, languages: 'columns' };
  const given = options.languages;
  if (given) for (const side of ['source', 'target'] as const) checkGivenLanguage(given[side], side);
  const languages = given ?? named ?? { source: columnLanguage(plain.map((p) => p.source)), target: columnLanguage(plain.map((p) => p.target)) };
  for (const p of plain) units.push(validateUnit(plainUnit(p.source, p.target, languages, p.line), () => `line ${p.line}`, 'TSV', p.line));
  return { units, languages: given ? 'option' : named ? 'header' : 'detected' };
}

function checkGivenLanguage(lang: string, side: 'source' | 'target'): void {
  if (!LANGUAGE_CODE.test(lang) || !isLanguageTag(lang)) throw new FormatError('TSV', `the ${side} language given, "${lang}", is not a language code such as "de" or "vi"; give codes like "de" and "vi"`, null);
}

function plainUnit(source: string, target: string, languages: { source: string; target: string }, line: number): AlignedUnit {
  return {
    id: `line${line}`,
    docId: '',
    file: '',
    role: null,
    source: { lang: languages.source, text: source },
    target: { lang: languages.target, text: target },
    machineTarget: null,
    state: 'proposed',
    origin: 'auto',
    score: null,
    annotations: [],
  };
}
