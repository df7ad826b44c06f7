// A corpus lexicon as counts that add up: how many confident 1-1 links hold each word, and each pair of words.
// Counting is the map step (one shard at a time), adding counts is the reduce step, and the lexicon is read off the
// totals only at the end, so shards merged in any order and grouping give exactly what one run over everything
// gives. The file is text, sorted, one count a line, so equal counts are equal bytes. Pure: no I/O.
import { builtinLexicon, emptyLexicon, normalizeTerm, type Lexicon } from '../align/index';
import { withoutKnownWords } from '../align/learn';

export const COUNTS_MAGIC = '#bitext-lexicon-counts';

export interface LexiconCounts {
  langA: string;
  langB: string;
  links: number;
  a: Map<string, number>;
  b: Map<string, number>;
  /** `wordA \t wordB` -> links holding both. */
  pairs: Map<string, number>;
}

export interface LearnRules {
  /** Only links at least this confident are counted. */
  minScore: number;
  /** Words a sentence contributes at most (the rest of a long sentence says little about pairs). */
  maxWords: number;
}

export const DEFAULT_LEARN: LearnRules = { minScore: 0.9, maxWords: 40 };

export function emptyCounts(langA: string, langB: string): LexiconCounts {
  return { langA, langB, links: 0, a: new Map(), b: new Map(), pairs: new Map() };
}

const bump = (m: Map<string, number>, k: string, by = 1): void => void m.set(k, (m.get(k) ?? 0) + by);

