import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../../src/align/index';
import { calibrate } from '../../src/align/calibration';
import { marginToScore } from '../../src/align/confidence';
import { assertValidAlignment } from './helpers';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'tatoeba-deu-vie');
const de = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.deu'), 'utf8').split('\n');
const vi = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.vie'), 'utf8').split('\n');
// Held-out (odd) lines, two pairs a unit so that sentences have news-like lengths.
const a: string[] = [];
const b: string[] = [];
for (let k = 1; k + 2 < 400; k += 4) {
  a.push(`${de[k]} ${de[k + 2]}`);
  b.push(`${vi[k]} ${vi[k + 2]}`);
}
const opts = { langA: 'de', langB: 'vi' };
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe('link confidence', () => {
  it('maps a margin in nats to 0..1: 0 for a tie, 0.5 at posterior 0.75, rising with the margin', () => {
    expect(marginToScore(0)).toBe(0);
    expect(marginToScore(Math.log(3))).toBeCloseTo(0.5, 2);
    expect(marginToScore(3)).toBeGreaterThan(0.9);
    expect(marginToScore(Infinity)).toBe(1);
  });

  it('is lower on a deliberately wrong region than on a clean one', () => {
    // B sentences 40..44 replaced by translations of other sentences: nothing in A matches them.
    const wrong = [...b];
    for (let j = 40; j < 45; j++) wrong[j] = b[(j * 7) % 30] as string;
    const links = alignSentences(a, wrong, opts);
    assertValidAlignment(links, a.length, wrong.length);
    const near = links.filter((l) => [...l.a, ...l.b].some((x) => x >= 38 && x < 47)).map((l) => l.score);
    const clean = links.filter((l) => [...l.a, ...l.b].every((x) => x < 30)).map((l) => l.score);
    expect(mean(clean)).toBeGreaterThan(0.85);
    expect(Math.min(...near)).toBeLessThan(0.5);
    // Calibrated scores (calibration.ts) are shares of links right on the FLORES tuning half, where 1-1 links of
    // middling raw confidence are mostly right: the region's mean drops less than the raw scores' 0.2.
    expect(mean(near)).toBeLessThan(mean(clean) - 0.15);
  });

  it('is calibrated: a link with strong margin and evidence is near 1, one without evidence near 0, a merge less sure than a 1-1', () => {
    expect(calibrate(1, 1, 1, 1)).toBeGreaterThan(0.99);
    expect(calibrate(0.02, 0.02, 1, 1)).toBeLessThan(0.1);
    expect(calibrate(0.9, 0.9, 2, 1)).toBeLessThan(calibrate(0.9, 0.9, 1, 1));
    // Each link's score is the calibration of its two raw parts, which stay available for fitting it.
    const doc = { a: a.slice(0, 30), b: b.slice(0, 30) };
    const cal = alignSentences(doc.a, doc.b, opts);
    const margin = alignSentences(doc.a, doc.b, { ...opts, calibrate: 'margin' });
    const fit = alignSentences(doc.a, doc.b, { ...opts, calibrate: 'fit' });
    expect(cal.map((l, k) => calibrate(margin[k]?.score ?? NaN, fit[k]?.score ?? NaN, l.a.length, l.b.length))).toEqual(cal.map((l) => l.score));
  });

  it('gives unaligned sentences a real confidence, not a fixed value', () => {
    // Two clear drops (one per side) at different places: each is a 1-0 or 0-1 link with its own score.
    const aa = [...a];
    const bb = [...b];
    bb.splice(20, 1);
    aa.splice(60, 1);
    const links = alignSentences(aa, bb, opts);
    assertValidAlignment(links, aa.length, bb.length);
    const nulls = links.filter((l) => l.a.length === 0 || l.b.length === 0);
    expect(nulls.length).toBeGreaterThanOrEqual(2);
    for (const l of nulls) expect(l.score).toBeGreaterThan(0);
    expect(links.find((l) => l.a[0] === 20 && l.b.length === 0)).toBeDefined();
    expect(new Set(links.map((l) => l.score)).size).toBeGreaterThan(2);
  });
});
