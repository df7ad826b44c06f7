// Pairs each leftover of the original language with the translated sentence(s) it corresponds to. Where a
// leftover sits and what shape it has say what it most likely translates — a headline the title, a caption the
// caption next to it, on a page without a title the lead sentence — and the evidence the aligner reads from
// any two texts (numbers, names, CLDR names and the bundled word lists, weighed by rarity; see
// src/align/evidence.ts) says whether it does. A pairing that evidence and place together do not support is
// left unpaired rather than guessed.
import { runEvidence } from '../align/evidence';
import type { Block, LeftoverLink, Role, Sentence } from '../model';
import { stripDiacritics } from '../text';
import { slugHeadline } from './meta';
import { findIn, readOriginal, TextSignals, type Found, type OriginalSignals } from './pairingSignals';
import { URL } from './patterns';

/** Roles whose leftovers translate something on the page; site lines and bylines are never paired. */
const PAIRABLE: ReadonlySet<Role> = new Set<Role>(['title', 'body', 'caption', 'related']);
/** Translated German runs about this much longer than Vietnamese in characters (log-normal spread). */
const LENGTH_RATIO = 1.15;
const LENGTH_SPREAD = 0.35;
/** Weights of the parts of a candidate's score (set on the tuning half of the FLORES pages, npm run eval:read). */
const W = { evidence: 1, coverage: 1, length: 0.6, place: 0.7, missing: 0.5 };
/** Evidence (in the aligner's units) at which the evidence part is about two-thirds full. */
const EVIDENCE_SCALE = 3;
/** Below this score nothing is paired. */
const MIN_SCORE = 1.1;
/** Evidence at which a link's confidence reaches 1 − 1/e (before the margin to the runner-up); weaker evidence falls off fast. */
const EVIDENCE_SURE = 2.5;
/** Least evidence for a pairing where the translation is expected, and away from there; the highest confidence of the latter. */
const MIN_EVIDENCE = 1;
const MIN_SHARE = 0.1;
const MIN_EVIDENCE_AWAY = 4;
const UNEXPECTED_CAP = 0.45;

type Place = 'title' | 'caption' | 'lead' | 'other';

interface Candidate {
  sentences: Sentence[];
  /** Indexes of its sentences among the page's translated sentences (see pairLeftovers). */
  run: number[];
  block: Block;
  /** Characters of its sentences joined by spaces. */
  length: number;
  place: Place;
  /** Index of the block on the page: how far the candidate is from a leftover. */
  at: number;
}

/** A headline rather than a sentence: does not end like a statement (it may ask or exclaim). */
const isHeadline = (text: string): boolean => !/[.…;]["“”»)’]?\s*$/u.test(text.trim());

/** Single sentences, and runs of up to `span` sentences of one block (`span` − 1 away from where a translation is expected). */
function candidates(blocks: Block[], sentences: Sentence[], lang: string, span: number, translatedIndex: (s: Sentence) => number): Candidate[] {
  const index = new Map(blocks.map((b, k) => [b.id, k]));
  const hasTitle = blocks.some((b) => b.role === 'title' && b.lang === lang);
  const firstBody = blocks.find((b) => b.role === 'body' && b.lang === lang);
  const out: Candidate[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i] as Sentence;
    const at = index.get(first.block);
    const block = at === undefined ? undefined : blocks[at];
    if (!block || at === undefined || first.lang !== lang || block.lang !== lang || !PAIRABLE.has(block.role)) continue;
    const lead = !hasTitle && block === firstBody && (i === 0 || sentences[i - 1]?.block !== block.id);
    const place: Place = block.role === 'title' ? 'title' : block.role === 'caption' ? 'caption' : lead ? 'lead' : 'other';
    // One sentence more than the longest leftover only where a translation is expected (see fitsRun).
    const longest = place === 'other' ? span - 1 : span;
    for (let n = 1; n <= longest && i + n <= sentences.length; n++) {
      const last = sentences[i + n - 1] as Sentence;
      if (last.block !== first.block || last.lang !== lang) break;
      const run = sentences.slice(i, i + n);
      out.push({ sentences: run, run: run.map(translatedIndex), block, length: run.reduce((sum, s) => sum + s.text.length, n - 1), place, at });
    }
  }
  return out;
}

