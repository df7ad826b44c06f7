// TSV: a header line, then one unit a line. Fields escape backslash, tab, LF and CR as \\ \t \n \r, so every
// string survives and a line is always one unit. Lone surrogates are written as \uHHHH (UTF-8 cannot carry them)
// but refused on reading, like every other door into a project.
// Machine translations and annotations are not carried; use JSONL, TMX or XLIFF for those.
import { ROLES, type Role } from '../model';
import { FormatError } from './errors';
import { chunked, type WriteOptions } from './chunks';
import { validateUnit, type AlignedUnit } from './units';
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

/**
 * Reads bitext's TSV (header line first), or a plain two-column `source<TAB>target` file without a header
 * (languages `und`, ids `line<N>`).
 */
export function readTsv(text: string): AlignedUnit[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').replace(/\r$/, '');
  const full = header === TSV_COLUMNS.join('\t');
  const units: AlignedUnit[] = [];
  for (let i = full ? 1 : 0; i < lines.length; i++) {
    const where = (): string => `line ${i + 1}`;
    const fields = (lines[i] as string).replace(/\r$/, '').split('\t');
    const want = full ? TSV_COLUMNS.length : 2;
    if (fields.length !== want) {
      const hint = full ? `the header names ${want} columns` : `without the header line (${TSV_COLUMNS.join(', ')}) a line must be source<TAB>target`;
      throw new FormatError('TSV', `${where()}: found ${fields.length} columns; ${hint}`, i + 1);
    }
    const f = fields.map((s) => unescapeTsvField(s, where, i + 1));
    if (!full) {
      units.push(validateUnit(plainUnit(f[0] as string, f[1] as string, i + 1), where, 'TSV', i + 1));
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
  return units;
}

function plainUnit(source: string, target: string, line: number): AlignedUnit {
  return {
    id: `line${line}`,
    docId: '',
    file: '',
    role: null,
    source: { lang: 'und', text: source },
    target: { lang: 'und', text: target },
    machineTarget: null,
    state: 'proposed',
    origin: 'auto',
    score: null,
    annotations: [],
  };
}
