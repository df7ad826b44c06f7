// Per-sentence features the scorer compares: length, anchor keys kept only when both documents have them,
// and lexicon terms interned to integers so that comparing two sentences is a few array look-ups.
import { ALL_ANCHORS, anchorKinds, scanSentence } from './scan';
import type { Lexicon } from './lexicon';
import { stemmedLexicon, stemWord } from './lexiconStems';

export { primeMergedStems, stemmedLexicon, stemWord } from './lexiconStems';

export function lexTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFC').toLowerCase().matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)) out.push(stemWord(m[0]));
  return out;
}

const multiCache = new WeakMap<object, Set<string>>();

/**
 * First words of the multi-word terms of a lexicon's entries (or of its stemmed form): only they need n-gram
 * look-ups. Kept per entries map.
 */
export function multiWordStarts(entries: { keys(): Iterable<string> }): Set<string> {
  let set = multiCache.get(entries);
  if (set) return set;
  set = new Set();
  for (const k of entries.keys()) {
    const sp = k.indexOf(' ');
    if (sp > 0) set.add(k.slice(0, sp));
  }
  multiCache.set(entries, set);
  return set;
}

/** Lists of integers, one list per sentence, in one flat array: list k is data[start[k], start[k+1]). */
export interface IntLists {
  data: Int32Array;
  start: Int32Array;
}

function intLists(lists: Iterable<ArrayLike<number>>, count: number): IntLists {
  const start = new Int32Array(count + 1);
  let total = 0;
  let k = 0;
  const all: ArrayLike<number>[] = [];
  for (const l of lists) {
    all.push(l);
    total += l.length;
    start[++k] = total;
  }
  const data = new Int32Array(total);
  all.forEach((l, x) => data.set(l, start[x] as number));
  return { data, start };
}

/** Grows a flat list of integers without an array object per sentence. */
class IntListBuilder {
  // Small to start: the leftover pairing builds these for a handful of texts per page, thousands of pages a second.
  data = new Int32Array(64);
  size = 0;
  push(x: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = x;
  }
  done(): Int32Array {
    return this.data.slice(0, this.size);
  }
}

export interface SideFeatures {
  /** Characters, control characters and runs of white space counted as one. */
  len: Float64Array;
  /** Anchor ids of each sentence, sorted; ids index `anchorWeight`. */
  anchors: IntLists;
  /** A side: lexicon hits of each sentence (hits.start) and each hit's target term ids (targets.start). */
  hits: Int32Array;
  targets: IntLists;
  /** B side: the term ids present in each sentence that some A term can translate to. */
  terms: IntLists;
}

export interface DocFeatures {
  a: SideFeatures;
  b: SideFeatures;
  anchorWeight: Float64Array;
  termCount: number;
  /**
   * How much finding each B term says, by how few B sentences of the document contain it (idf): `là` or `của`
   * turn up in nearly every sentence and prove little; a rare content word proves much.
   */
  termWeight: Float64Array;
}

export function visibleLength(s: string): number {
  // Control characters and repeated white space say nothing about content length.
  return s.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim().length;
}

function ngrams(tokens: string[], i: number, maxN: number): string[] {
  const out: string[] = [];
  let t = '';
  for (let n = 1; n <= maxN && i + n <= tokens.length; n++) {
    t = n === 1 ? (tokens[i] ?? '') : `${t} ${tokens[i + n - 1] ?? ''}`;
    out.push(t);
  }
  return out;
}

/** What does not depend on the lexicon: computed once, shared by both passes. */
export interface DocText {
  lenA: Float64Array;
  lenB: Float64Array;
  anchorsA: IntLists;
  anchorsB: IntLists;
  anchorWeight: Float64Array;
  tokensA: string[][];
  tokensB: string[][];
}

interface SentenceText {
  anchors: string[];
  tokens: string[];
  len: number;
}

// Re-aligning on every click sees the same sentences again and again: keep what was read from them,
// up to a bounded number of characters so that a huge document does not pin its text twice.
// Keyed by mode (without anchors, or which kinds of anchor were read) and language, then by the text itself: a
// string keeps its hash, a key joined from the three would be hashed anew on every look-up.
const sentenceCache: Map<string, Map<string, SentenceText>>[] = Array.from({ length: ALL_ANCHORS + 2 }, () => new Map());
const CACHE_CHARS = 2_000_000;
let cachedChars = 0;

