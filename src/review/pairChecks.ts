// Checks that compare the two sides of a link (numbers, dates, URLs, emptiness, copies) and links with each
// other (length ratio against the corpus's own norm, one original translated several ways). A unit's `source` is
// the original and its `target` the translation (the exchange type's names); findings use the app's side names.
import type { AlignedUnit } from '../formats/units';
import type { Side } from '../model';
import { findQuantities, type Quantity } from './quantities';

export type Emit = (check: string, unitId: string, side: Side, text: string, start: number, end: number, message: string) => void;

/** Distribution of ln(translation length / original length) in characters without spaces. */
export interface LengthNorm {
  mean: number;
  sd: number;
}

/** Used when the corpus has too few links to estimate its own norm; wide on purpose. */
export const DEFAULT_LENGTH_NORM: LengthNorm = { mean: 0, sd: 0.4 };
export const LENGTH_RATIO_LIMIT = 3;
const MIN_LINKS_FOR_NORM = 30;
const MIN_CHARS = 20;

/** Integers this small are often spelled out on one side (`zwei` / `2`), so their absence is not reported. */
const SMALL_NUMBER = /^n:(?:[0-9]|10)$/;

const charCount = (s: string): number => s.replace(/\s+/g, '').length;
const norm = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ');

function quantityMismatch(u: AlignedUnit, emit: Emit): void {
  const original = findQuantities(u.source.text, u.source.lang);
  const translation = findQuantities(u.target.text, u.target.lang);
  const unmatched = (mine: Quantity[], theirs: Quantity[]): Quantity[] => {
    const pool = new Map<string, number>();
    for (const q of theirs) pool.set(q.key, (pool.get(q.key) ?? 0) + 1);
    return mine.filter((q) => {
      const n = pool.get(q.key) ?? 0;
      if (n > 0) {
        pool.set(q.key, n - 1);
        return false;
      }
      return !SMALL_NUMBER.test(q.key);
    });
  };
  for (const [side, mine, theirs, text] of [
    ['translation', translation, original, u.target.text],
    ['original', original, translation, u.source.text],
  ] as const) {
    for (const q of unmatched(mine, theirs)) {
      const shown = text.slice(q.start, q.end);
      const check = q.kind === 'url' ? 'url-mismatch' : 'number-mismatch';
      const what = q.kind === 'url' ? 'URL' : q.kind === 'date' ? 'date' : 'number';
      const message = side === 'translation' ? `${what} "${shown}" is not in the original` : `${what} "${shown}" of the original is missing from the translation`;
      emit(check, u.id, side, text, q.start, q.end, message);
    }
  }
}

/**
 * What the corpus-level pair checks need of one unit, computed once per unit text (a review after an edit reuses the
 * facts of every unchanged row): both sides non-empty, their lengths, and the key that groups equal originals.
 */
export interface PairFacts {
  /** Both sides have text: only then are lengths compared and translations grouped. */
  paired: boolean;
  /** Characters without spaces of the original and the translation. */
  s: number;
  t: number;
  /** ln((t + 1) / (s + 1)), the figure the length norm is about. */
  logRatio: number;
  /** The languages and the normalised original; null when not paired. */
  group: string | null;
  /** The normalised translation. */
  translation: string;
}

/** The checks that read one link alone (emptiness, numbers, copies), returning what the corpus-level ones need. */
export function unitPairChecks(u: AlignedUnit, emit: Emit): PairFacts {
  const originalEmpty = u.source.text.trim() === '';
  const translationEmpty = u.target.text.trim() === '';
  if (translationEmpty && !originalEmpty) emit('empty-translation', u.id, 'translation', u.target.text, 0, u.target.text.length, 'the translation is empty');
  if (originalEmpty && !translationEmpty) emit('empty-source', u.id, 'original', u.source.text, 0, u.source.text.length, 'this translation has no original text');
  const facts: PairFacts = { paired: false, s: 0, t: 0, logRatio: 0, group: null, translation: '' };
  if (originalEmpty || translationEmpty) return facts;
  quantityMismatch(u, emit);
  const original = norm(u.source.text);
  if (u.source.lang !== u.target.lang && original === norm(u.target.text) && original.split(' ').length >= 3) {
    emit('copied-source', u.id, 'translation', u.target.text, 0, u.target.text.length, 'the translation is the original copied unchanged');
  }
  const s = charCount(u.source.text);
  const t = charCount(u.target.text);
  return { paired: true, s, t, logRatio: Math.log((t + 1) / (s + 1)), group: `${u.source.lang}\u0000${u.target.lang}\u0000${original}`, translation: norm(u.target.text) };
}