/** Where the leftover's translation is expected: the title (or the lead on a page without one), a caption beside it. */
function expected(headline: boolean, cand: Candidate, leftoverAt: number): boolean {
  if (headline && (cand.place === 'title' || cand.place === 'lead')) return true;
  return cand.place === 'caption' && Math.abs(cand.at - leftoverAt) <= 1;
}

/** How much the place alone says, 0..1: a headline translates the title, a caption its neighbour. */
function placeScore(headline: boolean, cand: Candidate, leftoverAt: number): number {
  const near = Math.abs(cand.at - leftoverAt) <= 1;
  if (headline) {
    if (cand.place === 'title') return 1;
    if (cand.place === 'lead') return 1;
    if (cand.place === 'caption') return near ? 0.6 : 0.3;
    return near ? 0.15 : 0;
  }
  if (cand.place === 'caption' && near) return 0.8;
  return near ? 0.3 : 0.1;
}

function lengthFit(de: number, vi: number): number {
  const r = Math.log(Math.max(1, de) / Math.max(1, vi) / LENGTH_RATIO);
  return Math.exp(-(r * r) / (2 * LENGTH_SPREAD * LENGTH_SPREAD));
}

/** The page's headline as its source URL's slug spells it (body-only extracts), as plain lower-case words. */
function slugWords(blocks: Block[]): string[] | null {
  for (const b of blocks) {
    const url = b.role === 'source' ? URL.exec(b.text) : null;
    const slug = url ? slugHeadline(url[0].replace(/[.,;)]+$/, '')) : null;
    if (slug) return slug.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  }
  return null;
}

/** The leftover and the slug share most words of the shorter (slugs often cut a headline short): it is the headline. */
function matchesSlug(text: string, slug: readonly string[]): boolean {
  const words = new Set(stripDiacritics(text.toLowerCase()).replace(/đ/g, 'd').split(/[^a-z0-9]+/).filter(Boolean));
  const common = new Set(slug.filter((w) => words.has(w))).size;
  return common > 0 && common >= 0.8 * Math.min(words.size, new Set(slug).size);
}

interface Leftover {
  block: Block;
  at: number;
  own: Sentence[];
  signals: OriginalSignals;
}

interface Ranked {
  c: Candidate;
  score: number;
  /** Evidence above what the page's other sentences share with the leftover, and all of it. */
  e: number;
  raw: number;
  /** Numbers of the leftover the candidate lacks. */
  missing: number;
  expected: boolean;
}

/** What a leftover shares with a candidate that the aligner's evidence misses, from what it found in each sentence. */
function extraOf(o: OriginalSignals, c: Candidate, found: (t: number) => Found): { more: number; missing: number } {
  if (c.run.length === 1) {
    const f = found(c.run[0] as number);
    return { more: 1.5 * f.names.length + f.terms.length + 1.5 * f.numbers.length, missing: o.numbers.size - f.numbers.length };
  }
  // A run finds what any of its sentences finds, each thing once.
  const names = new Set<number>();
  const terms = new Set<number>();
  const numbers = new Set<string>();
  for (const t of c.run) {
    const f = found(t);
    for (const x of f.names) names.add(x);
    for (const x of f.terms) terms.add(x);
    for (const n of f.numbers) numbers.add(n);
  }
  return { more: 1.5 * names.size + terms.size + 1.5 * numbers.size, missing: o.numbers.size - numbers.size };
}

/** The candidates of one leftover, best first; `evidence(k)` is the aligner's evidence for pool[k]. */
function rank(l: Leftover, evidence: (k: number) => number, potential: number, pool: Candidate[], headline: boolean, read: (t: number) => TextSignals): Ranked[] {
  // Names inside words, lexicon words inside compounds, numbers written as words: what the anchors miss.
  const founds: Found[] = [];
  const found = (t: number): Found => (founds[t] ??= findIn(l.signals, read(t)));
  const extra = pool.map((c) => extraOf(l.signals, c, found));
  const raw = pool.map((_, k) => evidence(k) + (extra[k]?.more ?? 0));
  // Most candidates do not translate the leftover: what they share with it by chance (or as the page's topic) is the background.
  // Single sentences only: runs repeat their sentences' evidence, and the runs of one good partner would raise the median.
  const singles = raw.filter((_, k) => pool[k]?.sentences.length === 1).sort((x, y) => x - y);
  const background = singles.length >= 4 ? (singles[Math.floor(singles.length / 2)] as number) : 0;
  return pool
    .map((c, k) => {
      const e = Math.max(0, (raw[k] as number) - background);
      const missing = extra[k]?.missing ?? 0;
      const score =
        W.evidence * (1 - Math.exp(-e / EVIDENCE_SCALE)) +
        W.coverage * Math.min(1, e / Math.max(2, potential + (extra[k]?.more ?? 0))) +
        W.length * lengthFit(c.length, l.block.text.length) +
        W.place * placeScore(headline, c, l.at) -
        W.missing * missing;
      return { c, score, e, raw: Math.max(0, raw[k] as number), missing, expected: expected(headline, c, l.at) };
    })
    .sort((x, y) => y.score - x.score);
}

