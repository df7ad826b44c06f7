// The unit of a reviewed aligned corpus: one link between source and target sentences, as exported and imported.
// Source/target are the file formats' words: `source` is the app's original side, `target` its translation
// (model.ts, SIDES); services/units.ts maps project rows to units in that one place.
// Plain JSON so it can cross the API, a worker boundary or a JSONL line unchanged.
import { LINK_ORIGINS, LINK_STATES, MQM_SEVERITIES, ROLES, type LinkOrigin, type LinkState, type MqmSeverity, type Role } from '../model';
import { FormatError } from './errors';

export interface UnitAnnotation {
  side: 'source' | 'target';
  /** UTF-16 offsets into that side's text. */
  start: number;
  end: number;
  category: string;
  severity: MqmSeverity;
  comment: string;
}

export interface AlignedUnit {
  /** Stable link id. */
  id: string;
  /** The page the unit comes from. */
  docId: string;
  file: string;
  role: Role | null;
  /** The original (e.g. `vi`). */
  source: { lang: string; text: string };
  /** The translation as it stands now (e.g. `de`), possibly fixed by a person. */
  target: { lang: string; text: string };
  /** The machine translation before any fix; null when the target was never changed. */
  machineTarget: string | null;
  state: LinkState;
  origin: LinkOrigin;
  /** 0..1 alignment confidence; null when unknown (e.g. imported from a plain TM). */
  score: number | null;
  annotations: UnitAnnotation[];
  /** A person's ESA score of the unit (0–100, after marking its error spans); absent when not scored. JSONL only. */
  esa?: number;
}

