// Finds stretches of the original language left inside the translation. Two kinds of evidence, both data-driven:
// letters that only the original language uses (Vietnamese ơ, ư, đ, tone-marked vowels, …) when both languages
// share a script, and the original's script itself (Cyrillic in German, Han in English, …) when they do not.

/** Letters that mark a word as belonging to a language, for languages written in a shared script. */
export const DISTINCTIVE_LETTERS: Record<string, RegExp> = {
  vi: /[ăâãđêõôơưĩũĂÂÃĐÊÕÔƠƯĨŨ\u1EA0-\u1EF9]/u,
  de: /[äöüßÄÖÜẞ]/u,
  pl: /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/u,
  cs: /[ěřůťďňĚŘŮŤĎŇ]/u,
  tr: /[ğışİĞŞ]/u,
  ro: /[ăâîșțĂÂÎȘȚ]/u,
};

/** Longest run of letters that can still be one syllable of a language written syllable by syllable. */
const MAX_SYLLABLE: Record<string, number> = { vi: 7 };

export interface Leftover {
  start: number;
  end: number;
  words: number;
}

function scriptOf(lang: string): string | null {
  try {
    return new Intl.Locale(lang).maximize().script ?? null;
  } catch {
    return null;
  }
}

const WORD = /[\p{L}\p{M}]+/gu;

/**
 * Stretches of `originalLang` inside `text` (written in `translationLang`). A stretch needs at least two marked words,
 * so a single borrowed name (`Nguyễn`, `Côte`) is not reported.
 */
export function findLeftovers(text: string, originalLang: string, translationLang: string): Leftover[] {
  const original = originalLang.toLowerCase().split('-')[0] ?? '';
  const translation = translationLang.toLowerCase().split('-')[0] ?? '';
  if (original === translation || text.length === 0) return [];
  const originalScript = scriptOf(original);
  const translationScript = scriptOf(translation);
  let marks: (word: string) => boolean;
  let compatible: (word: string) => boolean;
  if (originalScript && translationScript && originalScript !== translationScript) {
    const re = scriptRegex(originalScript);
    if (!re) return [];
    marks = (w) => re.test(w);
    compatible = () => false;
  } else {
    const own = DISTINCTIVE_LETTERS[original];
    if (!own) return [];
    const theirs = DISTINCTIVE_LETTERS[translation];
    const maxLen = MAX_SYLLABLE[original] ?? 12;
    marks = (w) => own.test(w.normalize('NFC'));
    // An unmarked word can sit inside a stretch (`Nga và Triều`) if it could belong to the original language.
    compatible = (w) => w.length <= maxLen && !(theirs?.test(w.normalize('NFC')) ?? false);
  }
  const found: Leftover[] = [];
  let run: { start: number; end: number; marked: number; total: number; gap: number; lower: boolean; gapLower: boolean } | null = null;
  const close = (): void => {
    // A short stretch of capitalised words is a name kept in its original spelling (`Nguyễn Xuân Phúc`).
    const name = run !== null && !run.lower && run.total - run.gap <= 3;
    if (run && !name && run.marked >= 2 && run.marked * 2 >= run.total - run.gap) found.push({ start: run.start, end: run.end, words: run.marked });
    run = null;
  };
  const isLower = (w: string): boolean => w[0] !== undefined && w[0] === w[0].toLowerCase() && w[0] !== w[0].toUpperCase();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (marks(w)) {
      if (run) {
        run.marked++;
        run.total++;
        run.end = m.index + w.length;
        run.gap = 0;
        run.lower ||= run.gapLower || isLower(w);
        run.gapLower = false;
      } else run = { start: m.index, end: m.index + w.length, marked: 1, total: 1, gap: 0, lower: isLower(w), gapLower: false };
    } else if (run && compatible(w) && run.gap < 2) {
      run.total++;
      run.gap++;
      run.gapLower ||= isLower(w);
    } else close();
  }
  close();
  return found;
}

const scriptCache = new Map<string, RegExp | null>();
function scriptRegex(script: string): RegExp | null {
  if (!scriptCache.has(script)) {
    let re: RegExp | null;
    try {
      // Japanese and Korean mix scripts; Han covers the shared part.
      const s = script === 'Jpan' ? 'Han' : script === 'Kore' ? 'Hangul' : script === 'Hans' || script === 'Hant' ? 'Han' : script;
      re = new RegExp(`\\p{Script=${s}}`, 'u');
    } catch {
      re = null;
    }
    scriptCache.set(script, re);
  }
  return scriptCache.get(script) ?? null;
}
