// Small signals of the leftover pairing that the aligner's pair evidence does not read: a name or a lexicon
// word of the original found inside a longer word of the translation (`Geiger` in `Geigerzählers`, `điện`
// ~ `Strom` in `Atomstrom`), numbers a translation writes as words (`10 tuyến` ~ `zehn Linien`), and numbers
// of the original the translation lacks (a title keeps its numbers: their absence speaks against a pairing).
import { builtinLexicon, nameKey } from '../align';
import { multiWordStarts, readAnchors } from '../align/features';
import { stripDiacritics } from '../text';

const WORD = /[\p{L}\p{M}]+/gu;

/** Number words up to twenty and the round tens, per language (data; a language without them gets none). */
const NUMBER_WORDS: Record<string, string[]> = {
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};
const ALIASES: Record<string, Record<string, string>> = { de: { ein: '1', eine: '1', einen: '1', einem: '1', einer: '1', hundert: '100', tausend: '1000', dreißig: '30', vierzig: '40', fünfzig: '50' } };

/** Each language's number words as anchor keys, for one look-up a word. */
const numberWordKeys = new Map<string, Map<string, string>>();
function numberWordsOf(lang: string): Map<string, string> {
  let map = numberWordKeys.get(lang);
  if (!map) {
    map = new Map(Object.entries(ALIASES[lang] ?? {}).map(([w, n]) => [w, `n:${n}`]));
    (NUMBER_WORDS[lang] ?? []).forEach((w, k) => map?.set(w, `n:${k}`));
    numberWordKeys.set(lang, map);
  }
  return map;
}

/** The digits of a text as anchor keys (`n:10`), as the aligner read them (the evidence reads the same texts). */
const digitKeys = (text: string, lang: string): string[] => readAnchors(text, lang).filter((k) => k.startsWith('n:'));

/** Capitalised words of at least four letters, not counting the first word (capitalised by position). */
function names(text: string): string[] {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  return words.slice(1).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w) && w !== w.toUpperCase());
}

/** A term's one-word translations that may sit inside a compound, worked out once per lexicon entry. */
const compoundTargets = new WeakMap<Set<string>, string[]>();
function insideTargets(targets: Set<string>): string[] {
  let out = compoundTargets.get(targets);
  // Short targets (`war`, `ist`, `die`) sit inside many long words by chance (`unerwartet`): only five letters and more count.
  if (!out) compoundTargets.set(targets, (out = [...targets].filter((t) => t.length >= 5 && /^[\p{L}\p{M}]+$/u.test(t))));
  return out;
}

