import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences } from '../../src/align/index';
import { buildDevSet, emptyScores, prf, scoreDocument } from '../../src/align/evaluate';
import { assertValidAlignment } from './helpers';

const dir = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'tatoeba-deu-vie');
const de = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.deu'), 'utf8').split('\n');
const vi = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.vie'), 'utf8').split('\n');
// Odd lines only: the even ones trained data/tatoeba-de-vi.tsv.
const pairs: Array<[string, string]> = [];
for (let k = 1; k < 400; k += 2) pairs.push([de[k] as string, vi[k] as string]);

describe('evaluation core', () => {
  it('builds gold documents whose links are valid alignments', () => {
    for (const d of buildDevSet(pairs, { seed: 3, documents: 5 })) assertValidAlignment(d.gold, d.a.length, d.b.length);
  });

  it('scores strictly: a link counts only when both sides match exactly', () => {
    const s = scoreDocument([{ a: [0], b: [0], score: 1 }, { a: [1], b: [1, 2], score: 1 }], [{ a: [0], b: [0], score: 1 }, { a: [1], b: [1], score: 1 }, { a: [], b: [2], score: 1 }]);
    expect(s.all).toEqual({ correct: 1, predicted: 2, gold: 3 });
    expect(s.non11).toEqual({ correct: 0, predicted: 1, gold: 1 });
  });

  it('stays above a floor on held-out Tatoeba documents, and beats the length-only baseline', () => {
    const docs = buildDevSet(pairs, { seed: 5, documents: 8 });
    const full = emptyScores();
    const base = emptyScores();
    for (const d of docs) {
      scoreDocument(alignSentences(d.a, d.b, { langA: 'de', langB: 'vi' }), d.gold, full);
      scoreDocument(alignSentences(d.a, d.b, { langA: 'de', langB: 'vi', signals: { anchors: false, lexicon: false } }), d.gold, base);
    }
    expect(prf(full.all).f1).toBeGreaterThan(0.9);
    expect(prf(full.non11).f1).toBeGreaterThan(0.6);
    expect(prf(full.all).f1).toBeGreaterThan(prf(base.all).f1 + 0.05);
  });
});