function estimateNorm(facts: readonly PairFacts[]): LengthNorm {
  let n = 0;
  for (const { s, t } of facts) if (s >= MIN_CHARS && t >= MIN_CHARS) n++;
  if (n < MIN_LINKS_FOR_NORM) return DEFAULT_LENGTH_NORM;
  // Typed arrays sort numerically without a comparator call per pair: this runs over the corpus after every action.
  const logs = new Float64Array(n);
  n = 0;
  for (const { s, t, logRatio } of facts) if (s >= MIN_CHARS && t >= MIN_CHARS) logs[n++] = logRatio;
  logs.sort();
  const median = logs[Math.floor(logs.length / 2)]!;
  const deviations = logs.map((x) => Math.abs(x - median)).sort();
  // 1.4826 × MAD estimates the standard deviation of a normal distribution, robust to the outliers we look for.
  const sd = Math.max(0.1, 1.4826 * deviations[Math.floor(deviations.length / 2)]!);
  return { mean: median, sd };
}

/**
 * The checks that compare links with each other: length ratio against the corpus's norm, and one original
 * translated several ways. `facts[i]` is unitPairChecks of `units[i]`; cheap, so run over the whole selection.
 */
export function corpusPairChecks(units: readonly AlignedUnit[], facts: readonly PairFacts[], emit: Emit, lengthNorm?: LengthNorm): void {
  const normUsed = lengthNorm ?? estimateNorm(facts);
  // Most originals occur once: a group holds its first row's index alone until a second row comes.
  const byOriginal = new Map<string, number | number[]>();
  units.forEach((u, i) => {
    const { paired, s, t, logRatio, group } = facts[i]!;
    if (!paired || group === null) return;
    if (Math.max(s, t) >= MIN_CHARS) {
      const z = (logRatio - normUsed.mean) / normUsed.sd;
      if (Math.abs(z) > LENGTH_RATIO_LIMIT) {
        const ratio = t / Math.max(1, s);
        const usual = Math.exp(normUsed.mean);
        emit('length-ratio', u.id, 'translation', u.target.text, 0, u.target.text.length, `the translation is ${ratio.toFixed(2)}× the original's length; usual for ${u.source.lang}→${u.target.lang} is ${usual.toFixed(2)}×`);
      }
    }
    const list = byOriginal.get(group);
    if (list === undefined) byOriginal.set(group, i);
    else if (typeof list === 'number') byOriginal.set(group, [list, i]);
    else list.push(i);
  });
  for (const list of byOriginal.values()) {
    if (typeof list === 'number') continue;
    const counts = new Map<string, number>();
    for (const i of list) counts.set(facts[i]!.translation, (counts.get(facts[i]!.translation) ?? 0) + 1);
    if (counts.size < 2) continue;
    // The most frequent translation is the reference; ties keep the first seen.
    const [main] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    for (const i of list) {
      if (facts[i]!.translation === main![0]) continue;
      const u = units[i]!;
      const other = main![0].length > 50 ? main![0].slice(0, 47) + '…' : main![0];
      emit('inconsistent-translation', u.id, 'translation', u.target.text, 0, u.target.text.length, `the same original is translated ${counts.size} ways; most often as "${other}" (${main![1]}×)`);
    }
  }
}

export function pairChecks(units: readonly AlignedUnit[], emit: Emit, lengthNorm?: LengthNorm): void {
  const facts = units.map((u) => unitPairChecks(u, emit));
  corpusPairChecks(units, facts, emit, lengthNorm);
}
