// What a sentence search matches with. Patterns a person types run on RE2's linear-time engine, so no pattern
// (`^(a+)+$` on forty a's) can hold the server's only thread; literal text and patterns written in code use the
// built-in engine, which is safe for them.
import { RE2JS } from 're2js';
import { StoreError } from './errors';

export interface TextPattern {
  /** The first match in `text` as UTF-16 offsets, or null. */
  find(text: string): { start: number; end: number } | null;
}

function fromRegExp(regex: RegExp): TextPattern {
  const once = new RegExp(regex.source, regex.flags.replace(/[gy]/g, ''));
  return {
    find(text) {
      const match = once.exec(text);
      return match ? { start: match.index, end: match.index + match[0].length } : null;
    },
  };
}

/** Case-insensitive literal text. */
export function literalPattern(text: string): TextPattern {
  if (text === '') throw new StoreError('bad_request', 'Type something to search for.');
  return fromRegExp(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'));
}

/** A pattern a person typed, in RE2 syntax (JavaScript's, less back-references and look-around). */
export function userPattern(source: string): TextPattern {
  if (source === '') throw new StoreError('bad_request', 'Type something to search for.');
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    throw new StoreError(
      'bad_request',
      `"${source}" is not a pattern the search can run (${reason}). Patterns run in linear time, so back-references (\\1) and look-around ((?=…), (?<=…)) are not available.`,
    );
  }
  return {
    find(text) {
      const matcher = compiled.matcher(text);
      return matcher.find() ? { start: matcher.start(), end: matcher.end() } : null;
    },
  };
}

/** A RegExp written in code (tests, internal callers): trusted, run as it is. */
export function codePattern(regex: RegExp): TextPattern {
  if (regex.source === '(?:)') throw new StoreError('bad_request', 'Type something to search for.');
  return fromRegExp(regex);
}

/** Text is matched case-insensitively as a literal; `regex` reads it as an RE2 pattern; a RegExp is run as it is. */
export function searchPattern(query: string | RegExp, regex: boolean): TextPattern {
  if (query instanceof RegExp) return codePattern(query);
  return regex ? userPattern(query) : literalPattern(query);
}
