// Anchors: tokens that survive translation unchanged or nearly so — numbers and dates, names and acronyms,
// URLs, and punctuation that carries meaning (question marks, quotes, parentheses). Each becomes a string key;
// the same key on both sides is evidence that two sentences correspond.
import { numberAnchors } from './numbers';

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"“”„]+/giu;
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)?/gu;
// Percent written out, as news texts often do (`7,4 Prozent` ~ `7,4%`); any sign or word gives the same key.
export const PERCENT_WORD_RE = /\b(?:prozent|percent|per cent|pour cent|por ciento|per cento|procent|процент\p{L}*)(?![\p{L}])|phần trăm/iu;
const QUOTE_RE = /["“”„«»‚‘’「」]/u;

/**
 * A spelling key tolerant of light transliteration differences between languages:
 * `Wladimir` ~ `Vladimir`, `Schoigu` ~ `Shoigu`, `Sergej` ~ `Sergei`, `Putins` ~ `Putin`, `Đà Nẵng` ~ `Da Nang`.
 */
const keyCache = new Map<string, string>();

export function nameKey(word: string): string {
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeNameKey(word);
  if (keyCache.size > 50000) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function computeNameKey(word: string): string {
  let s = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  s = s.replace(/đ/g, 'd').replace(/ß/g, 'ss').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ł/g, 'l');
  s = s.replace(/sch/g, 'sh').replace(/tsch/g, 'ch').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/ck/g, 'k');
  s = s.replace(/[jy]/g, 'i').replace(/z/g, 's').replace(/c(?!h)/g, 'k').replace(/(.)\1+/g, '$1');
  if (s.length > 4 && s.endsWith('s')) s = s.slice(0, -1);
  return s.slice(0, 7);
}

function isNameLike(word: string): boolean {
  const first = word.charAt(0);
  // Cheap test first: most words are lower case.
  if (first === first.toLowerCase() || first !== first.toUpperCase()) return false;
  if (word.length >= 3) return true;
  // Two-letter tokens only as acronyms (`EU`, `UN`).
  return /^\p{Lu}{2}$/u.test(word);
}

/** URL keys of `text` pushed to `out`; returns the text with each URL replaced by a space. */
export function urlAnchors(text: string, out: string[]): string {
  return text.replace(URL_RE, (u) => {
    const norm = u.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[.,;:)]+$/, '');
    out.push(`u:${norm}`);
    return ' ';
  });
}

/** Every anchor key of one sentence, repeated as often as it occurs. */
export function sentenceAnchors(text: string, lang: string): string[] {
  const out: string[] = [];
  const rest = text.includes('http') || text.includes('www.') ? urlAnchors(text, out) : text;
  out.push(...numberAnchors(rest, lang));
  // Two capitalised words in a row are also keyed as one: a Vietnamese name written in syllables is one
  // word in other languages (`Hà Nội` ~ `Hanoi`, `Việt Nam` ~ `Vietnam`).
  let prevWord = '';
  let prevEnd = -1;
  for (const m of rest.matchAll(WORD_RE)) {
    const w = m[0];
    const at = m.index ?? 0;
    const first = w.charAt(0);
    // Short capitalised syllables (`Hà`) count only as part of a joined name.
    if (/\d/.test(w) || first === first.toLowerCase() || first !== first.toUpperCase()) {
      prevEnd = -1;
      continue;
    }
    if (isNameLike(w)) {
      const key = nameKey(w);
      if (key.length >= 2) out.push(`w:${key}`);
    }
    if (prevEnd >= 0 && at === prevEnd + 1 && rest.charAt(prevEnd) === ' ') {
      const joined = nameKey(prevWord + w);
      if (joined.length >= 4) out.push(`w:${joined}`);
    }
    prevWord = w;
    prevEnd = at + w.length;
  }
  if (PERCENT_WORD_RE.test(text)) out.push('p:%');
  const trimmed = text.trimEnd();
  if (/[?？¿]/.test(trimmed)) out.push('p:?');
  if (/[!！¡]/.test(trimmed)) out.push('p:!');
  if (QUOTE_RE.test(text)) out.push('p:"');
  if (/[(（[]/.test(text)) out.push('p:(');
  if (/%|％/.test(text) && !out.includes('p:%')) out.push('p:%');
  return out;
}
