// Rule-based sentence segmentation for German, Vietnamese and English news text. A single linear scan:
// Intl.Segmenter is quadratic on long strings and splits after ordinals and abbreviations.
import {
  ENGLISH_ABBREVIATIONS,
  GERMAN_ABBREVIATIONS,
  MONTHS,
  ORDINAL_CONTEXT,
  SENTENCE_FINAL_ABBREVIATIONS,
  VIETNAMESE_ABBREVIATIONS,
} from './abbreviations';

export interface SentenceSpan {
  text: string;
  /** Offsets (UTF-16 code units) into the segmented text; `end` excludes trailing whitespace. */
  start: number;
  end: number;
}

const DOT = 0x2e;
const ELLIPSIS = 0x2026;
/** Characters that may close a sentence after its final punctuation: quotes, brackets. */
const CLOSERS = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2019, 0x2018, 0xbb, 0xab, 0x29, 0x5d, 0x203a, 0x2039]);
/** A paren group this long or longer is not a trailing source note. */
const MAX_TRAILING_NOTE = 80;
/** A `(` counts as opening a group only when its `)` follows within this many characters. */
const MAX_PAREN_SPAN = 300;

const isTerminator = (c: number) => c === DOT || c === 0x21 || c === 0x3f || c === ELLIPSIS;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x0d;
const isWordChar = (ch: string) => /[\p{L}\p{N}\p{M}]/u.test(ch);

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

// Translated pages mix conventions (a German sentence naming `PGS.TS. Nguyễn …`), so every language's list applies;
// English alone keeps to its own, where German words like `Art` or `Min` end sentences.
function abbreviationsFor(lang: string | null): ReadonlySet<string>[] {
  if (lang === 'en') return [ENGLISH_ABBREVIATIONS, VIETNAMESE_ABBREVIATIONS];
  return [GERMAN_ABBREVIATIONS, VIETNAMESE_ABBREVIATIONS, ENGLISH_ABBREVIATIONS];
}

/** The letters and digits directly before position `end` (`Nr` in `Nr.`, `TS` in `PGS.TS.`). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isWordChar(text[i - 1] as string)) i--;
  return text.slice(i, end);
}

/** The word before the word that ends at `end` (`des` in `des 75.`). */
function previousWord(text: string, wordStart: number): string {
  let i = wordStart;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return wordBefore(text, i);
}

function wordAfter(text: string, start: number): string {
  let i = start;
  while (i < text.length && isWordChar(text[i] as string)) i++;
  return text.slice(start, i);
}

/** `(Quelle: Reuters)` at the end of a line belongs to the sentence before it. */
function isTrailingNote(text: string, open: number): boolean {
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > MAX_TRAILING_NOTE) return false;
  for (let i = close + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!isSpace(c) && c !== 0x7c) return false;
  }
  return true;
}

/** Decides whether the punctuation run `text[at..after)` ends a sentence, given the next visible character at `next`. */
function endsSentence(text: string, at: number, after: number, next: number, abbreviations: ReadonlySet<string>[]): boolean {
  const nextChar = text[next] as string;
  if (isLower(nextChar)) return false;
  if (nextChar === '(' && isTrailingNote(text, next)) return false;
  const mark = text.charCodeAt(at);
  const run = after - at;
  if (mark !== DOT || (run > 1 && text.charCodeAt(at + 1) === DOT)) return true; // ! ? … and "..." before a capital
  const token = wordBefore(text, at);
  if (token === '') return true;
  if (/^\d+$/.test(token)) {
    if (/\d/.test(nextChar)) return token.length > 2; // `15. 8. 2023` is a date, `2023. 2024 …` two sentences
    if (MONTHS.has(wordAfter(text, next))) return false;
    return !(token.length <= 3 && ORDINAL_CONTEXT.has(previousWord(text, at - token.length)));
  }
  const isCapital = !isLower(nextChar) && nextChar !== nextChar.toLowerCase();
  if (SENTENCE_FINAL_ABBREVIATIONS.has(token)) return isCapital;
  // `v.v.` (Vietnamese "etc.") reads as the single letter `v` twice.
  if (token === 'v' && at >= 2 && text[at - 2] === '.' && text[at - 3] === 'v') return isCapital;
  const before = text[at - 2];
  // Initials, z. B., u. a. — but not the `s` of `war’s`.
  if (token.length === 1 && /\p{L}/u.test(token) && before !== '’' && before !== "'") return false;
  // Street names: `Goethestr. 12`.
  if (/.str$/.test(token) && /\d/.test(nextChar)) return false;
  for (const set of abbreviations) if (set.has(token)) return false;
  return true;
}

/**
 * Splits `text` into sentences. Every line break ends a sentence (pages hold one paragraph a line).
 * Spans exclude leading and trailing whitespace; offsets are into `text` as given.
 */
export function segmentSentences(text: string, lang: string | null = null): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const abbreviations = abbreviationsFor(lang);
  const n = text.length;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && (isSpace(text.charCodeAt(a)) || text.charCodeAt(a) === 0x0a)) a++;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 0x0a)) b--;
    if (b > a) spans.push({ text: text.slice(a, b), start: a, end: b });
  };
  let start = 0;
  let depth = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      push(start, i);
      start = i + 1;
      depth = 0;
      i++;
      continue;
    }
    if (c === 0x28) {
      const close = text.indexOf(')', i);
      if (close > 0 && close - i < MAX_PAREN_SPAN) depth++;
    } else if (c === 0x29 && depth > 0) depth--;
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isTerminator(text.charCodeAt(j))) j++;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) {
      if (text.charCodeAt(j) === 0x29 && depth > 0) depth--;
      j++;
    }
    if (j >= n) break;
    // Glued on: `TP.HCM`, `3.5`, URLs, and `“,` before an attribution (`…“, so Putin.`).
    if (!isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x0a) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || text.charCodeAt(k) === 0x0a) {
      i = k;
      continue;
    }
    if (depth === 0 && endsSentence(text, i, j, k, abbreviations)) {
      push(start, j);
      start = k;
    }
    i = k;
  }
  push(start, n);
  return spans;
}