/** Where a mode's reads are kept: 0 without anchors, 1 + kinds with them. */
const modeOf = (useAnchors: boolean, kinds: number): number => (useAnchors ? 1 + kinds : 0);

function readSentence(s: string, lang: string, useAnchors: boolean, kinds = ALL_ANCHORS): SentenceText {
  const mode = modeOf(useAnchors, kinds);
  const byLang = sentenceCache[mode] as Map<string, Map<string, SentenceText>>;
  let texts = byLang.get(lang);
  const hit = texts?.get(s);
  if (hit) return hit;
  // A read of every kind holds the kinds asked for too (callers of a partial read drop the keys they do not need).
  const full = useAnchors && kinds !== ALL_ANCHORS ? sentenceCache[modeOf(true, ALL_ANCHORS)]?.get(lang)?.get(s) : undefined;
  if (full) return full;
  const value = scanSentence(s, lang, useAnchors, kinds);
  // Long texts are not worth keeping (and would pin memory).
  if (s.length < 2000) {
    if (cachedChars + s.length > CACHE_CHARS) {
      for (const cache of sentenceCache) cache.clear();
      cachedChars = 0;
      texts = undefined;
    }
    if (!texts) byLang.set(lang, (texts = new Map()));
    texts.set(s, value);
    cachedChars += s.length;
  }
  return value;
}

/** The anchor keys of a text as the aligner reads them (numbers as `n:…`, names, URLs), from the same cache. */
export function readAnchors(text: string, lang: string): readonly string[] {
  return readSentence(text, lang, true).anchors;
}

export function prepareText(a: readonly string[], b: readonly string[], langA: string, langB: string, useAnchors = true): DocText {
  return fromRead(
    a.map((s) => readSentence(s, langA, useAnchors)),
    b.map((s) => readSentence(s, langB, useAnchors)),
  );
}

/**
 * As prepareText, where each text of B is a run of consecutive `sentences` (`runs` holds their indexes): each
 * sentence is read once however many runs hold it, and a run is what its sentences hold, one after the other.
 */
export function prepareRuns(a: readonly string[], sentences: readonly string[], runs: readonly (readonly number[])[], langA: string, langB: string): DocText {
  const readA = a.map((s) => readSentence(s, langA, true));
  // Anchors A lacks are dropped by fromRead anyway: dropping them first keeps the runs' lists short.
  const keysA = new Set(readA.flatMap((x) => x.anchors));
  // Only the kinds of anchor A has are looked for in B (no number patterns when the leftovers hold no number).
  const kinds = anchorKinds(keysA);
  const read = sentences.map((s): SentenceText => {
    const x = readSentence(s, langB, true, kinds);
    return x.anchors.some((k) => !keysA.has(k)) ? { ...x, anchors: x.anchors.filter((k) => keysA.has(k)) } : x;
  });
  const joined = runs.map((run): SentenceText => {
    if (run.length === 1) return read[run[0] as number] as SentenceText;
    const parts = run.map((k) => read[k] as SentenceText);
    // Joined with one space: the lengths add up, plus the spaces between.
    return { anchors: parts.flatMap((p) => p.anchors), tokens: parts.flatMap((p) => p.tokens), len: parts.reduce((n, p) => n + p.len, run.length - 1) };
  });
  return fromRead(readA, joined);
}

