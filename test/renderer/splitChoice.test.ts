// Splitting a row at a chosen gap on each side: the gaps each side offers, the choices that make two rows, the
// preview of those rows, where split mode starts and what its keys do.
import { describe, expect, it } from 'vitest';
import { canSplit, commandedChoice, initialSplit, moveGap, setGap, splitCommandFor, splitPreview, splitProblem } from '../../renderer/src/editor/splitChoice';

const twoTwo = { translation: 2, original: 2 };

describe('split choice', () => {
  it('needs two sentences in the row, on one side or across both', () => {
    expect(canSplit({ translation: 1, original: 0 })).toBe(false);
    expect(canSplit({ translation: 0, original: 0 })).toBe(false);
    expect(canSplit({ translation: 1, original: 1 })).toBe(true);
    expect(canSplit({ translation: 0, original: 2 })).toBe(true);
  });

  it('accepts 0 on one side (all of it to the second row) and all of one side in the first row', () => {
    expect(splitProblem(twoTwo, { translation: 2, original: 0 })).toBeNull();
    expect(splitProblem(twoTwo, { translation: 0, original: 1 })).toBeNull();
    expect(splitProblem(twoTwo, { translation: 1, original: 1 })).toBeNull();
  });

  it('refuses a choice that leaves one of the rows empty, and says which', () => {
    expect(splitProblem(twoTwo, { translation: 0, original: 0 })).toBe('firstEmpty');
    expect(splitProblem(twoTwo, { translation: 2, original: 2 })).toBe('secondEmpty');
    expect(splitProblem({ translation: 2, original: 0 }, { translation: 2, original: 0 })).toBe('secondEmpty');
  });

  it('moves a gap within its side only: from before the first sentence to after the last', () => {
    expect(moveGap(twoTwo, { translation: 1, original: 1 }, 'translation', 1)).toEqual({ translation: 2, original: 1 });
    expect(moveGap(twoTwo, { translation: 2, original: 1 }, 'translation', 1)).toEqual({ translation: 2, original: 1 });
    expect(moveGap(twoTwo, { translation: 1, original: 0 }, 'original', -1)).toEqual({ translation: 1, original: 0 });
    expect(moveGap({ translation: 3, original: 0 }, { translation: 1, original: 0 }, 'original', 1)).toEqual({ translation: 1, original: 0 });
    expect(setGap(twoTwo, { translation: 1, original: 1 }, 'original', 9)).toEqual({ translation: 1, original: 2 });
  });

  it('previews the two rows the split makes', () => {
    const row = { translation: ['T1', 'T2', 'T3'], original: ['O1', 'O2'] };
    expect(splitPreview(row, { translation: 2, original: 0 })).toEqual([
      { translation: ['T1', 'T2'], original: [] },
      { translation: ['T3'], original: ['O1', 'O2'] },
    ]);
    expect(splitPreview(row, { translation: 1, original: 1 })).toEqual([
      { translation: ['T1'], original: ['O1'] },
      { translation: ['T2', 'T3'], original: ['O2'] },
    ]);
  });

  it('starts before the cursor sentence, the other side in proportion', () => {
    expect(initialSplit(twoTwo, 'translation', 0)).toEqual({ translation: 1, original: 1 });
    expect(initialSplit({ translation: 4, original: 2 }, 'translation', 2)).toEqual({ translation: 2, original: 1 });
    expect(initialSplit({ translation: 2, original: 4 }, 'original', 3)).toEqual({ translation: 2, original: 3 });
  });

  it('never starts on a choice that cannot be applied', () => {
    for (const shape of [
      { translation: 1, original: 1 },
      { translation: 2, original: 0 },
      { translation: 0, original: 3 },
      { translation: 1, original: 3 },
      { translation: 3, original: 1 },
    ])
      for (const side of ['translation', 'original'] as const)
        for (let sentence = 0; sentence < 4; sentence++) expect(splitProblem(shape, initialSplit(shape, side, sentence)), `${JSON.stringify(shape)} ${side} ${sentence}`).toBeNull();
    expect(initialSplit({ translation: 1, original: 1 }, 'translation', 0)).toEqual({ translation: 1, original: 0 });
    expect(initialSplit({ translation: 0, original: 3 }, 'translation', 0)).toEqual({ translation: 0, original: 1 });
  });

  it('maps the keys of split mode: Up/Down move, Home/End go to the ends, Left/Right change side, Enter applies, Escape leaves', () => {
    const at = { translation: 1, original: 1 };
    const run = (key: string) => {
      const command = splitCommandFor(key);
      return command && commandedChoice(twoTwo, at, 'original', command);
    };
    expect(run('ArrowDown')).toEqual({ translation: 1, original: 2 });
    expect(run('ArrowUp')).toEqual({ translation: 1, original: 0 });
    expect(run('Home')).toEqual({ translation: 1, original: 0 });
    expect(run('End')).toEqual({ translation: 1, original: 2 });
    expect(splitCommandFor('ArrowLeft')).toEqual({ kind: 'otherSide' });
    expect(splitCommandFor('ArrowRight')).toEqual({ kind: 'otherSide' });
    expect(splitCommandFor('Enter')).toEqual({ kind: 'apply' });
    expect(splitCommandFor('Escape')).toEqual({ kind: 'cancel' });
    expect(splitCommandFor('x')).toBeNull();
  });
});
