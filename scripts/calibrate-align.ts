// Fits the aligner's confidence calibration (src/align/calibration.ts) on the FLORES TUNING half: a logistic
// model of "the link is right" on the logit of the raw confidence (path margin capped by evidence fit) and the
// link's shape (1-1 or not). Logistic rather than a table of bins: right links are so common that bins of raw
// scores near 0 would hold a handful of links, and the model must still say that a raw 0.05 is doubtful.
// Prints the coefficients to paste; `npm run eval:align` reports the reliability on the check half.
// Run: npx tsx scripts/calibrate-align.ts
import { alignSentences } from '../src/align/index';
import { logitOf } from '../src/align/calibration';
import type { AlignmentLink } from '../src/model';
import { floresDevSets } from '../test/align/tools/flores-sets';

const key = (l: AlignmentLink) => `${l.a.join(',')}|${l.b.join(',')}`;
const K = 4;
const rows: Array<{ x: number[]; y: number }> = [];
for (const set of floresDevSets(40, 7).filter((s) => s.half === 'tuning'))
  for (const d of set.docs) {
    const gold = new Set(d.gold.map(key));
    const opts = { langA: 'de', langB: 'vi' };
    const margin = alignSentences(d.a, d.b, { ...opts, calibrate: 'margin' });
    const fit = alignSentences(d.a, d.b, { ...opts, calibrate: 'fit' });
    margin.forEach((l, k) => rows.push({ x: [1, logitOf(l.score), logitOf(fit[k]?.score ?? 1), l.a.length === 1 && l.b.length === 1 ? 0 : 1], y: gold.has(key(l)) ? 1 : 0 }));
  }

// Newton's method on the log-likelihood, with a small ridge so that rare shapes cannot run away.
let w = new Array<number>(K).fill(0);
for (let it = 0; it < 50; it++) {
  const g = new Array<number>(K).fill(0);
  const h = Array.from({ length: K }, (_, i) => Array.from({ length: K }, (_, j) => (i === j ? 0.01 : 0)));
  for (const { x, y } of rows) {
    const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * (w[i] as number), 0)));
    for (let i = 0; i < K; i++) {
      g[i] = (g[i] as number) + (y - p) * (x[i] as number);
      for (let j = 0; j < K; j++) (h[i] as number[])[j] = ((h[i] as number[])[j] as number) + p * (1 - p) * (x[i] as number) * (x[j] as number);
    }
  }
  for (let i = 0; i < K; i++) g[i] = (g[i] as number) - 0.01 * (w[i] as number);
  w = w.map((v, i) => v + (solve(h, g)[i] as number));
}

/** Gaussian elimination: the x with m · x = v. */
function solve(m: number[][], v: number[]): number[] {
  const a = m.map((row, i) => [...row, v[i] as number]);
  const n = v.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[p] as number[])[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = ((a[r] as number[])[c] as number) / ((a[c] as number[])[c] as number);
      for (let k = c; k <= n; k++) (a[r] as number[])[k] = ((a[r] as number[])[k] as number) - f * ((a[c] as number[])[k] as number);
    }
  }
  return a.map((row, i) => (row[n] as number) / (row[i] as number));
}

const right = rows.filter((r) => r.y).length;
console.log(`// ${rows.length} links of the FLORES tuning half, ${right} right`);
console.log(`export const CALIBRATION = { bias: ${w[0]?.toFixed(3)}, margin: ${w[1]?.toFixed(3)}, fit: ${w[2]?.toFixed(3)}, otherShape: ${w[3]?.toFixed(3)} };`);
