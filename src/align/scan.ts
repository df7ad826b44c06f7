// Reading a sentence in one walk over its characters: lexicon tokens (lower case, stemmed), name anchors,
// punctuation anchors and visible length together. It gives exactly what lexTokens, sentenceAnchors and
// visibleLength give (test/align/scan.test.ts compares them), but regex matching made a match object per word
// and each of those functions walked the string again; this was most of the time of a first re-align.
import { nameKey, PERCENT_WORD_RE, urlAnchors } from './anchors';
import { numberAnchors } from './numbers';

/** Character classes, one byte per UTF-16 unit, filled the first time a unit is seen. */
const KNOWN = 1;
const LETTER = 2; // \p{L}
const MARK = 4; // \p{M}
const NUMBER = 8; // \p{N}
const BLANK = 16; // \p{Cc}, \p{Cf} or \s: what visible length counts as (collapsed) white space
const UPPER = 32; // \p{Lu} as a single unit
const CAPITAL = 64; // c !== c.toLowerCase() && c === c.toUpperCase(): how a name begins
const WORDISH = LETTER | MARK | NUMBER;
const TOKENISH = LETTER | MARK;

const unitClass = new Uint8Array(65536);
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  let c = KNOWN;
  if (/\p{L}/u.test(ch)) c |= LETTER;
  if (/\p{M}/u.test(ch)) c |= MARK;
  if (/\p{N}/u.test(ch)) c |= NUMBER;
  if (/[\p{Cc}\p{Cf}]/u.test(ch) || /\s/.test(ch)) c |= BLANK;
  if (/^\p{Lu}$/u.test(ch)) c |= UPPER;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) c |= CAPITAL;
  return c;
}

function unit(code: number): number {
  let c = unitClass[code] as number;
  if (c === 0) unitClass[code] = c = classify(String.fromCharCode(code));
  return c;
}

/** Class of the code point starting at k, and its length in units (a lone surrogate is one unit of no class). */
function pointAt(s: string, k: number): number {
  const code = s.charCodeAt(k);
  if (code < 0xd800 || code > 0xdbff || k + 1 >= s.length) return unit(code);
  const low = s.charCodeAt(k + 1);
  if (low < 0xdc00 || low > 0xdfff) return unit(code);
  const cp = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let c = astralClass.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{Cf}/u.test(ch) ? BLANK : 0);
    astralClass.set(cp, c);
  }
  // Bit 8 marks a two-unit code point.
  return c | 256;
}

/** End of a run of code points whose class has any of `bits`, from k. */
function runEnd(s: string, k: number, bits: number): number {
  let e = k;
  while (e < s.length) {
    const c = pointAt(s, e);
    if ((c & bits) === 0) break;
    e += c & 256 ? 2 : 1;
  }
  return e;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

// One string per distinct token: a 100,000-sentence document holds millions of tokens of a few tens of thousands
// of stems, and a copy each made the heap (and every full garbage collection over it) grow with the token count.
// Interned strings also keep their hash, so the lexicon look-ups that follow do not hash them again. Bounded.
const TOKENS = new Map<string, string>();
const MAX_TOKENS = 1 << 18;

function intern(token: string): string {
  const known = TOKENS.get(token);
  if (known !== undefined) return known;
  if (TOKENS.size >= MAX_TOKENS) TOKENS.clear();
  TOKENS.set(token, token);
  return token;
}

/** Stemmed lower-case tokens: as lexTokens (`[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*`, cut to six units). */
export function scanTokens(lower: string, out: string[]): void {
  const n = lower.length;
  let k = 0;
  while (k < n) {
    const c = pointAt(lower, k);
    if ((c & TOKENISH) === 0) {
      k += c & 256 ? 2 : 1;
      continue;
    }
    let e = runEnd(lower, k, TOKENISH);
    for (;;) {
      const q = lower.charCodeAt(e);
      if (e + 1 >= n || (q !== APOSTROPHE && q !== RIGHT_QUOTE && q !== HYPHEN) || (pointAt(lower, e + 1) & TOKENISH) === 0) break;
      e = runEnd(lower, e + 1, TOKENISH);
    }
    out.push(intern(lower.slice(k, e - k > 6 ? k + 6 : e)));
    k = e;
  }
}

export interface ScannedSentence {
  anchors: string[];
  tokens: string[];
  len: number;
}

/** Name anchors of `rest` pushed to `out`: capitalised words, and two capitalised words in a row joined. */
function scanWords(rest: string, out: string[]): void {
  const n = rest.length;
  let prevWord = '';
  let prevEnd = -1;
  let k = 0;
  while (k < n) {
    const c = pointAt(rest, k);
    if ((c & WORDISH) === 0) {
      k += c & 256 ? 2 : 1;
      continue;
    }
    // A word: `[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?`, as anchors.ts reads it.
    let e = runEnd(rest, k, WORDISH);
    const q = rest.charCodeAt(e);
    if (e + 1 < n && (q === APOSTROPHE || q === RIGHT_QUOTE) && (pointAt(rest, e + 1) & TOKENISH) !== 0) e = runEnd(rest, e + 1, TOKENISH);
    const at = k;
    k = e;
    if (((unit(rest.charCodeAt(at)) as number) & CAPITAL) === 0) {
      prevEnd = -1;
      continue;
    }
    let digit = false;
    for (let x = at; x < e; x++) {
      const d = rest.charCodeAt(x);
      if (d >= 48 && d <= 57) {
        digit = true;
        break;
      }
    }
    if (digit) {
      prevEnd = -1;
      continue;
    }
    const w = rest.slice(at, e);
    // Two-letter words count only as acronyms (`EU`); shorter capitalised syllables (`Hà`) only joined.
    if (w.length >= 3 || (w.length === 2 && (unit(w.charCodeAt(0)) & UPPER) !== 0 && (unit(w.charCodeAt(1)) & UPPER) !== 0)) {
      const key = nameKey(w);
      if (key.length >= 2) out.push(`w:${key}`);
    }
    if (prevEnd >= 0 && at === prevEnd + 1 && rest.charCodeAt(prevEnd) === 32) {
      const joined = nameKey(prevWord + w);
      if (joined.length >= 4) out.push(`w:${joined}`);
    }
    prevWord = w;
    prevEnd = e;
  }
}

/** Visible length as visibleLength counts it, and which meaningful punctuation occurs. */
function scanMarks(text: string): { len: number; marks: number } {
  let visible = 0;
  let gaps = 0;
  let blank = false;
  let marks = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if (code <= 32 || code === 127) {
        blank = true;
        continue;
      }
      if (code === 63) marks |= 1;
      else if (code === 33) marks |= 2;
      else if (code === 34) marks |= 4;
      else if (code === 40 || code === 91) marks |= 8;
      else if (code === 37) marks |= 16;
    } else {
      const c = pointAt(text, k);
      if (c & BLANK) {
        blank = true;
        if (c & 256) k++;
        continue;
      }
      if (c & 256) {
        k++;
        visible++;
      } else if (code === 0xff1f || code === 0xbf) marks |= 1;
      else if (code === 0xff01 || code === 0xa1) marks |= 2;
      else if (code === 0x201c || code === 0x201d || code === 0x201e || code === 0xab || code === 0xbb || code === 0x201a || code === 0x2018 || code === 0x2019 || code === 0x300c || code === 0x300d) marks |= 4;
      else if (code === 0xff08) marks |= 8;
      else if (code === 0xff05) marks |= 16;
    }
    if (blank && visible > 0) gaps++;
    blank = false;
    visible++;
  }
  return { len: visible + gaps, marks };
}

