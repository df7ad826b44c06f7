import type { AlignmentLink } from '../../src/model';

/** Throws unless the links cover 0..n-1 and 0..m-1 exactly once each, in order, with scores in 0..1. */
export function assertValidAlignment(links: readonly AlignmentLink[], n: number, m: number): void {
  let nextA = 0;
  let nextB = 0;
  for (const l of links) {
    if (l.a.length + l.b.length === 0) throw new Error('empty link');
    for (const x of l.a) if (x !== nextA++) throw new Error(`A index ${x} out of order (expected ${nextA - 1})`);
    for (const x of l.b) if (x !== nextB++) throw new Error(`B index ${x} out of order (expected ${nextB - 1})`);
    if (!(l.score >= 0 && l.score <= 1)) throw new Error(`score ${l.score} outside 0..1`);
  }
  if (nextA !== n || nextB !== m) throw new Error(`covered ${nextA}/${n} A and ${nextB}/${m} B sentences`);
}