/** How sure a pairing is: the evidence found, less when another candidate comes close or numbers are missing. */
function confidence(best: Ranked, second: number): number {
  const margin = Math.min(1, (best.score - second) / 0.5);
  // All the evidence counts here, also what the page's other sentences share with the leftover (its topic).
  const sure = (1 - Math.exp(-((best.raw / EVIDENCE_SURE) ** 2))) * (0.7 + 0.3 * margin) * Math.exp(-best.missing);
  // Away from where the translation is expected, a pairing is a guess a person should check however much it shares.
  return Math.round((best.expected ? sure : Math.min(sure, UNEXPECTED_CAP)) * 100) / 100;
}

/** Counts what pairing a page cost: (leftover, candidate) pairs scored. */
export interface PairingWork {
  scored: number;
  /** Texts the aligner's evidence read: each leftover and each translated sentence once, however many runs hold it. */
  read: number;
  /** Translated sentences whose pairing signals were read: only those of candidates some leftover weighs. */
  signals: number;
}

/** Candidates this many blocks before or after a leftover are always weighed (captions and their neighbours). */
const WINDOW = 3;
/** Up to this many candidates every leftover weighs whatever they share; on larger pages a spread sample of them. */
const SAMPLE = 96;
/** An anchor or word found in more candidates than this is the page's topic: no reason to weigh them all. */
const MAX_SHARE = 24;

/**
 * Whether a run of translated sentences may pair with a leftover: as many sentences as it has or fewer, and
 * where the translation is expected (title, lead, captions) one more, as translations split long sentences.
 */
const fitsRun = (c: Candidate, l: Leftover): boolean => c.sentences.length <= l.own.length || (c.place !== 'other' && c.sentences.length <= l.own.length + 1);

/** Evenly spread indexes of `count` items, all of them when there are few. */
function spread(count: number, size: number): number[] {
  if (count <= size) return Array.from({ length: count }, (_, k) => k);
  return Array.from({ length: size }, (_, k) => Math.floor(((k + 0.5) * count) / size));
}

/**
 * Which candidates a leftover weighs: the title or lead, those within a few blocks, those sharing a rare anchor
 * or word with it, and a spread sample that sets the background. On a small page that is every candidate; on a
 * long one the work grows with the page, not with leftovers × sentences.
 */
function poolOf(l: Leftover, cands: Candidate[], always: readonly number[], near: Iterable<number>, sharing: () => Iterable<number>): number[] {
  const chosen = new Set(always);
  for (const k of near) if (fitsRun(cands[k] as Candidate, l)) chosen.add(k);
  // On a small page the sample and the window already hold every run the leftover may pair with: no index needed.
  if (chosen.size < cands.length && cands.some((c, k) => !chosen.has(k) && fitsRun(c, l))) for (const k of sharing()) if (fitsRun(cands[k] as Candidate, l)) chosen.add(k);
  return [...chosen].sort((x, y) => x - y);
}

