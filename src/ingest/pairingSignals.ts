// Small signals of the leftover pairing that the aligner's pair evidence does not read: a name or a lexicon
// word of the original found inside a longer word of the translation (`Geiger` in `Geigerzählers`, `điện`
// ~ `Strom` in `Atomstrom`), numbers a translation writes as words (`10 tuyến` ~ `zehn Linien`), and numbers
// of the original the translation lacks (a title keeps its numbers: their absence speaks against a pairing).
import { builtinLexicon, nameKey, numberAnchors } from '../align';
import { stripDiacritics } from '../text';

const WORD = /[\p{L}\p{M}]+/gu;

/** Number words up to twenty and the round tens, per language (data; a language without them gets none). */
const NUMBER_WORDS: Record<string, string[]> = {
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};
const ALIASES: Record<string, Record<string, string>> = { de: { ein: '1', eine: '1', einen: '1', einem: '1', einer: '1', hundert: '100', tausend: '1000', dreißig: '30', vierzig: '40', fünfzig: '50' } };

// Every leftover of a page is compared with the same German sentences: read each text once.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  if (cache.size > 20000) cache.clear();
  const value = make();
  cache.set(key, value);
  return value;
}

/** The numbers of a text as anchor keys (`n:10`), with the number words of its language read as numbers. */
export function numberKeys(text: string, lang: string): Set<string> {
  return cached(`n\u0000${lang}\u0000${text}`, () => readNumbers(text, lang));
}

function readNumbers(text: string, lang: string): Set<string> {
  const out = new Set(numberAnchors(text, lang).filter((k) => k.startsWith('n:')));
  const words = NUMBER_WORDS[lang];
  const aliases = ALIASES[lang] ?? {};
  if (words)
    for (const m of text.toLowerCase().matchAll(WORD)) {
      const k = words.indexOf(m[0]);
      if (k >= 0) out.add(`n:${k}`);
      else if (aliases[m[0]]) out.add(`n:${aliases[m[0]]}`);
    }
  return out;
}

/** Capitalised words of at least four letters, not counting the first word (capitalised by position). */
function names(text: string): string[] {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  return words.slice(1).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w) && w !== w.toUpperCase());
}

/** Names of `original` that start a word of `translation` without being that whole word (exact names are anchors already). */
export function nameOverlap(original: string, translation: string): number {
  const { keys, whole } = cached(`k\u0000${original}`, () => {
    const own = names(original);
    return { keys: [...new Set(own.map((w) => nameKey(stripDiacritics(w)).slice(0, 5)))].filter((k) => k.length >= 4), whole: new Set(own.map((w) => nameKey(stripDiacritics(w)))) };
  });
  if (!keys.length) return 0;
  const words = cached(`w\u0000${translation}`, () => [...translation.matchAll(WORD)].map((m) => m[0]));
  let hits = 0;
  for (const k of keys) if (words.some((w) => w.length > k.length + 2 && nameKey(w).startsWith(k) && !whole.has(nameKey(w)))) hits++;
  return hits;
}

/** The lexicon terms of a text (longest first, not overlapping), each as its one-word translations. */
function lexiconTerms(original: string, langOriginal: string, langTranslation: string): string[][] {
  const lex = builtinLexicon(langOriginal, langTranslation);
  const words = [...original.toLowerCase().matchAll(WORD)].map((m) => m[0]);
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = 3; n >= 1; n--) {
      const targets = lex.entries.get(words.slice(i, i + n).join(' '));
      if (!targets) continue;
      // Short targets (`war`, `ist`, `die`) sit inside many long words by chance (`unerwartet`): only five letters and more count.
      out.push([...targets].filter((t) => t.length >= 5 && !t.includes(' ')));
      i += n - 1;
      break;
    }
  return out.filter((t) => t.length > 0);
}

/** Lexicon terms of the original (1–3 words) whose translation sits inside a compound of the translation. */
export function compoundHits(original: string, translation: string, langOriginal: string, langTranslation: string): number {
  const compounds = cached(`c\u0000${translation}`, () => [...translation.toLowerCase().matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 8));
  if (!compounds.length) return 0;
  const terms = cached(`t\u0000${langOriginal}\u0000${langTranslation}\u0000${original}`, () => lexiconTerms(original, langOriginal, langTranslation));
  // Inside the word, not at its start: a word that starts with the term is already a lexicon match.
  return terms.filter((targets) => targets.some((t) => compounds.some((w) => w.indexOf(t, 1) > 0))).length;
}
