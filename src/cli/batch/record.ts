// One input line of `bitext batch align` checked and turned into a job, or into an error that names the line and
// the field. Pure: no I/O, so the worker and the tests share it.
import { segmentSentences } from '../../text/index';

export interface BatchLimits {
  /** Sentences a side may have; a longer document is refused (the aligner's time grows faster than linearly). */
  maxSentences: number;
}

export const DEFAULT_LIMITS: BatchLimits = { maxSentences: 100_000 };

export interface BatchJob {
  id: string;
  srcLang: string;
  trgLang: string;
  src: string[];
  trg: string[];
  srcUrl: string | null;
  trgUrl: string | null;
  /** Pairs of sentence indices that must be linked 1-1 in the result. */
  anchors: Array<[number, number]>;
}

export type ErrorCode = 'invalid_json' | 'invalid_record' | 'missing_field' | 'invalid_field' | 'unknown_language' | 'empty_side' | 'too_large' | 'line_too_long' | 'align_failed';

export interface ErrorRecord {
  id: string | null;
  status: 'error';
  line: number;
  error: { code: ErrorCode; field: string | null; message: string };
}

export class RecordError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

export function errorRecord(id: string | null, line: number, e: RecordError): ErrorRecord {
  const where = e.field ? `line ${line}, field "${e.field}"` : `line ${line}`;
  return { id, status: 'error', line, error: { code: e.code, field: e.field, message: `${where}: ${e.message}` } };
}

let languageNames: Intl.DisplayNames | null = null;

/** Answers by code: a corpus names the same few languages on every record, and asking Intl costs more than a look-up. */
const known = new Map<string, boolean>();

/** A code CLDR knows (`de`, `vi`, `pt-BR`); Intl answers an unknown code with the code itself. */
function knownLanguage(code: string): boolean {
  const cached = known.get(code);
  if (cached !== undefined) return cached;
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(code)) return false;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  let ok: boolean;
  try {
    const name = languageNames.of(code);
    ok = name !== undefined && name !== code && name.toLowerCase() !== code.toLowerCase();
  } catch {
    ok = false;
  }
  // Bounded: a stream of made-up codes must not grow the map without end.
  if (known.size < 1000) known.set(code, ok);
  return ok;
}

function language(rec: Record<string, unknown>, field: string): string {
  const v = rec[field];
  if (v === undefined) throw new RecordError('missing_field', field, 'missing; give an ISO 639-1 code such as "de" or "vi"');
  if (typeof v !== 'string' || !knownLanguage(v)) throw new RecordError('unknown_language', field, `${JSON.stringify(v)} is not a known language code; use ISO 639-1 such as "de" or "vi"`);
  return v;
}

function side(rec: Record<string, unknown>, prefix: 'src' | 'trg', lang: string, limits: BatchLimits): string[] {
  const textField = `${prefix}_text`;
  const listField = `${prefix}_sentences`;
  const text = rec[textField];
  const list = rec[listField];
  if (text !== undefined && list !== undefined) throw new RecordError('invalid_record', textField, `give either "${textField}" or "${listField}", not both`);
  let sentences: string[];
  let field: string;
  if (list !== undefined) {
    field = listField;
    if (!Array.isArray(list)) throw new RecordError('invalid_field', field, 'must be an array of strings, one sentence each');
    if (list.length > limits.maxSentences) throw new RecordError('too_large', field, `${list.length} sentences, over the limit of ${limits.maxSentences}; split the document into parts or raise --max-sentences`);
    const bad = list.findIndex((s) => typeof s !== 'string');
    if (bad >= 0) throw new RecordError('invalid_field', field, `item ${bad} is ${typeof list[bad]}, expected a string`);
    sentences = list as string[];
  } else if (text !== undefined) {
    field = textField;
    if (typeof text !== 'string') throw new RecordError('invalid_field', field, `must be a string, got ${typeof text}`);
    sentences = segmentSentences(text.normalize('NFC'), lang).map((s) => s.text);
    if (sentences.length > limits.maxSentences) throw new RecordError('too_large', field, `${sentences.length} sentences, over the limit of ${limits.maxSentences}; split the document into parts or raise --max-sentences`);
  } else {
    throw new RecordError('missing_field', textField, `missing; give the text as "${textField}" (a string) or "${listField}" (an array of sentences)`);
  }
  if (!sentences.some((s) => s.trim() !== '')) throw new RecordError('empty_side', field, 'has no text; a pair needs text on both sides');
  return sentences;
}

function url(rec: Record<string, unknown>, field: string): string | null {
  const v = rec[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new RecordError('invalid_field', field, `must be a string, got ${typeof v}`);
  return v;
}

function anchors(rec: Record<string, unknown>, n: number, m: number): Array<[number, number]> {
  const v = rec.anchors;
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new RecordError('invalid_field', 'anchors', 'must be an array of [src index, trg index] pairs');
  const out: Array<[number, number]> = [];
  v.forEach((pair: unknown, k) => {
    const ok = Array.isArray(pair) && pair.length === 2 && pair.every((x) => Number.isInteger(x));
    if (!ok) throw new RecordError('invalid_field', 'anchors', `item ${k} must be [src index, trg index] (0-based integers)`);
    const [i, j] = pair as [number, number];
    if (i < 0 || i >= n || j < 0 || j >= m) throw new RecordError('invalid_field', 'anchors', `item ${k} [${i}, ${j}] is out of range (${n} source and ${m} target sentences)`);
    const prev = out[out.length - 1];
    if (prev && (i <= prev[0] || j <= prev[1])) throw new RecordError('invalid_field', 'anchors', `item ${k} [${i}, ${j}] must come after [${prev[0]}, ${prev[1]}] on both sides (anchors are in order and do not cross)`);
    out.push([i, j]);
  });
  return out;
}

/** The id of a record, if it has a usable one (error records carry it too). */
export function recordId(rec: unknown): string | null {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return null;
  const id = (rec as Record<string, unknown>).id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

/** Throws RecordError naming the field; `rec` is the parsed JSON of one line. */
export function toJob(rec: unknown, limits: BatchLimits = DEFAULT_LIMITS): BatchJob {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new RecordError('invalid_record', null, 'expected a JSON object, one document pair a line');
  const r = rec as Record<string, unknown>;
  const id = recordId(r);
  if (id === null) throw new RecordError(r.id === undefined ? 'missing_field' : 'invalid_field', 'id', 'every record needs an "id" (a non-empty string) to match its output line');
  const srcLang = language(r, 'src_lang');
  const trgLang = language(r, 'trg_lang');
  const src = side(r, 'src', srcLang, limits);
  const trg = side(r, 'trg', trgLang, limits);
  return { id, srcLang, trgLang, src, trg, srcUrl: url(r, 'src_url'), trgUrl: url(r, 'trg_url'), anchors: anchors(r, src.length, trg.length) };
}
