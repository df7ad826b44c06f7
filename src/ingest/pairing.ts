// Pairs each leftover of the original language with the translated sentence(s) it corresponds to, using
// evidence that survives translation: lexicon words, numbers, names, length, and where on the page it sits.
import type { Block, LeftoverLink, Role, Sentence } from '../model';
import { foldedWords } from '../text';
import { LEFTOVER_LEXICON, type LexiconEntry } from './leftoverLexicon';

/** Roles whose leftovers translate something on the page; site lines and bylines are never paired. */
const PAIRABLE: ReadonlySet<Role> = new Set<Role>(['title', 'body', 'caption', 'related']);
/** Weights of the evidence; they sum to 1 so the raw score is a 0..1 quantity. */
const W = { lexicon: 0.45, numbers: 0.15, names: 0.1, length: 0.15, position: 0.15 };
/** Translated German runs about this much longer than Vietnamese in characters. */
const LENGTH_RATIO = 1.15;
const LENGTH_SPREAD = 0.4;
const HEADLINE_SPREAD = 0.9;
const MIN_RAW = 0.35;
/** Raw evidence at which a link's score starts above 0, and at which it reaches 1. */
const SURE_FLOOR = 0.3;
const SURE_AT = 0.85;

/** German number words a translation writes for small numbers (`9 tháng` → `neun Monaten`). */
const NUMBER_WORDS: Record<string, string> = {
  eins: '1', ein: '1', eine: '1', zwei: '2', drei: '3', vier: '4', fünf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  zehn: '10', elf: '11', zwölf: '12', zwanzig: '20', dreißig: '30', hundert: '100', tausend: '1000',
  erste: '1', ersten: '1', zweite: '2', zweiten: '2', dritte: '3', dritten: '3', vierte: '4', vierten: '4', fünfte: '5', fünften: '5',
};

const NUMBER_WORD = new RegExp(`(?<!\\p{L})(?:${Object.keys(NUMBER_WORDS).join('|')})(?!\\p{L})`, 'gu');

/** Digit groups of a text, with the German number words read as digits. */
function numbersIn(text: string): Set<string> {
  const out = new Set(text.match(/\d+/g) ?? []);
  for (const w of text.toLowerCase().match(NUMBER_WORD) ?? []) out.add(NUMBER_WORDS[w] as string);
  return out;
}

const byFirstWord = new Map<string, LexiconEntry[]>();
for (const entry of LEFTOVER_LEXICON) {
  const key = entry.vi[0] as string;
  byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), entry].sort((a, b) => b.vi.length - a.vi.length));
}

interface Evidence {
  entries: LexiconEntry[];
  numbers: string[];
  names: string[];
  length: number;
}

/** Longest-match lexicon lookup over the folded words; capitalised words left over are names. */
function evidenceOf(text: string): Evidence {
  const words = foldedWords(text);
  const original = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const capitalised = new Set(original.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w)).map((w) => foldedWords(w)[0]));
  const entries: LexiconEntry[] = [];
  const names: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i] as string;
    const match = byFirstWord.get(word)?.find((e) => e.vi.every((v, j) => words[i + j] === v));
    if (match) {
      entries.push(match);
      i += match.vi.length;
      continue;
    }
    if (capitalised.has(word) && word.length >= 3 && !/^\d+$/.test(word)) names.push(word);
    i++;
  }
  return { entries, numbers: text.match(/\d+/g) ?? [], names, length: text.length };
}

function hasStem(lower: string, stem: string): boolean {
  if (stem.length > 4) return lower.includes(stem);
  // Short stems only at a word start: `tag` in `Jahrestag` is evidence, `tag` in `Montage` would not be.
  for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) if (i === 0 || !/\p{L}/u.test(lower[i - 1] as string)) return true;
  return false;
}

interface Candidate {
  sentences: Sentence[];
  block: Block;
  text: string;
  /** What the scoring reads from the German text, worked out once for all leftovers of the page. */
  lower: string;
  numbers: Set<string>;
  words: Set<string>;
}

