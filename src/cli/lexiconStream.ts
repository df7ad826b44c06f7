// Counts files larger than memory (a V8 Map holds at most 2^24 entries): merged line by line, since every file is
// written sorted, and read into a lexicon keeping only the word pairs that pass the rules. Both give exactly what
// the in-memory functions of lexiconCounts.ts give. Pure: the caller supplies the lines.
import { emptyLexicon, type Lexicon } from '../align/index';
import { CountsFormatError, DEFAULT_LEXICON, finishLexicon, headerLine, keepPair, parseCountLine, parseHeader, TAG_ORDER, type CountsHeader, type LexiconRules, type Tag } from './lexiconCounts';

/** Lines one at a time or in batches (countLines reads a file in batches: a loop a line instead of a promise). */
export type CountLineSource = AsyncIterable<string | readonly string[]> | Iterable<string | readonly string[]>;

interface Cursor {
  name: string;
  lines: AsyncIterator<string | readonly string[]> | Iterator<string | readonly string[]>;
  batch: readonly string[];
  at: number;
  no: number;
  current: { tag: Tag; key: string; n: number } | null;
}

class SourceError extends Error {}

const before = (x: { tag: Tag; key: string }, y: { tag: Tag; key: string }): boolean =>
  TAG_ORDER[x.tag] < TAG_ORDER[y.tag] || (x.tag === y.tag && x.key < y.key);

async function nextLine(c: Cursor): Promise<string | null> {
  for (;;) {
    if (c.at >= c.batch.length) {
      const r = await c.lines.next();
      if (r.done) return null;
      c.batch = typeof r.value === 'string' ? [r.value] : r.value;
      c.at = 0;
      continue;
    }
    const line = c.batch[c.at++] as string;
    c.no++;
    if (line !== '' || c.no === 1) return line;
  }
}

const iteratorOf = (lines: CountLineSource): Cursor['lines'] =>
  Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : (lines as Iterable<string | readonly string[]>)[Symbol.iterator]();

async function advance(c: Cursor): Promise<void> {
  const line = await nextLine(c);
  const prev = c.current;
  try {
    c.current = line === null ? null : parseCountLine(line, c.no);
  } catch (e) {
    throw new SourceError(`${c.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (prev && c.current && !before(prev, c.current))
    throw new SourceError(`${c.name}: line ${c.no}: out of order (a counts file is sorted; write it with bitext batch learn or lexicon merge)`);
}

/** The merged file, in chunks: the sum of every count, in the order writeCounts uses. */
export async function* mergeCountStreams(sources: Array<{ name: string; lines: CountLineSource }>): AsyncGenerator<string> {
  const cursors: Cursor[] = sources.map((s) => ({ name: s.name, lines: iteratorOf(s.lines), batch: [], at: 0, no: 0, current: null }));
  let langs: string | null = null;
  let links = 0;
  let langA = '';
  let langB = '';
  for (const c of cursors) {
    const first = await nextLine(c);
    let h;
    try {
      if (first === null) throw new CountsFormatError('line 1: the file is empty; make counts with bitext batch learn');
      h = parseHeader(first);
    } catch (e) {
      throw new SourceError(`${c.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const pair = `${h.langA}-${h.langB}`;
    if (langs !== null && pair !== langs) throw new SourceError(`${c.name}: counts for ${pair}, the files before it are ${langs}; merge files of one language pair`);
    langs = pair;
    [langA, langB] = [h.langA, h.langB];
    links += h.links;
    await advance(c);
  }
  yield `${headerLine({ langA, langB, links })}\n`;
  let chunk = '';
  for (;;) {
    let least: Cursor['current'] = null;
    for (const c of cursors) if (c.current && (!least || before(c.current, least))) least = c.current;
    if (!least) break;
    const { tag, key } = least;
    let sum = 0;
    for (const c of cursors)
      if (c.current && c.current.tag === tag && c.current.key === key) {
        sum += c.current.n;
        await advance(c);
      }
    chunk += `${tag}\t${key}\t${sum}\n`;
    if (chunk.length > 65536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * A copy of a word read from a batch, for the lexicon that outlives the reading: a slice of the batch's text would
 * keep all of that text alive (V8 slices strings).
 */
const own = (word: string): string => (word + ' ').slice(0, -1);

/**
 * Reads a counts total line by line: its header, its two vocabularies (kept in memory), and each word pair, handed
 * to `pair` with the counts of both its words (the file lists the vocabularies first).
 */
async function readTotals(lines: CountLineSource, pair: (x: string, y: string, n: number, na: number, nb: number, links: number) => void): Promise<CountsHeader> {
  let header: CountsHeader | null = null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let no = 0;
  const read = (line: string): void => {
    no++;
    if (header === null) {
      header = parseHeader(line);
      return;
    }
    if (line === '') return;
    const { tag, key, n } = parseCountLine(line, no);
    if (tag === 'a') a.set(key, n);
    else if (tag === 'b') b.set(key, n);
    else {
      const tab = key.indexOf('\t');
      const x = key.slice(0, tab);
      const y = key.slice(tab + 1);
      pair(x, y, n, a.get(x) ?? 0, b.get(y) ?? 0, header.links);
    }
  };
  for await (const item of lines) {
    if (typeof item === 'string') read(item);
    else for (const line of item) read(line);
  }
  const h = header as CountsHeader | null;
  if (h === null) throw new CountsFormatError('line 1: the file is empty; make counts with bitext batch learn');
  return h;
}

/** The lexicon of a counts file, holding only the two vocabularies and the pairs kept. */
export async function lexiconFromCountLines(lines: CountLineSource, rules: LexiconRules = DEFAULT_LEXICON): Promise<Lexicon> {
  const entries = new Map<string, Set<string>>();
  const header = await readTotals(lines, (x, y, n, na, nb, links) => {
    if (!keepPair(n, na, nb, links, rules)) return;
    let set = entries.get(x);
    if (!set) entries.set(own(x), (set = new Set()));
    set.add(own(y));
  });
  const lex = emptyLexicon(header.langA, header.langB);
  for (const [x, ys] of entries) lex.entries.set(x, ys);
  return finishLexicon(lex, rules);
}

/**
 * A counts file cut down to what pass 2 reads from it under `rules`: the word pairs the lexicon keeps and the counts
 * of their words (the header's link count stays). The lexicon read from it is the same as from the whole file, and
 * it is a small part of its size; it is the end of the line, not a file to merge with others (its counts are gone).
 * Holds the two vocabularies in memory, as reading a lexicon does; written in the order writeCounts uses.
 */
export async function* pruneCountLines(lines: CountLineSource, rules: LexiconRules = DEFAULT_LEXICON): AsyncGenerator<string> {
  const used = { a: new Map<string, number>(), b: new Map<string, number>() };
  let pairs = '';
  const header = await readTotals(lines, (x, y, n, na, nb, links) => {
    if (!keepPair(n, na, nb, links, rules)) return;
    used.a.set(own(x), na);
    used.b.set(own(y), nb);
    pairs += `p\t${x}\t${y}\t${n}\n`;
  });
  yield `${headerLine(header)}\n`;
  for (const [tag, counts] of [['a', used.a], ['b', used.b]] as const) {
    const sorted = [...counts].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    yield sorted.map(([w, n]) => `${tag}\t${w}\t${n}\n`).join('');
  }
  yield pairs;
}