/** Kinds of anchor a scan may leave out: numbers and dates (`n:`, `d:`, `m:`), names (`w:`), punctuation (`p:`). */
export const NUMBER_ANCHORS = 1;
export const NAME_ANCHORS = 2;
export const MARK_ANCHORS = 4;
export const ALL_ANCHORS = NUMBER_ANCHORS | NAME_ANCHORS | MARK_ANCHORS;

/** The kinds a list of anchor keys holds (URL keys `u:` are always read: stripping URLs changes what the others see). */
export function anchorKinds(keys: Iterable<string>): number {
  let kinds = 0;
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if (c === 119) kinds |= NAME_ANCHORS; // w
    else if (c === 112) kinds |= MARK_ANCHORS; // p
    else if (c !== 117) kinds |= NUMBER_ANCHORS; // n, d, m
    if (kinds === ALL_ANCHORS) break;
  }
  return kinds;
}

/**
 * Everything the aligner reads from one sentence, in one walk (plus number patterns where digits occur). With
 * `kinds`, only those kinds of anchor (and URLs) are read: a caller that keeps only the keys another text has
 * (the leftover pairing) need not look for numbers in a sentence when that text has none.
 */
export function scanSentence(text: string, lang: string, useAnchors: boolean, kinds = ALL_ANCHORS): ScannedSentence {
  const tokens: string[] = [];
  const nfc = text.normalize('NFC');
  const lower = nfc.toLowerCase();
  scanTokens(lower, tokens);
  const { len, marks } = scanMarks(text);
  const anchors: string[] = [];
  if (!useAnchors) return { anchors, tokens, len };
  const rest = text.includes('http') || text.includes('www.') ? urlAnchors(text, anchors) : text;
  if (kinds & NUMBER_ANCHORS) for (const key of numberAnchors(rest, lang)) anchors.push(key);
  if (kinds & NAME_ANCHORS) scanWords(rest, anchors);
  if ((kinds & MARK_ANCHORS) === 0) return { anchors, tokens, len };
  // Every spelling of percent as a word contains `ent`, `ент` or `phần` in lower case (the regex folds case
  // the same way for these letters): most sentences need not run it.
  const lowerRaw = nfc === text ? lower : text.toLowerCase();
  if ((lowerRaw.includes('ent') || lowerRaw.includes('ент') || lowerRaw.includes('phần')) && PERCENT_WORD_RE.test(text)) anchors.push('p:%');
  if (marks & 1) anchors.push('p:?');
  if (marks & 2) anchors.push('p:!');
  if (marks & 4) anchors.push('p:"');
  if (marks & 8) anchors.push('p:(');
  if (marks & 16 && !anchors.includes('p:%')) anchors.push('p:%');
  return { anchors, tokens, len };
}