/** Distinct words of a sentence (a link counts a word once, however often it occurs). */
function words(sentence: string, max: number): string[] {
  const seen = new Set<string>();
  for (const w of normalizeTerm(sentence).split(' ')) {
    // Numbers pair with themselves anyway (the aligner matches them); one-letter words are noise.
    if (w.length < 2 || /^[\d.,'’-]+$/.test(w)) continue;
    seen.add(w);
    if (seen.size >= max) break;
  }
  return [...seen];
}

/** Adds one confident 1-1 link, sentence `a` of language langA with sentence `b` of langB. */
export function countLink(c: LexiconCounts, a: string, b: string, rules: LearnRules = DEFAULT_LEARN): void {
  const wa = words(a, rules.maxWords);
  const wb = words(b, rules.maxWords);
  if (wa.length === 0 || wb.length === 0) return;
  c.links++;
  for (const x of wa) bump(c.a, x);
  for (const y of wb) bump(c.b, y);
  for (const x of wa) for (const y of wb) bump(c.pairs, `${x}\t${y}`);
}

export function addCounts(into: LexiconCounts, from: LexiconCounts): void {
  if (from.langA !== into.langA || from.langB !== into.langB)
    throw new Error(`counts for ${from.langA}-${from.langB} cannot be added to counts for ${into.langA}-${into.langB}; merge files of one language pair`);
  into.links += from.links;
  for (const [k, n] of from.a) bump(into.a, k, n);
  for (const [k, n] of from.b) bump(into.b, k, n);
  for (const [k, n] of from.pairs) bump(into.pairs, k, n);
}

const byKey = (x: [string, number], y: [string, number]): number => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);

/** The counts file, in chunks (a big corpus has millions of pairs: one string would not fit). */
export function* writeCounts(c: LexiconCounts): Generator<string> {
  yield `${headerLine(c)}\n`;
  for (const [tag, map] of [['a', c.a], ['b', c.b], ['p', c.pairs]] as const) {
    let chunk = '';
    for (const [k, n] of [...map].sort(byKey)) {
      chunk += `${tag}\t${k}\t${n}\n`;
      if (chunk.length > 65536) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
}

export class CountsFormatError extends Error {}

export interface CountsHeader {
  langA: string;
  langB: string;
  links: number;
}

/** The first line of a counts file; throws CountsFormatError. */
export function parseHeader(line: string): CountsHeader {
  const head = line.split('\t');
  if (head[0] !== COUNTS_MAGIC || head[1] !== '1' || !head[2] || !head[3] || head[4] !== 'links' || !/^\d+$/.test(head[5] ?? ''))
    throw new CountsFormatError(`line 1: not a lexicon counts file (it must start with "${COUNTS_MAGIC}<TAB>1<TAB>lang<TAB>lang<TAB>links<TAB>n"; make one with bitext batch learn)`);
  return { langA: head[2], langB: head[3], links: Number(head[5]) };
}

export const headerLine = (h: CountsHeader): string => `${COUNTS_MAGIC}\t1\t${h.langA}\t${h.langB}\tlinks\t${h.links}`;

/** Sections in file order; within one, keys in JavaScript string order (what writeCounts sorts by). */
export const TAG_ORDER = { a: 0, b: 1, p: 2 } as const;
export type Tag = keyof typeof TAG_ORDER;

/** One count line (`no` is its line number, for the message); throws CountsFormatError. */
export function parseCountLine(line: string, no: number): { tag: Tag; key: string; n: number } {
  const cells = line.split('\t');
  const n = Number(cells[cells.length - 1]);
  const ok = Number.isInteger(n) && n > 0 && ((cells[0] === 'p' && cells.length === 4) || ((cells[0] === 'a' || cells[0] === 'b') && cells.length === 3));
  if (!ok) throw new CountsFormatError(`line ${no}: expected "a|b<TAB>word<TAB>count" or "p<TAB>word<TAB>word<TAB>count", got ${JSON.stringify(line.slice(0, 80))}`);
  return { tag: cells[0] as Tag, key: cells.slice(1, -1).join('\t'), n };
}

/** Reads a counts file given as its lines (a stream, for files larger than a string); errors name the line. */
export async function readCounts(lines: AsyncIterable<string> | Iterable<string>, into?: LexiconCounts): Promise<LexiconCounts> {
  let c: LexiconCounts | null = null;
  let no = 0;
  for await (const line of lines) {
    no++;
    if (c === null) {
      c = { ...parseHeader(line), a: new Map(), b: new Map(), pairs: new Map() };
      continue;
    }
    if (line === '') continue;
    const { tag, key, n } = parseCountLine(line, no);
    bump(tag === 'a' ? c.a : tag === 'b' ? c.b : c.pairs, key, n);
  }
  if (c === null) throw new CountsFormatError('line 1: the file is empty; make counts with bitext batch learn');
  if (into) {
    addCounts(into, c);
    return into;
  }
  return c;
}

export interface LexiconRules {
  /** Links that must hold both words. */
  minCount: number;
  /** Dice coefficient 2·n(a,b) / (n(a) + n(b)) a pair must reach. */
  minDice: number;
  /**
   * A word in more than this share of the links is a function word (und, và): paired with anything it adds
   * evidence everywhere, and the aligner's own per-document pass already has it. Only rarer words are kept.
   */
  maxShare: number;
  /** Leave out words the bundled lexicon already translates (withoutKnownWords says why). */
  newWordsOnly: boolean;
}

// Chosen on the FLORES tuning half; looser rules made pass 2 worse (Dice 0.3 without the share limit: news 0.992 ->
// 0.932). Without newWordsOnly pass 2 lost to pass 1 on tuning news and check encyclopaedic (see docs/SCALE.md).
export const DEFAULT_LEXICON: LexiconRules = { minCount: 3, minDice: 0.9, maxShare: 0.01, newWordsOnly: true };

/** The lexicon as kept pairs give it, less the words the bundled lexicon knows when the rules say so. */
export function finishLexicon(lex: Lexicon, rules: LexiconRules): Lexicon {
  return rules.newWordsOnly ? withoutKnownWords(lex, builtinLexicon(lex.langA, lex.langB)) : lex;
}

/** Whether a pair seen in `n` links, its words in `na` and `nb` of all `links`, belongs in the lexicon. */
export function keepPair(n: number, na: number, nb: number, links: number, rules: LexiconRules): boolean {
  if (n < rules.minCount || na > rules.maxShare * links || nb > rules.maxShare * links) return false;
  return (2 * n) / (na + nb) >= rules.minDice;
}

/** The lexicon the totals imply: pairs seen together often enough, and rarely apart. */
export function countsToLexicon(c: LexiconCounts, rules: LexiconRules = DEFAULT_LEXICON): Lexicon {
  const lex = emptyLexicon(c.langA, c.langB);
  for (const [key, n] of c.pairs) {
    const tab = key.indexOf('\t');
    const x = key.slice(0, tab);
    const y = key.slice(tab + 1);
    if (!keepPair(n, c.a.get(x) ?? 0, c.b.get(y) ?? 0, c.links, rules)) continue;
    let set = lex.entries.get(x);
    if (!set) lex.entries.set(x, (set = new Set()));
    set.add(y);
  }
  return finishLexicon(lex, rules);
}