const STATES: readonly LinkState[] = LINK_STATES;
const ORIGINS: readonly LinkOrigin[] = LINK_ORIGINS;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** BCP 47-shaped language tags, as TMX and XLIFF (xs:language) need them; `und` for undetermined. */
const LANG_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(lang: string): boolean {
  return LANG_TAG.test(lang);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first surrogate code unit without its pair, as `U+D800 at position 1`; null if there is none. */
export function loneSurrogate(s: string): { code: string; position: number } | null {
  const m = LONE_SURROGATE.exec(s);
  return m ? { code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase()}`, position: m.index } : null;
}

/** What a lone surrogate means and what to do, worded once for every door that refuses one. */
export function loneSurrogateDetail(found: { code: string; position: number }): string {
  return `contains a lone surrogate (${found.code}) at position ${found.position}; text must be valid Unicode, so remove it or complete the surrogate pair`;
}

// C0 controls other than tab/LF/CR and U+FFFE/U+FFFF: XML cannot carry them in ids and names (texts use markup).
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Checks that `value` is a well-formed unit that every writer can write again, and returns it as one (the same
 * object, typed). `where` names the place for the error message, e.g. `line 12` (a function when costly to build);
 * `line` gives the 1-based line for FormatError.line.
 */
export function validateUnit(value: unknown, where: string | (() => string), format = 'unit', line: number | (() => number) | null = null): AlignedUnit {
  const fail = (field: string, what: string): never => {
    throw new FormatError(format, `${typeof where === 'string' ? where : where()}: field "${field}" ${what}`, typeof line === 'function' ? line() : line);
  };
  if (!isRecord(value)) return fail('(unit)', 'must be an object');
  for (const key of ['id', 'docId', 'file'] as const) {
    if (typeof value[key] !== 'string') fail(key, 'must be a string');
  }
  if (value.id === '') fail('id', 'must not be empty');
  if (value.role !== null && !(ROLES as readonly unknown[]).includes(value.role)) fail('role', `must be null or one of ${ROLES.join(', ')}`);
  for (const side of ['source', 'target'] as const) {
    const s = value[side];
    if (!isRecord(s) || typeof s.lang !== 'string' || typeof s.text !== 'string') fail(side, 'must be { lang: string, text: string }');
  }
  if (value.machineTarget !== null && typeof value.machineTarget !== 'string') fail('machineTarget', 'must be a string or null');
  if (!(STATES as readonly unknown[]).includes(value.state)) fail('state', `must be one of ${STATES.join(', ')}`);
  if (!(ORIGINS as readonly unknown[]).includes(value.origin)) fail('origin', `must be one of ${ORIGINS.join(', ')}`);
  if (value.score !== null && (typeof value.score !== 'number' || !Number.isFinite(value.score))) fail('score', 'must be a finite number or null');
  if (!Array.isArray(value.annotations)) return fail('annotations', 'must be an array');
  value.annotations.forEach((a: unknown, i: number) => validateAnnotation(a, `annotations[${i}]`, fail));
  if (value.esa !== undefined && (!Number.isInteger(value.esa) || (value.esa as number) < 0 || (value.esa as number) > 100)) {
    fail('esa', 'must be a whole number from 0 to 100 when present (leave it out for a unit without an ESA score)');
  }
  const unit = value as unknown as AlignedUnit;
  checkWritable(unit, fail);
  return unit;
}

/** What the writers need beyond the shape: valid Unicode, language tags, XML-safe names, spans inside the text. */
function checkWritable(u: AlignedUnit, fail: (field: string, what: string) => never): void {
  const strings: Array<[string, string]> = [
    ['id', u.id],
    ['docId', u.docId],
    ['file', u.file],
    ['source.lang', u.source.lang],
    ['source.text', u.source.text],
    ['target.lang', u.target.lang],
    ['target.text', u.target.text],
  ];
  if (u.machineTarget !== null) strings.push(['machineTarget', u.machineTarget]);
  u.annotations.forEach((a, i) => strings.push([`annotations[${i}].category`, a.category], [`annotations[${i}].comment`, a.comment]));
  for (const [field, s] of strings) {
    const lone = loneSurrogate(s);
    if (lone) fail(field, loneSurrogateDetail(lone));
  }
  for (const field of ['id', 'docId', 'file'] as const) {
    const m = NOT_XML.exec(u[field]);
    if (m) fail(field, `contains U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at position ${m.index}, which TMX and XLIFF cannot carry; rename it`);
  }
  for (const side of ['source', 'target'] as const) {
    const lang = u[side].lang;
    if (!isLanguageTag(lang)) fail(`${side}.lang`, `"${lang}" is not a language code such as "de" or "vi" (use "und" when unknown); fix it in the file and import again`);
  }
  u.annotations.forEach((a, i) => {
    const length = u[a.side].text.length;
    if (a.end > length) fail(`annotations[${i}].end`, `${a.end} is beyond the ${a.side} text (${length} characters); an annotation must lie within its text`);
  });
}

function validateAnnotation(a: unknown, field: string, fail: (field: string, what: string) => never): void {
  if (!isRecord(a)) return fail(field, 'must be an object');
  if (a.side !== 'source' && a.side !== 'target') fail(`${field}.side`, 'must be "source" or "target"');
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || (a.start as number) < 0 || (a.end as number) < (a.start as number)) {
    fail(`${field}.start/end`, 'must be integers with 0 <= start <= end');
  }
  if (typeof a.category !== 'string') fail(`${field}.category`, 'must be a string');
  if (!(MQM_SEVERITIES as readonly unknown[]).includes(a.severity)) fail(`${field}.severity`, `must be one of ${MQM_SEVERITIES.join(', ')}`);
  if (typeof a.comment !== 'string') fail(`${field}.comment`, 'must be a string');
}

/** The unit as an object with its keys in one fixed order, so that serialisations are byte-stable. */
export function canonicalUnit(u: AlignedUnit): AlignedUnit {
  return {
    id: u.id,
    docId: u.docId,
    file: u.file,
    role: u.role,
    source: { lang: u.source.lang, text: u.source.text },
    target: { lang: u.target.lang, text: u.target.text },
    machineTarget: u.machineTarget,
    state: u.state,
    origin: u.origin,
    score: u.score,
    annotations: u.annotations.map(canonicalAnnotation),
    // Only when scored: units without a score serialise exactly as before the field existed.
    ...(u.esa === undefined ? {} : { esa: u.esa }),
  };
}

export function canonicalAnnotation(a: UnitAnnotation): UnitAnnotation {
  return { side: a.side, start: a.start, end: a.end, category: a.category, severity: a.severity, comment: a.comment };
}
