import { describe, expect, it } from 'vitest';
import { extractFeatures, prepareText } from '../../src/align/features';
import { lexiconFromPairs } from '../../src/align/lexicon';
import { lengthParams, PairEvidence } from '../../src/align/scorer';

// Word matches are weighed by how rare the matched word is among the B sentences: a word every sentence has
// (a function word) cannot tell a sentence's partner from its neighbours, a rare content word can.
describe('lexicon evidence weighed by rarity', () => {
  const lex = lexiconFromPairs([['und', 'và'], ['Hund', 'chó'], ['Katze', 'mèo']], 'de', 'vi');
  const a = ['Der Hund und ich', 'Sie und er', 'Wir und ihr', 'Du und sie', 'Katze und Maus', 'Er und wir'];
  const b = ['Con chó và tôi', 'Cô ấy và anh ấy', 'Chúng tôi và các bạn', 'Bạn và cô ấy', 'Con mèo và chuột', 'Anh ấy và chúng tôi'];
  const text = prepareText(a, b, 'de', 'vi', false);
  const f = extractFeatures(text, lex);

  it('gives a word found in every B sentence no weight and a word found in one a full weight', () => {
    const first = [...f.b.terms.data.slice(f.b.terms.start[0], f.b.terms.start[1])].map((t) => f.termWeight[t] as number).sort();
    expect(first).toHaveLength(2); // và, chó
    expect(first[0]).toBeLessThan(0.05);
    expect(first[1]).toBeGreaterThan(0.5);
  });

  it('scores the pair sharing a rare word well above pairs sharing only a common one', () => {
    const ev = new PairEvidence(f, lengthParams(f.a.len, f.b.len));
    const right = ev.compute(0, 0);
    const onlyCommon = ev.compute(0, 1);
    expect(right).toBeGreaterThan(0.5);
    expect(onlyCommon).toBeLessThan(0.1);
    expect(ev.compute(4, 4)).toBeGreaterThan(ev.compute(4, 0));
  });
});
