// The language of one column of a plain two-column TSV (no header names it): a vote of the line-level language
// identifier over a spread sample of the column, weighted by text length. A sample keeps a 100,000-line file quick
// (each line costs about 10 µs) while reading from every part of the file, not just its first lines.
import { identifyLanguage } from '../text/langid';

/** Lines looked at, spread evenly over the column. */
const SAMPLE_LINES = 500;
/** The winner's share of the text whose language was decided; below it the column is mixed, so `und`. */
const MIN_SHARE = 0.6;

/** The ISO 639-1 code most of the column's text is in, or `und` when there is too little text or no clear winner. */
export function columnLanguage(texts: readonly string[]): string {
  const weight = new Map<string, number>();
  let decided = 0;
  const step = Math.max(1, texts.length / SAMPLE_LINES);
  for (let i = 0; i < texts.length; i += step) {
    const text = texts[Math.floor(i)] ?? '';
    const lang = identifyLanguage(text);
    if (lang === null || lang === 'und') continue;
    weight.set(lang, (weight.get(lang) ?? 0) + text.length);
    decided += text.length;
  }
  const [best] = [...weight].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_SHARE * decided ? best[0] : 'und';
}
