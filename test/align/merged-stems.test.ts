// The stemmed form of a merged lexicon, built from the base's cached form and the few keys a learned lexicon
// touches, must be exactly what stemming the whole merge gives: the same keys, values and order (the term ids
// the scorer compares follow that order).
import { describe, expect, it } from 'vitest';
import { builtinLexicon } from '../../src/align/builtin';
import { primeMergedStems, stemmedLexicon } from '../../src/align/features';
import { emptyLexicon, mergeLexicons, type Lexicon } from '../../src/align/lexicon';

/** A copy, so the whole-merge stemming below is not served from the cache the priming filled. */
const copyOf = (lex: Lexicon): Lexicon => ({ ...lex, entries: new Map([...lex.entries].map(([k, v]) => [k, new Set(v)])) });

describe('primeMergedStems', () => {
  it('gives the same stemmed lexicon as stemming the whole merge', () => {
    const base = builtinLexicon('de', 'vi');
    const keys = [...base.entries.keys()];
    const long = keys.find((k) => k.length > 8 && !k.includes(' '))!;
    const extra = emptyLexicon('de', 'vi');
    const add = (a: string, ...bs: string[]) => extra.entries.set(a, new Set(bs));
    add(keys[5]!, 'một từ mới', [...base.entries.get(keys[5]!)!][0]!); // a base key: one new value, one it has
    add(`${long.slice(0, 6)}xyz`, 'từ cùng gốc'); // a new key with the stem of a base key
    add('zeitungsverleger', 'nhà xuất bản báo'); // a new key and stem
    add('neue wörter hier', 'những từ mới'); // a new multi-word key
    add(keys[40]!, 'khác'); // another base key, later in the base's order
    const merged = mergeLexicons('de', 'vi', [base, extra]);
    primeMergedStems(merged, base, extra);
    const primed = stemmedLexicon(merged);
    const whole = stemmedLexicon(copyOf(mergeLexicons('de', 'vi', [base, extra])));
    expect([...primed.entries()]).toEqual([...whole.entries()]);
    expect(primed.get(`${long.slice(0, 6)}`)).toContain('từ cùng gốc');
  });
});
