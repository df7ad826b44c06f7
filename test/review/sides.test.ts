// The two sides are named `original` and `translation` in findings, as everywhere in the app; the ignore keys a
// person stored before that rename (when findings said `source` / `target`) must still hide the same findings.
import { describe, expect, it } from 'vitest';
import { checkStrayTexts, checkTexts, checkUnits, fingerprint } from '../../src/review';
import { unit } from './helpers';

describe('finding sides', () => {
  it('are original and translation, on units, stray texts and plain pages', () => {
    const f = checkUnits([unit('Ngày 12 tháng 10', 'Am 13. Oktober', { id: 'k1' })]);
    expect(f.map((x) => `${x.check}:${x.side}`)).toEqual(['number-mismatch:original', 'number-mismatch:translation']);
    expect(checkStrayTexts([{ unitId: 'k1', text: '[Anzeige_1]' }]).map((x) => x.side)).toEqual(['translation']);
    expect(checkTexts([{ docId: 'p', lang: 'de', originalLang: 'vi', segments: [{ id: 'p:1', text: 'Er sagte: Lãnh đạo Nga và Triều Tiên trao đổi thư.' }] }]).map((x) => `${x.check}:${x.side}`)).toEqual([
      'leftover-source:translation',
    ]);
  });

  it('keep the ignore keys written when the sides were called source and target', () => {
    const [original, translation] = checkUnits([unit('Ngày 12 tháng 10', 'Am 13. Oktober', { id: 'k1' })]);
    // Recorded from the code before the rename: stored ignores hold exactly these strings.
    expect(original!.ignoreKey).toBe('number-mismatch/ba99bc8653004432');
    expect(translation!.ignoreKey).toBe('number-mismatch/9cb10898c88468ca');
    expect(original!.ignoreKey).toBe(`number-mismatch/${fingerprint('number-mismatch\u0000k1\u0000source\u000012 tháng 10')}`);
    const again = checkUnits([unit('Ngày 12 tháng 10', 'Am 13. Oktober', { id: 'k1' })], { ignored: ['number-mismatch/ba99bc8653004432'] });
    expect(again.map((x) => x.side)).toEqual(['translation']);
  });
});
