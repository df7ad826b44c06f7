// Corpus formats: public surface. Writers are generators of string chunks (stream them to a file or a
// response); readers take the whole text and return units, throwing FormatError with the line on bad input (the
// TMX and XLIFF readers also give the column, and name the file when their options carry one).
import { FormatError } from './errors';
import { readJsonl, writeJsonl } from './jsonl';
import { readTmx } from './tmxRead';
import { writeTmx, type TmxOptions } from './tmxWrite';
import { readTsv, writeTsv } from './tsv';
import type { AlignedUnit } from './units';
import { readXliff } from './xliffRead';
import { writeXliff } from './xliffWrite';

export { FormatError } from './errors';
export { canonicalUnit, validateUnit, type AlignedUnit, type UnitAnnotation } from './units';
export type { WriteOptions } from './chunks';
export { writeTmx, TMX_PROP, TMX_CP_TYPE, type TmxOptions } from './tmxWrite';
export { readTmx, type TmxReadOptions } from './tmxRead';
export { writeXliff, SEGMENT_STATE, type XliffOptions } from './xliffWrite';
export { readXliff } from './xliffRead';
export { writeTsv, readTsv, TSV_COLUMNS, escapeTsvField, unescapeTsvField } from './tsv';
export { writeJsonl, readJsonl } from './jsonl';
export { writeMoses, mosesLine } from './moses';
export { walkXml, XmlSyntaxError, type XmlAttribute, type XmlAttributes, type XmlEvent, type XmlReadOptions } from './xmlEvents';
export { XML_FORBIDDEN, escapeText, escapeAttr } from './xmlText';

/** Formats that are one file each; Moses (two files) has its own writer. */
export type SingleFileFormat = 'tmx' | 'xliff' | 'tsv' | 'jsonl';
export const READABLE_FORMATS: readonly SingleFileFormat[] = ['tmx', 'xliff', 'tsv', 'jsonl'];

export function writeCorpus(format: SingleFileFormat, units: Iterable<AlignedUnit>, options: TmxOptions = {}): Generator<string> {
  switch (format) {
    case 'tmx':
      return writeTmx(units, options);
    case 'xliff':
      return writeXliff(units, options);
    case 'tsv':
      return writeTsv(units, options);
    case 'jsonl':
      return writeJsonl(units, options);
    default:
      throw new FormatError(String(format), `unknown format; use one of ${READABLE_FORMATS.join(', ')} or moses`);
  }
}

/** `targets`: the languages to take beside the source from a multilingual TMX unit, preferred first (TmxReadOptions). */
export function readCorpus(format: SingleFileFormat, text: string, targets: readonly string[] = []): AlignedUnit[] {
  switch (format) {
    case 'tmx':
      return readTmx(text, { targets });
    case 'xliff':
      return readXliff(text);
    case 'tsv':
      return readTsv(text);
    case 'jsonl':
      return readJsonl(text);
    default:
      throw new FormatError(String(format), `cannot read this format; use one of ${READABLE_FORMATS.join(', ')}`);
  }
}

/** Guesses the format of a file from its name and first bytes; null when unsure. */
export function detectFormat(name: string, head: string): SingleFileFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'tmx') return 'tmx';
  if (ext === 'xlf' || ext === 'xliff') return 'xliff';
  if (ext === 'tsv' || ext === 'tab') return 'tsv';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'jsonl';
  if (/<tmx[\s>]/.test(head)) return 'tmx';
  if (/<xliff[\s>]/.test(head)) return 'xliff';
  return null;
}

/** Joins a writer's chunks into one string (for small exports and tests). */
export function collect(chunks: Iterable<string>): string {
  let out = '';
  for (const c of chunks) out += c;
  return out;
}
