// A line's language against the language around it (the page's for a line, the block's for a sentence). Word
// evidence may take a line away from its surroundings; names alone may not. In languages that write common nouns
// in lower case, a capitalised word inside a line is a name (`The Late Show`, `La Luna`), so a verdict resting
// only on such words, or a trigram guess without a single word for it, yields to the surrounding language.
import type { Lang } from '../model';
import { languageScores } from '../text';

/** German capitalises every noun: there a capital says nothing about a name. */
const NOUNS_CAPITALISED = new Set(['de']);
const WORD_LANGS = new Set(['de', 'vi', 'en']);
/** Capital then lower case (`Luna`), or an acronym in lower-case text (`WNED`): a name. */
const NAME_LIKE = /^[^\p{L}]*\p{Lu}[\p{Ll}\p{M}]/u;
const ACRONYM = /^[^\p{L}]*\p{Lu}{2,}[^\p{L}]*$/u;

function evidenceFor(text: string, lang: 'de' | 'vi' | 'en'): number {
  return languageScores(text)[lang];
}

/**
 * The words a line runs on: its first word (capitalised by position), every word not written like a name, and
 * capitalised words in letters beyond ASCII (`Thứ Bảy`): those spell one language, where `La` or `The` spell many.
 */
function runningWords(text: string): string {
  // A line all in capitals (`KHANH MINH`) runs on its capitals.
  const capitals = !/\p{Ll}/u.test(text);
  return text
    .split(/\s+/)
    .filter((w, i) => i === 0 || /[^\p{ASCII}]/u.test(w) || !(NAME_LIKE.test(w) || (!capitals && ACRONYM.test(w))))
    .join(' ');
}

/** `verdict` (the line's own identification) unless only names or a bare guess speak for it against `around`. */
export function reviseLanguage(text: string, verdict: Lang, around: Lang): Lang {
  if (!verdict || !around || verdict === around || !WORD_LANGS.has(verdict) || !WORD_LANGS.has(around)) return verdict;
  const lang = verdict as 'de' | 'vi' | 'en';
  const words = NOUNS_CAPITALISED.has(lang) ? text : runningWords(text);
  return evidenceFor(words.normalize('NFC'), lang) > 0 ? verdict : around;
}