function rawScore(ev: Evidence, cand: Candidate, leftover: Block, blocks: Block[], lead: Sentence | undefined): { raw: number; content: boolean } {
  const lower = cand.lower;
  const lexHits = ev.entries.filter((e) => e.de.some((s) => hasStem(lower, s))).length;
  const lexicon = ev.entries.length ? lexHits / ev.entries.length : 0;
  const deNumbers = cand.numbers;
  const numHits = ev.numbers.filter((n) => deNumbers.has(n)).length;
  const numbers = ev.numbers.length ? numHits / ev.numbers.length : deNumbers.size ? 0.3 : 0.5;
  const deWords = cand.words;
  const nameHits = ev.names.filter((n) => deWords.has(n)).length;
  const names = ev.names.length ? nameHits / ev.names.length : 0.5;
  // Headlines may ask or exclaim; a caption describing a photo ends like a sentence.
  const headline = leftover.role === 'caption' && !/[.…]["“”»)]?$/.test(leftover.text);
  const ratio = Math.log(cand.text.length / Math.max(1, ev.length) / LENGTH_RATIO);
  // A headline may stand for a lead sentence two or three times its length; it is never much longer than it.
  const spread = headline && ratio > 0 ? HEADLINE_SPREAD : LENGTH_SPREAD;
  const length = Math.exp(-(ratio * ratio) / (2 * spread * spread));
  const distance = Math.abs(blocks.indexOf(cand.block) - blocks.indexOf(leftover));
  // A headline translates the title; on a page without one, news style puts the same facts in the lead sentence.
  const position = headline && (cand.block.role === 'title' || cand.sentences[0] === lead) ? 1 : distance <= 1 ? 0.6 : 0.3;
  const raw = W.lexicon * lexicon + W.numbers * numbers + W.names * names + W.length * length + W.position * position;
  return { raw, content: lexHits + numHits + nameHits > 0 };
}

/** Single sentences, and for multi-sentence leftovers, runs of up to three sentences of one block. */
function candidates(sentences: Sentence[], blocks: Block[], lang: string, span: number): Candidate[] {
  const blockById = new Map(blocks.map((b) => [b.id, b]));
  const out: Candidate[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i] as Sentence;
    const block = blockById.get(first.block);
    if (!block || first.lang !== lang || !PAIRABLE.has(block.role)) continue;
    for (let n = 1; n <= span && i + n <= sentences.length; n++) {
      const run = sentences.slice(i, i + n);
      if (run.some((s) => s.block !== first.block || s.lang !== lang)) break;
      const text = run.map((s) => s.text).join(' ');
      const prev = n > 1 ? out[out.length - 1] : undefined;
      // A run extends the run one shorter: add the new sentence's numbers and words to its sets.
      const last = run[n - 1] as Sentence;
      const numbers = new Set([...(prev?.numbers ?? []), ...numbersIn(last.text)]);
      const words = new Set([...(prev?.words ?? []), ...foldedWords(last.text)]);
      out.push({ sentences: run, block, text, lower: text.toLowerCase(), numbers, words });
    }
  }
  return out;
}

export function pairLeftovers(blocks: Block[], sentences: Sentence[], languages: { translation: string; original: string }): LeftoverLink[] {
  const links: LeftoverLink[] = [];
  const pools = new Map<number, Candidate[]>();
  for (const block of blocks) {
    if (block.lang !== languages.original || !PAIRABLE.has(block.role)) continue;
    const own = sentences.filter((s) => s.block === block.id);
    if (!own.length) continue;
    const ev = evidenceOf(block.text);
    // The lead: the first sentence of the first translated paragraph, on pages without a title.
    const firstBody = blocks.some((b) => b.role === 'title') ? undefined : blocks.find((b) => b.role === 'body' && b.lang === languages.translation);
    const lead = firstBody && sentences.find((s) => s.block === firstBody.id);
    const span = Math.min(3, own.length);
    const pool = pools.get(span) ?? candidates(sentences, blocks, languages.translation, span);
    pools.set(span, pool);
    let best: { cand: Candidate; raw: number } | null = null;
    let second = 0;
    for (const cand of pool) {
      const { raw, content } = rawScore(ev, cand, block, blocks, lead);
      if (!content) continue;
      if (!best || raw > best.raw) {
        second = best?.raw ?? second;
        best = { cand, raw };
      } else if (raw > second) second = raw;
    }
    if (!best || best.raw < MIN_RAW) continue;
    // Sure when the evidence is strong and no other sentence comes close.
    // The evidence itself decides how sure the link is; a close runner-up only takes some of that away. A lone
    // weak candidate must not look sure just because nothing else competes (its margin is large by default).
    const margin = Math.min(1, (best.raw - second) / 0.2);
    const evidence = Math.min(1, Math.max(0, (best.raw - SURE_FLOOR) / (SURE_AT - SURE_FLOOR)));
    const score = Math.round(evidence * (0.75 + 0.25 * margin) * 100) / 100;
    links.push({ translation: best.cand.sentences.map((s) => s.id), original: own.map((s) => s.id), score });
  }
  return links;
}
