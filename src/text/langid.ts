// Language identification for page lines and sentences: German, Vietnamese, English, or undetermined.
// Short lines decide on word evidence (script letters, closed word lists, word shape); franc, restricted to the
// three languages, only breaks ties on longer text, where its trigram statistics are reliable.
import { franc } from 'franc-min';
import type { Lang } from '../model';
import { ENGLISH_WORDS, GERMAN_WORDS, VIETNAMESE_ASCII_WORDS, VI_SYLLABLE, isGermanLetter, isVietnameseLetter } from './wordlists';

/** Markers such as `[Anzeige_1]`, `[Advertisement]`: page furniture with no language. */
const MARKER = /^\[[\p{L}\p{N}_ -]{1,40}\]$/u;
const WORD = /[\p{L}\p{M}]+/gu;
const ADDRESS = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+|\b[\w-]+\.(?:vn|com|net|org|de|info)\b/gu;
const MAYBE_ADDRESS = /:\/\/|www\.|@|\.(?:vn|com|net|org|de|info)\b/u;
const GERMAN_SHAPE = /(sch|tz|ck|pf|foto$|bild$|land$|stadt$|zeit$|ung$|ungen$|heit$|keit$|lich$|isch|chen$|ierte?$|schaft$|^ge\w{4,}t$|^ver\w{3,}|ei\w*en$)/;
const ENGLISH_SHAPE = /(^th|^wh|ing$|tion$|tions$|ness$|ght|ly$|ous$|ee|oo|^un\w{4,}ed$|ed$)/;
const FRANC_CODES: Record<string, string> = { deu: 'de', vie: 'vi', eng: 'en' };

export interface LanguageScores {
  de: number;
  vi: number;
  en: number;
  /** Letters seen: how much text there was to judge. */
  letters: number;
  /** The part of `vi` that only rests on word shape (`kim`, `un` could be Vietnamese syllables). */
  viShape: number;
  /** Words seen. */
  words: number;
}

/** Word-evidence votes for each language (exported for tests and for the pairing's confidence). */
export function languageScores(text: string): LanguageScores {
  const scores: LanguageScores = { de: 0, vi: 0, en: 0, letters: 0, viShape: 0, words: 0 };
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    scores.letters += word.length;
    scores.words++;
    let vi = false;
    let de = false;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 0xc0) continue;
      if (isVietnameseLetter(c)) vi = true;
      else if (isGermanLetter(c)) de = true;
    }
    if (vi && !de) { scores.vi += 1; continue; }
    if (de && !vi) { scores.de += 1; continue; }
    const inDe = GERMAN_WORDS.has(word);
    const inEn = ENGLISH_WORDS.has(word);
    const inVi = VIETNAMESE_ASCII_WORDS.has(word);
    if (inDe || inEn || inVi) {
      // A word every list knows (`die`, `an`) says little; split its vote.
      const share = 1 / ((inDe ? 1 : 0) + (inEn ? 1 : 0) + (inVi ? 1 : 0));
      if (inDe) scores.de += share;
      if (inEn) scores.en += share;
      if (inVi) scores.vi += share;
      continue;
    }
    if (GERMAN_SHAPE.test(word)) scores.de += 0.5;
    else if (ENGLISH_SHAPE.test(word)) scores.en += 0.4;
    else if (VI_SYLLABLE.test(word)) {
      scores.vi += 0.3;
      scores.viShape += 0.3;
    }
    else if (word.length >= 8) scores.de += 0.2; // long compounds are German far more often than not
  }
  return scores;
}

/**
 * `de`, `vi`, `en` or `und` for a line or sentence; `null` for markers like `[Anzeige_1]`.
 * Works on NFC text (decomposed tone marks are recomposed first).
 */
export function identifyLanguage(text: string): Lang {
  const trimmed = text.trim();
  if (MARKER.test(trimmed)) return null;
  // Links and e-mail addresses are not in any language (`Quelle: https://…/nga-va-trieu-tien…` is German).
  let nfc = trimmed.normalize('NFC');
  // The full pattern backtracks at every word; most lines have no address at all, which a cheap test tells.
  if (MAYBE_ADDRESS.test(nfc)) nfc = nfc.replace(ADDRESS, ' ');
  const s = languageScores(nfc);
  if (s.letters === 0) return 'und';
  // Syllable shape alone (`Mu Cang Chai`, `Da Lat`) marks Vietnamese names inside other text, not a leftover:
  // real leftovers carry diacritics or common Vietnamese words.
  if (s.vi > 0 && s.vi === s.viShape && s.de + s.en > 0) s.vi = s.viShape / 4;
  const ranked = (['de', 'vi', 'en'] as const).map((l) => [l, s[l]] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  const margin = best[1] - second[1];
  // Clear word evidence: a full vote ahead, or twice the runner-up on a longer line.
  if (best[1] >= 0.9 && (margin >= 1 || (margin >= 0.5 && best[1] >= 2 * second[1]) || (best[1] >= 1 && second[1] < 1))) return best[0];
  // A little evidence on a short line still decides it, unless it is only syllable shape (`Kim Jong Un`).
  const solid = best[0] === 'vi' ? best[1] - s.viShape : best[1];
  if (solid >= 0.5 && second[1] === 0) return best[0];
  // Trigram statistics need more than one token: a glued brand name (`VnExpressVnExpress`) is no sentence.
  if (s.letters >= 12 && s.words >= 2) {
    const guess = FRANC_CODES[franc(nfc, { only: ['deu', 'vie', 'eng'], minLength: 1 })];
    if (guess) return guess;
  }
  if (solid >= 0.5 && margin > 0) return best[0];
  return 'und';
}
