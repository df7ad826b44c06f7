import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/index';
import { emptyScores, prf, scoreDocument } from '../../src/align/evaluate';
import { floresDevSets } from './tools/flores-sets';

// The FLORES-200 dev pairs (FLORES-200, NLLB Team (2022), CC BY-SA 4.0), read from ../shared at run time:
// documents of the tuning half, news and encyclopaedic, with merges and drops but no three-way merges.
describe('alignment of the FLORES tuning documents', () => {
  const sets = floresDevSets(12, 7).filter((s) => s.half === 'tuning');
  const results = sets.map((set) => {
    const scores = emptyScores();
    for (const d of set.docs) scoreDocument(alignSentences(d.a, d.b, { langA: 'de', langB: 'vi' }), d.gold, scores);
    return { kind: set.kind, scores };
  });

  it('invents no 1-3 or 3-1 links where there are none (a dropped sentence is not glued onto a merge)', () => {
    for (const { scores } of results) expect((scores.byType['1-3']?.predicted ?? 0) + (scores.byType['3-1']?.predicted ?? 0)).toBe(0);
  });

  it('stays above the floors the goals of issue 13 set', () => {
    for (const { kind, scores } of results) {
      expect(prf(scores.all).f1, kind).toBeGreaterThan(0.97);
      expect(prf(scores.non11).f1, kind).toBeGreaterThan(0.9);
    }
  });
});

describe('merges on the FLORES tuning documents (seeds 1-2, 160 documents)', () => {
  const scores = emptyScores();
  let twoTwo = 0;
  for (const seed of [1, 2])
    for (const set of floresDevSets(40, seed).filter((s) => s.half === 'tuning'))
      for (const d of set.docs) {
        const links = alignSentences(d.a, d.b, { langA: 'de', langB: 'vi' });
        twoTwo += links.filter((l) => l.a.length === 2 && l.b.length === 2).length;
        scoreDocument(links, d.gold, scores);
      }

  it('proposes no 2-2 link where the documents have none: each member of a 2-2 link must find its content across it', () => {
    expect(twoTwo).toBe(0);
  });

  it('glues few dropped sentences onto a neighbour as a 1-2 or 2-1 link: each member of a merge must find its content', () => {
    const wrong = (t: string) => (scores.byType[t]?.predicted ?? 0) - (scores.byType[t]?.correct ?? 0);
    expect(wrong('1-2') + wrong('2-1')).toBeLessThanOrEqual(21);
  });
});
