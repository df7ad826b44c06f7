// Words as Intl.Segmenter finds them (after NFC), shared by MQM word counts, the word edit rate and word diffs.

const segmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      s = new Intl.Segmenter('und', { granularity: 'word' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

// A review segments the same texts for the MQM word count and the edit rate, and again after every action;
// segmenting once per text (bounded, so a huge corpus cannot grow it without end) keeps reports fast.
// Keyed by language, then by the text itself (no joined key string to build and hash for every lookup).
const segmentedTexts = new Map<string, Map<string, { words: number; tokens: string[] }>>();
let segmentedCount = 0;
const SEGMENTED_LIMIT = 250_000;

function segmented(text: string, lang: string): { words: number; tokens: string[] } {
  let ofLang = segmentedTexts.get(lang);
  if (!ofLang) segmentedTexts.set(lang, (ofLang = new Map()));
  let found = ofLang.get(text);
  if (!found) {
    found = { words: 0, tokens: [] };
    for (const seg of wordSegmenter(lang).segment(text.normalize('NFC'))) {
      if (seg.isWordLike) found.words++;
      if (seg.segment.trim() !== '') found.tokens.push(seg.segment);
    }
    if (segmentedCount >= SEGMENTED_LIMIT) {
      for (const m of segmentedTexts.values()) m.clear();
      segmentedCount = 0;
    }
    ofLang.set(text, found);
    segmentedCount++;
  }
  return found;
}

/** Number of words (letters or digits; punctuation does not count), as MQM counts evaluated words. */
export function countWords(text: string, lang: string): number {
  return segmented(text, lang).words;
}

/** Words and punctuation marks, without whitespace: the tokens of the word edit rate (do not modify). */
export function wordTokens(text: string, lang: string): readonly string[] {
  return segmented(text, lang).tokens;
}

/** Levenshtein distance over two token lists (unit costs). */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Word-level edit rate: Levenshtein distance between the machine translation's tokens and the fixed text's,
 * over the fixed text's token count (case-sensitive, punctuation counts as a token, no shifts).
 */
export function wordEditStatistics(machine: string, fixed: string, lang: string): { edits: number; refLength: number } {
  const b = wordTokens(fixed, lang);
  if (machine === fixed) return { edits: 0, refLength: b.length };
  const a = wordTokens(machine, lang);
  return { edits: levenshtein(a, b), refLength: b.length };
}

export function wordEditRate(machine: string, fixed: string, lang: string): number {
  const s = wordEditStatistics(machine, fixed, lang);
  return s.refLength > 0 ? (100 * s.edits) / s.refLength : s.edits > 0 ? 100 : 0;
}
