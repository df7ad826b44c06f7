// Alignment around links a person locked: the locked links stay exactly as they are and only the stretches
// between them are aligned, so a click re-aligns a few hundred sentences, not the document.
import type { AlignmentLink } from '../model';
import { alignFree, type AlignOptions } from './align';

export type { AlignOptions } from './align';

export class AlignInputError extends Error {
  override name = 'AlignInputError';
}

function checkSentences(list: unknown, side: string): asserts list is string[] {
  if (!Array.isArray(list)) throw new AlignInputError(`side ${side}: expected an array of sentences`);
  list.forEach((s, i) => {
    if (typeof s !== 'string') throw new AlignInputError(`side ${side}, sentence ${i}: expected a string, got ${typeof s}`);
  });
}

function isRun(ids: readonly number[], size: number): boolean {
  for (let k = 0; k < ids.length; k++) {
    const x = ids[k] as number;
    if (!Number.isInteger(x) || x < 0 || x >= size) return false;
    if (k > 0 && x !== (ids[k - 1] as number) + 1) return false;
  }
  return true;
}

function sortedLocks(locked: readonly AlignmentLink[], n: number, m: number): AlignmentLink[] {
  const locks = locked.filter((l) => l.a.length + l.b.length > 0);
  locks.forEach((l, k) => {
    if (!isRun(l.a, n) || !isRun(l.b, m))
      throw new AlignInputError(`locked link ${k}: indices must be consecutive, in range (A has ${n}, B has ${m} sentences); got a=[${l.a.join(',')}] b=[${l.b.join(',')}]`);
  });
  const startA = (l: AlignmentLink): number => l.a[0] ?? -1;
  const startB = (l: AlignmentLink): number => l.b[0] ?? -1;
  locks.sort((x, y) => (startA(x) >= 0 && startA(y) >= 0 ? startA(x) - startA(y) : startB(x) - startB(y)));
  let endA = 0;
  let endB = 0;
  locks.forEach((l, k) => {
    const a0 = l.a[0];
    const b0 = l.b[0];
    if ((a0 !== undefined && a0 < endA) || (b0 !== undefined && b0 < endB))
      throw new AlignInputError(`locked link ${k} (a=[${l.a.join(',')}] b=[${l.b.join(',')}]) overlaps or crosses another locked link`);
    endA = a0 === undefined ? endA : a0 + l.a.length;
    endB = b0 === undefined ? endB : b0 + l.b.length;
  });
  return locks;
}

function shift(links: AlignmentLink[], da: number, db: number): AlignmentLink[] {
  return links.map((l) => ({ a: l.a.map((x) => x + da), b: l.b.map((x) => x + db), score: l.score }));
}

/** Align a[fromA, toA) with b[fromB, toB); indices in the result are those of the whole documents. */
function alignStretch(a: readonly string[], b: readonly string[], fromA: number, toA: number, fromB: number, toB: number, opts: AlignOptions): AlignmentLink[] {
  if (toA <= fromA && toB <= fromB) return [];
  return shift(alignFree(a.slice(fromA, toA), b.slice(fromB, toB), opts), fromA, fromB);
}

export function alignWithLocks(a: string[], b: string[], locked: readonly AlignmentLink[], opts: AlignOptions): AlignmentLink[] {
  checkSentences(a, 'A');
  checkSentences(b, 'B');
  if (!Array.isArray(locked)) throw new AlignInputError('locked: expected an array of links');
  const locks = sortedLocks(locked, a.length, b.length);
  const out: AlignmentLink[] = [];
  let posA = 0;
  let posB = 0;
  for (const l of locks) {
    const a0 = l.a[0] ?? posA;
    const b0 = l.b[0] ?? posB;
    out.push(...alignStretch(a, b, posA, a0, posB, b0, opts));
    out.push({ a: [...l.a], b: [...l.b], score: 1 });
    posA = a0 + l.a.length;
    posB = b0 + l.b.length;
  }
  out.push(...alignStretch(a, b, posA, a.length, posB, b.length, opts));
  return out;
}

/**
 * Re-align only the sentences strictly between two locked links (`before` null: from the start of the
 * documents; `after` null: to their end). Returns the links of that stretch, with whole-document indices.
 * Runs one pass (no lexicon learning) unless `signals.learn` is set: give it a lexicon learned once
 * (learnLexicon over confirmed links) to keep the benefit of learning at click speed.
 */
export function realignBetween(a: string[], b: string[], before: AlignmentLink | null, after: AlignmentLink | null, opts: AlignOptions): AlignmentLink[] {
  checkSentences(a, 'A');
  checkSentences(b, 'B');
  const locks = sortedLocks([before, after].filter((l): l is AlignmentLink => l !== null), a.length, b.length);
  const endOf = (l: AlignmentLink | null, side: 'a' | 'b', fallback: number): number => {
    if (!l) return fallback;
    const ids = l[side];
    return ids.length > 0 ? (ids[ids.length - 1] as number) + 1 : fallback;
  };
  const fromA = endOf(before, 'a', 0);
  const fromB = endOf(before, 'b', 0);
  const toA = after ? (after.a[0] ?? fromA) : a.length;
  const toB = after ? (after.b[0] ?? fromB) : b.length;
  if (locks.length === 2 && (toA < fromA || toB < fromB)) throw new AlignInputError('realignBetween: `after` must come after `before`');
  // One pass by default: fast enough for every click. Pass a lexicon learned from confirmed links instead.
  const fast: AlignOptions = { ...opts, signals: { learn: false, ...opts.signals } };
  return alignStretch(a, b, fromA, toA, fromB, toB, fast);
}