/** The lexicon terms of a text (longest first, not overlapping), each as its one-word translations. */
function lexiconTerms(original: string, langOriginal: string, langTranslation: string): string[][] {
  const lex = builtinLexicon(langOriginal, langTranslation);
  // A word that starts no multi-word term needs one look-up, not three.
  const starts = multiWordStarts(lex.entries);
  const words = original.toLowerCase().match(WORD) ?? [];
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++)
    for (let n = starts.has(words[i] as string) ? Math.min(3, words.length - i) : 1; n >= 1; n--) {
      const key = n === 1 ? words[i] : n === 2 ? `${words[i]} ${words[i + 1]}` : `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
      const targets = lex.entries.get(key as string);
      if (!targets) continue;
      const inside = insideTargets(targets);
      if (inside.length) out.push(inside);
      i += n - 1;
      break;
    }
  return out;
}

/** What the pairing reads from a leftover, once however many sentences it is compared with. */
export interface OriginalSignals {
  numbers: Set<string>;
  /** Its names cut to five letters (folded), and whole. */
  nameKeys: string[];
  wholeNames: Set<string>;
  /** Its lexicon terms, each as its one-word translations of five letters or more. */
  terms: string[][];
}

export function readOriginal(text: string, langOriginal: string, langTranslation: string): OriginalSignals {
  const own = names(text);
  return {
    numbers: new TextSignals(text, langOriginal).numbers,
    nameKeys: [...new Set(own.map((w) => nameKey(stripDiacritics(w)).slice(0, 5)))].filter((k) => k.length >= 4),
    wholeNames: new Set(own.map((w) => nameKey(stripDiacritics(w)))),
    terms: lexiconTerms(text, langOriginal, langTranslation),
  };
}

/** Whether a UTF-16 unit is a letter or mark (as WORD reads it), one regex test per unit ever seen. */
const unitIsWord = new Uint8Array(65536);
function isWordUnit(code: number): boolean {
  let c = unitIsWord[code] as number;
  // Halves of surrogate pairs count as no letter: letters beyond the BMP are rare enough in a translation to miss.
  if (c === 0) unitIsWord[code] = c = /[\p{L}\p{M}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

/** Words of seven letters or more: the only ones a name of four letters or more can start without being them. */
const LONG_WORD = /[\p{L}\p{M}]{7,}/gu;

/**
 * What the pairing reads from a text (a translated sentence, once per page however many leftovers weigh it), and
 * only what some leftover asks for (a leftover without numbers never needs the sentence's numbers).
 */
export class TextSignals {
  private lowerText?: string;
  private long?: { key: string; length: number }[];
  private numberSet?: Set<string>;

  constructor(
    private readonly text: string,
    private readonly lang: string,
  ) {}

  /** Its words of seven letters or more, as name keys, with their length as written. */
  get longWords(): { key: string; length: number }[] {
    return (this.long ??= (this.text.match(LONG_WORD) ?? []).map((w) => ({ key: nameKey(w), length: w.length })));
  }

  /** Its numbers as anchor keys, also those written as words. */
  get numbers(): Set<string> {
    if (this.numberSet) return this.numberSet;
    const out = new Set(digitKeys(this.text, this.lang));
    const words = numberWordsOf(this.lang);
    if (words.size)
      for (const w of this.lower().match(WORD) ?? []) {
        const key = words.get(w);
        if (key) out.add(key);
      }
    return (this.numberSet = out);
  }

  /** Whether `part` (letters only) sits inside one of its words of eight letters or more, not at the word's start. */
  hasInside(part: string): boolean {
    const lower = this.lower();
    for (let p = lower.indexOf(part, 1); p > 0; p = lower.indexOf(part, p + 1)) {
      if (!isWordUnit(lower.charCodeAt(p - 1))) continue;
      let start = p - 1;
      while (start > 0 && isWordUnit(lower.charCodeAt(start - 1))) start--;
      let end = p + part.length;
      while (end < lower.length && isWordUnit(lower.charCodeAt(end))) end++;
      if (end - start >= 8) return true;
    }
    return false;
  }

  private lower(): string {
    return (this.lowerText ??= this.text.toLowerCase());
  }
}

/** What a leftover finds in one translated sentence besides the aligner's evidence (indexes into its signals). */
export interface Found {
  /** Its names starting a longer word (`Geiger` in `Geigerzählers`; exact names are anchors already). */
  names: number[];
  /** Its lexicon terms inside a compound (`điện` ~ `Strom` in `Atomstrom`; at a word's start it is a lexicon match already). */
  terms: number[];
  /** Its numbers, also those the translation writes as words. */
  numbers: string[];
}

/** What leftover `o` finds in sentence `t`, as indexes so that the findings of a run of sentences can be united. */
export function findIn(o: OriginalSignals, t: TextSignals): Found {
  const found: Found = { names: [], terms: [], numbers: [] };
  o.nameKeys.forEach((k, x) => {
    if (t.longWords.some((w) => w.length > k.length + 2 && w.key.startsWith(k) && !o.wholeNames.has(w.key))) found.names.push(x);
  });
  o.terms.forEach((targets, x) => {
    if (targets.some((target) => t.hasInside(target))) found.terms.push(x);
  });
  if (o.numbers.size) for (const n of t.numbers) if (o.numbers.has(n)) found.numbers.push(n);
  return found;
}
