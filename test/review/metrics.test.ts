// chrF and TER against sacreBLEU 2.6.0: hand-derived cases, a committed reference file of 200 generated pairs
// (test/review/tools/make-sacrebleu-reference.py), and, where sacrebleu is installed, 200 fresh random pairs.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chrfStatistics, corpusChrf, corpusTer, sentenceChrf, sentenceTer, terStatistics } from '../../src/review';
import { describeWithTool, probe } from '../formats/external';
import { hostileString, rng } from '../formats/generate';

interface Reference {
  sacrebleu: string;
  pairs: Array<{ hyp: string; ref: string; chrf: number; ter: number }>;
  corpus: { chrf: number; ter: number };
}
const reference = JSON.parse(readFileSync(new URL('./sacrebleu-reference.json', import.meta.url), 'utf8')) as Reference;

describe('chrF2 (hand-derived)', () => {
  it('identical text scores 100, disjoint 0, whitespace is ignored', () => {
    expect(sentenceChrf('Kim Jong Un', 'Kim Jong Un')).toBe(100);
    expect(sentenceChrf('KimJong Un', 'Kim  Jong\u00a0Un')).toBe(100);
    expect(sentenceChrf('xyz', 'abc')).toBe(0);
  });

  it('"abc" against "abd": unigrams 2/3, bigrams 1/2, trigrams 0 -> precision = recall = 7/18 -> 38.89', () => {
    // Orders 4-6 have no n-grams on either side, so sacreBLEU averages over the three effective orders.
    expect(chrfStatistics('abc', 'abd').slice(0, 9)).toEqual([3, 3, 2, 2, 2, 1, 1, 1, 0]);
    expect(sentenceChrf('abc', 'abd')).toBeCloseTo((100 * 7) / 18, 10);
  });

  it('counts code points, not UTF-16 units (astral characters)', () => {
    expect(chrfStatistics('😀a', '😀b').slice(0, 3)).toEqual([2, 2, 1]);
  });
});

describe('TER (hand-derived)', () => {
  it('one shift of a two-word block costs one edit: "c d a b" vs "a b c d" = 25', () => {
    expect(terStatistics('c d a b', 'a b c d')).toEqual({ edits: 1, refLength: 4 });
    expect(sentenceTer('c d a b', 'a b c d')).toBe(25);
  });

  it('is case-insensitive by default and handles empty sides as sacreBLEU does', () => {
    expect(sentenceTer('The Cat sat', 'the cat sat')).toBe(0);
    expect(sentenceTer('', 'a b')).toBe(100);
    expect(sentenceTer('a b', '')).toBe(100);
    expect(sentenceTer('', '')).toBe(0);
  });

  it('substitution, insertion and deletion each cost one', () => {
    expect(terStatistics('a x c', 'a b c').edits).toBe(1);
    expect(terStatistics('a b c d', 'a b c').edits).toBe(1);
    expect(terStatistics('a c', 'a b c').edits).toBe(1);
  });
});

describe('against sacreBLEU reference values', () => {
  it(`matches all ${reference.pairs.length} committed sentence scores (sacreBLEU ${reference.sacrebleu}) to 1e-9`, () => {
    expect(reference.pairs.length).toBe(200);
    for (const p of reference.pairs) {
      expect(Math.abs(sentenceChrf(p.hyp, p.ref) - p.chrf)).toBeLessThan(1e-9);
      expect(Math.abs(sentenceTer(p.hyp, p.ref) - p.ter)).toBeLessThan(1e-9);
    }
  });

  it('matches the corpus scores, computed from summed statistics', () => {
    const hyps = reference.pairs.map((p) => p.hyp);
    const refs = reference.pairs.map((p) => p.ref);
    expect(corpusChrf(hyps, refs).toFixed(2)).toBe(reference.corpus.chrf.toFixed(2));
    expect(Math.abs(corpusChrf(hyps, refs) - reference.corpus.chrf)).toBeLessThan(1e-9);
    expect(Math.abs(corpusTer(hyps, refs) - reference.corpus.ter)).toBeLessThan(1e-9);
  });
});

const PY = `
import json, sys
from sacrebleu.metrics import CHRF, TER
pairs = json.load(sys.stdin)
c, t = CHRF(), TER()
out = [[c.sentence_score(h, [r]).score, t.sentence_score(h, [r]).score] for h, r in pairs]
out.append([c.corpus_score([h for h, _ in pairs], [[r for _, r in pairs]]).score, t.corpus_score([h for h, _ in pairs], [[r for _, r in pairs]]).score])
print(json.dumps(out))
`;
const sacrebleu = probe('python3', ['-c', 'import sacrebleu'], 'pip install sacrebleu (the wheel is in the machine image\'s local package mirror)');

describeWithTool(sacrebleu, 'live comparison with sacrebleu', () => {
  it('agrees on 200 fresh random pairs (words shuffled, dropped, hostile characters)', () => {
    const next = rng(424242);
    const words = 'der die das Kim Jong Un Putin Moskau Pjöngjang , . „ “ 1.000 300 % Việt Nam Triều Tiên 😀 ABC abc'.split(' ');
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < 200; i++) {
      const ref = Array.from({ length: Math.floor(next() * 25) }, () => words[Math.floor(next() * words.length)]!);
      const hyp = ref.filter(() => next() > 0.15);
      for (let k = 0; k < 3 && hyp.length > 2; k++) {
        const [w] = hyp.splice(Math.floor(next() * hyp.length), 1);
        hyp.splice(Math.floor(next() * hyp.length), 0, w!);
      }
      if (next() < 0.3) hyp.push(hostileString(next).replace(/[\uD800-\uDFFF]/g, ''));
      pairs.push([hyp.join(' '), ref.join(' ')]);
    }
    const r = spawnSync('python3', ['-c', PY], { input: JSON.stringify(pairs), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const scores = JSON.parse(r.stdout) as Array<[number, number]>;
    pairs.forEach(([h, ref], i) => {
      expect(sentenceChrf(h, ref).toFixed(2)).toBe(scores[i]![0].toFixed(2));
      expect(sentenceTer(h, ref).toFixed(2)).toBe(scores[i]![1].toFixed(2));
    });
    const [cc, ct] = scores[pairs.length]!;
    expect(corpusChrf(pairs.map((p) => p[0]), pairs.map((p) => p[1])).toFixed(2)).toBe(cc.toFixed(2));
    expect(corpusTer(pairs.map((p) => p[0]), pairs.map((p) => p[1])).toFixed(2)).toBe(ct.toFixed(2));
  });
}, { optional: true }); // PyPI is not reachable everywhere; the committed reference above always runs.
