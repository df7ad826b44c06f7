// Pass 2 with a corpus lexicon must not align worse than pass 1. Learned pairs for words the bundled lexicon already
// translates came on top of those translations and cost links on FLORES check documents; they are left out now.
import { describe, expect, it } from 'vitest';
import { builtinLexicon, lexiconFromPairs } from '../../src/align/index';
import { prf } from '../../src/align/evaluate';
import { withoutKnownWords } from '../../src/align/learn';
import { countLink, countsToLexicon, DEFAULT_LEXICON, emptyCounts } from '../../src/cli/lexiconCounts';
import { corpusLexiconPasses } from '../align/tools/corpus-lexicon-passes';
import { floresDevSets } from '../align/tools/flores-sets';

describe('corpus lexicon (pass 2)', () => {
  it('leaves out words the bundled lexicon translates, compared stemmed, in either orientation', () => {
    const learned = lexiconFromPairs([['regierungen', 'hội nghị'], ['quarantäne', 'cách ly'], ['und', 'bệnh']], 'de', 'vi');
    const known = lexiconFromPairs([['Regierung', 'chính phủ'], ['und', 'và']], 'de', 'vi');
    expect([...withoutKnownWords(learned, known).entries.keys()]).toEqual(['quarantäne']);
    const reversed = lexiconFromPairs([['chính phủ', 'Regierung'], ['và', 'und']], 'vi', 'de');
    expect([...withoutKnownWords(learned, reversed).entries.keys()]).toEqual(['quarantäne']);
    // Counts read into a lexicon apply the bundled lexicon: `regierung` (bundled) goes, a new word stays.
    expect(builtinLexicon('de', 'vi').entries.has('regierung')).toBe(true);
    const c = emptyCounts('de', 'vi');
    for (let k = 0; k < 400; k++) countLink(c, k < 4 ? 'Regierung Quarantäne' : `Wort${k} anders${k}`, k < 4 ? 'hội nghị cách-ly' : `từ${k} khác${k}`);
    const lex = countsToLexicon(c);
    expect(lex.entries.has('regierung')).toBe(false);
    expect([...(lex.entries.get('quarantäne') ?? [])]).toContain('cách-ly');
    expect(countsToLexicon(c, { ...DEFAULT_LEXICON, newWordsOnly: false }).entries.has('regierung')).toBe(true);
  });

  it('aligns FLORES check encyclopaedic documents at least as well as pass 1 (strict F1)', () => {
    const set = floresDevSets(40, 1).find((s) => s.half === 'check' && s.kind === 'encyclopaedic');
    if (!set) throw new Error('no FLORES check encyclopaedic set');
    const { pass1: s1, pass2: s2, words } = corpusLexiconPasses(set.docs);
    expect(words).toBeGreaterThan(100);
    expect(prf(s2.all).f1).toBeGreaterThanOrEqual(prf(s1.all).f1);
  }, 120_000);
});