function fromRead(sa: readonly SentenceText[], sb: readonly SentenceText[]): DocText {
  // Anchors: keep only keys both documents contain, weighted down when they recur in many sentences.
  const rawA = sa.map((x) => x.anchors);
  const rawB = sb.map((x) => x.anchors);
  const dfA = new Map<string, number>();
  const dfB = new Map<string, number>();
  for (const list of rawA) for (const k of list.length > 1 ? new Set(list) : list) dfA.set(k, (dfA.get(k) ?? 0) + 1);
  // Only keys A has matter (a few leftovers against a page's sentences: most of B's keys are not).
  for (const list of rawB)
    for (const k of list.length > 1 ? new Set(list) : list) {
      const d = dfA.has(k) ? dfB.get(k) : -1;
      if (d !== -1) dfB.set(k, (d ?? 0) + 1);
    }
  const anchorIds = new Map<string, number>();
  const weights: number[] = [];
  for (const [k, da] of dfA) {
    const db = dfB.get(k);
    if (db === undefined) continue;
    anchorIds.set(k, weights.length);
    const base = k.startsWith('p:') ? 0.35 : k.startsWith('w:') ? 1 : 1.3;
    weights.push(base / Math.sqrt(Math.max(da, db)));
  }
  const none = new Int32Array(0);
  const toIds = (list: string[]): Int32Array => {
    if (!list.length) return none;
    const ids: number[] = [];
    for (const k of list) {
      const id = anchorIds.get(k);
      if (id !== undefined) ids.push(id);
    }
    return Int32Array.from(ids).sort();
  };
  return {
    lenA: Float64Array.from(sa, (x) => x.len),
    lenB: Float64Array.from(sb, (x) => x.len),
    anchorsA: intLists(rawA.map(toIds), rawA.length),
    anchorsB: intLists(rawB.map(toIds), rawB.length),
    anchorWeight: Float64Array.from(weights),
    tokensA: sa.map((x) => x.tokens),
    tokensB: sb.map((x) => x.tokens),
  };
}

export function extractFeatures(t: DocText, lexicon: Lexicon | null): DocFeatures {
  const n = t.lenA.length;
  const m = t.lenB.length;
  const termIds = new Map<string, number>();
  const stemmed = lexicon ? stemmedLexicon(lexicon) : null;
  const startsA = stemmed ? multiWordStarts(stemmed) : new Set<string>();
  const hits = new Int32Array(n + 1);
  const targets = new IntListBuilder();
  const targetStart = new IntListBuilder();
  targetStart.push(0);
  for (let i = 0; i < n; i++) {
    if (stemmed) {
      const toks = t.tokensA[i] ?? [];
      for (let k = 0; k < toks.length; k++) {
        const tok = toks[k] as string;
        // Most words start no multi-word term: one look-up, no n-gram strings built.
        for (const term of startsA.has(tok) ? ngrams(toks, k, 3) : [tok]) {
          const tr = stemmed.get(term);
          if (!tr) continue;
          for (const x of tr) {
            let id = termIds.get(x);
            if (id === undefined) termIds.set(x, (id = termIds.size));
            targets.push(id);
          }
          targetStart.push(targets.size);
        }
      }
    }
    hits[i + 1] = targetStart.size - 1;
  }
  // On the B side only the translations are looked up; their first words decide where n-grams are needed.
  const startsB = new Set<string>();
  for (const term of termIds.keys()) {
    const sp = term.indexOf(' ');
    if (sp > 0) startsB.add(term.slice(0, sp));
  }
  const terms = new IntListBuilder();
  const termStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) {
    if (stemmed && termIds.size > 0) {
      const toks = t.tokensB[j] ?? [];
      for (let k = 0; k < toks.length; k++) {
        const tok = toks[k] as string;
        if (!startsB.has(tok)) {
          const id = termIds.get(tok);
          if (id !== undefined) terms.push(id);
          continue;
        }
        for (const term of ngrams(toks, k, 3)) {
          const id = termIds.get(term);
          if (id !== undefined) terms.push(id);
        }
      }
    }
    termStart[j + 1] = terms.size;
  }
  const none: IntLists = { data: new Int32Array(0), start: new Int32Array(1) };
  const termData = terms.done();
  return {
    a: { len: t.lenA, anchors: t.anchorsA, hits, targets: { data: targets.done(), start: targetStart.done() }, terms: none },
    b: { len: t.lenB, anchors: t.anchorsB, hits: new Int32Array(m + 1), targets: none, terms: { data: termData, start: termStart } },
    anchorWeight: t.anchorWeight,
    termCount: termIds.size,
    termWeight: termWeights(termData, termStart, termIds.size, m),
  };
}

/** idf of each B term over the B sentences, scaled so that a term found in one sentence of ten weighs 1. */
function termWeights(data: Int32Array, start: Int32Array, count: number, m: number): Float64Array {
  const df = new Int32Array(count);
  const seen = new Int32Array(count).fill(-1);
  for (let j = 0; j < m; j++)
    for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
      const id = data[k] as number;
      if (seen[id] !== j) {
        seen[id] = j;
        df[id] = (df[id] as number) + 1;
      }
    }
  const unit = Math.log(10);
  return Float64Array.from(df, (d) => Math.max(0, Math.log((m + 1) / (d + 0.5))) / unit);
}
