// Link confidence from the DP itself: a backward pass over the same band gives, for every cell, the cost of
// the best complete path through it. A link is as sure as the cheapest path that leaves the chosen one near
// it (through a cell of the link's neighbourhood the best path does not use) is expensive: that extra cost is
// a log-odds between the chosen link and its best local rival, so it turns into a posterior-like probability.
import { BEAD_TYPES } from './scorer';
import { DI, DJ, type Bead, type DpTables } from './dp';

/** Extra cost (in nats) of the best path that avoids each bead's neighbourhood; Infinity when nothing competes. */
export function beadMargins(n: number, m: number, beads: readonly Bead[], tables: DpTables, total: number, typeCount = BEAD_TYPES.length): Float64Array {
  const { band, off, forward, pricer, steps, types } = tables;
  const { lo, hi } = band;
  const backward = new Float64Array(forward.length).fill(Infinity);
  backward[(off[n] as number) + m - (lo[n] as number)] = 0;
  const T = Math.min(typeCount, BEAD_TYPES.length);
  // The forward pass's steps serve only when it priced the same bead types.
  const kept = steps && types === T ? steps : null;
  for (let i = n; i >= 0; i--) {
    const li = lo[i] as number;
    const oi = off[i] as number;
    for (let j = hi[i] as number; j >= li; j--) {
      // A cell no path from the start reaches is on no complete path: its margin is Infinity whatever comes after.
      if ((i === n && j === m) || forward[oi + j - li] === Infinity) continue;
      let best = Infinity;
      for (let t = 0; t < T; t++) {
        const ni = i + (DI[t] as number);
        const nj = j + (DJ[t] as number);
        if (ni > n || nj > m) continue;
        const ln = lo[ni] as number;
        if (nj < ln || nj > (hi[ni] as number)) continue;
        const nextCell = (off[ni] as number) + nj - ln;
        const next = backward[nextCell] as number;
        if (next === Infinity) continue;
        const c = next + (kept ? (kept[nextCell * T + t] as number) : pricer.cost(t, i, j, ni, nj));
        if (c < best) best = c;
      }
      backward[oi + j - li] = best;
    }
  }
  const onPath = new Uint8Array(forward.length);
  const cellOf = (i: number, j: number): number => ((j < (lo[i] as number) || j > (hi[i] as number)) ? -1 : (off[i] as number) + j - (lo[i] as number));
  onPath[0] = 1;
  for (const b of beads) onPath[cellOf(b.i0 + b.di, b.j0 + b.dj)] = 1;
  const out = new Float64Array(beads.length);
  beads.forEach((b, k) => {
    let margin = Infinity;
    for (let i = Math.max(0, b.i0 - 1); i <= Math.min(n, b.i0 + b.di + 1); i++)
      for (let j = Math.max(0, b.j0 - 1); j <= Math.min(m, b.j0 + b.dj + 1); j++) {
        const c = cellOf(i, j);
        if (c < 0 || onPath[c]) continue;
        const through = (forward[c] as number) + (backward[c] as number) - total;
        if (through < margin) margin = through;
      }
    out[k] = Math.max(0, margin);
  });
  return out;
}

/**
 * A margin in nats as a confidence in 0..1: with posterior p = 1/(1+e^-margin) of the link against its best
 * rival, the score is 2p − 1 (= tanh(margin/2)): 0 when a rival is as good, 0.5 at posterior 0.75 (the
 * editor's default "low confidence" threshold), 0.9 at a margin of 3 nats.
 */
export function marginToScore(margin: number): number {
  if (!Number.isFinite(margin)) return 1;
  return Math.round(Math.tanh(margin / 2) * 1000) / 1000;
}

/**
 * How well each bead's own evidence (anchors, lexicon) supports it, against the typical 1-1 bead of the same
 * document: a bead of plausible lengths that nothing else contradicts can still be wrong (a sentence replaced
 * by another of similar length), and then it shares no words with its partner. 1 when evidence is typical,
 * towards 0 when it is absent; 1 for everything when the documents give too little evidence to judge.
 */
export function evidenceFit(beads: readonly Bead[], tables: DpTables): Float64Array {
  const { pricer } = tables;
  const out = new Float64Array(beads.length).fill(1);
  if (!pricer.model.pair) return out;
  const ev = beads.map((b) => {
    if (b.di === 0 || b.dj === 0) return NaN;
    let e = 0;
    for (let x = b.i0; x < b.i0 + b.di; x++) for (let y = b.j0; y < b.j0 + b.dj; y++) e += pricer.pairAt(x, y);
    return e;
  });
  const ones = ev.filter((e, k) => beads[k]?.di === 1 && beads[k]?.dj === 1).sort((x, y) => x - y);
  const med = ones[Math.floor(ones.length / 2)] ?? 0;
  if (ones.length < 5 || med < 1) return out;
  ev.forEach((e, k) => {
    if (!Number.isNaN(e)) out[k] = 1 / (1 + Math.exp(-e / (0.1 * med)));
  });
  return out;
}