export function pairLeftovers(blocks: Block[], sentences: Sentence[], languages: { translation: string; original: string }, work?: PairingWork): LeftoverLink[] {
  const byBlock = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  const leftovers: Leftover[] = blocks
    .map((block, at) => ({ block, at, own: byBlock.get(block.id) ?? [] }))
    .filter((l) => l.block.lang === languages.original && PAIRABLE.has(l.block.role) && l.own.length > 0)
    .map((l) => ({ ...l, signals: readOriginal(l.block.text, languages.original, languages.translation) }));
  if (!leftovers.length) return [];
  const span = Math.min(3, Math.max(...leftovers.map((l) => l.own.length + 1)));
  // The translated sentences that candidates are made of, each read once for the whole page (runs share them).
  const translated: Sentence[] = [];
  const translatedAt = new Map<Sentence, number>();
  const indexOf = (s: Sentence): number => {
    let t = translatedAt.get(s);
    if (t === undefined) translatedAt.set(s, (t = translated.push(s) - 1));
    return t;
  };
  const cands = candidates(blocks, sentences, languages.translation, span, indexOf);
  if (!cands.length) return [];
  const signals: TextSignals[] = [];
  const read = (t: number): TextSignals => {
    let found = signals[t];
    if (!found) {
      signals[t] = found = new TextSignals((translated[t] as Sentence).text, languages.translation);
      if (work) work.signals++;
    }
    return found;
  };
  // Read only when a leftover looks like a headline.
  let slug: string[] | null | undefined;
  const ev = runEvidence(
    leftovers.map((l) => l.block.text),
    translated.map((s) => s.text),
    cands.map((c) => c.run),
    languages.original,
    languages.translation,
  );
  if (work) work.read += leftovers.length + translated.length;
  // Candidates by block position, for the window around each leftover.
  const byAt = new Map<number, number[]>();
  cands.forEach((c, k) => {
    const list = byAt.get(c.at);
    if (list) list.push(k);
    else byAt.set(c.at, [k]);
  });
  // What every leftover of n sentences weighs: the title or lead, and a spread sample of the runs it may pair with.
  // Worked out for the leftover sizes the page has (most pages have only one-sentence leftovers).
  const alwaysBySize: number[][] = [];
  const always = (n: number): number[] => {
    if (alwaysBySize[n]) return alwaysBySize[n];
    const fitting = cands.flatMap((c, k) => (c.sentences.length <= n ? [k] : []));
    const sample = spread(fitting.length, SAMPLE).map((s) => fitting[s] as number);
    return (alwaysBySize[n] = [...sample, ...cands.flatMap((c, k) => ((c.place === 'title' || c.place === 'lead') && c.sentences.length <= n + 1 ? [k] : []))]);
  };
  const proposals = leftovers.map((l, li) => {
    // Where the URL spells the headline, only the leftover it spells is the headline; the others are captions.
    if (slug === undefined && isHeadline(l.block.text)) slug = slugWords(blocks);
    const headline = isHeadline(l.block.text) && (slug ? matchesSlug(l.block.text, slug) : l.own.length <= 2);
    const near: number[] = [];
    for (let at = l.at - WINDOW; at <= l.at + WINDOW; at++) near.push(...(byAt.get(at) ?? []));
    const picked = poolOf(l, cands, always(Math.min(3, l.own.length)), near, () => ev.sharing(li, MAX_SHARE));
    if (work) work.scored += picked.length;
    const pool = picked.map((k) => cands[k] as Candidate);
    return { l, potential: ev.potentialA[li] as number, ranked: rank(l, (k) => ev.pair(li, picked[k] as number), ev.potentialA[li] as number, pool, headline, read) };
  });
  // A German sentence goes to the leftover that wants it most.
  const taken = new Set<string>();
  const links: LeftoverLink[] = [];
  for (const { l, potential, ranked } of [...proposals].sort((x, y) => (y.ranked[0]?.score ?? 0) - (x.ranked[0]?.score ?? 0))) {
    const free = ranked.filter((s) => !s.c.sentences.some((x) => taken.has(x.id)));
    const best = free[0];
    // Place and length alone are no evidence: without shared words, names or numbers the leftover stays unpaired.
    if (!best || best.score < MIN_SCORE || (best.expected ? best.e < 0 || best.raw < Math.max(MIN_EVIDENCE, MIN_SHARE * potential) : best.e < MIN_EVIDENCE_AWAY)) continue;
    for (const s of best.c.sentences) taken.add(s.id);
    // The rival is the best candidate that shares no sentence with it: a run one sentence longer or shorter is
    // the same pairing drawn wider or narrower, not another reading.
    const rival = free.find((s) => s !== best && !s.c.sentences.some((x) => best.c.sentences.includes(x)));
    links.push({ translation: best.c.sentences.map((s) => s.id), original: l.own.map((s) => s.id), score: confidence(best, rival?.score ?? 0) });
  }
  // In page order, as readers expect.
  const pos = new Map(leftovers.map((l, k) => [l.own[0]?.id, k]));
  return links.sort((x, y) => (pos.get(x.original[0]) ?? 0) - (pos.get(y.original[0]) ?? 0));
}
