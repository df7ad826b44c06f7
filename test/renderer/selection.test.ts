// Picking rows for a bulk action, and the state a bulk confirm/reject sets (x, x gives back "confirmed").
import { describe, expect, it } from 'vitest';
import { NO_SELECTION, clickRow, extendTo, nextStates, pickedRows, toggleRow } from '../../renderer/src/editor/selection';

describe('row selection', () => {
  it('is the cursor row alone until something is picked', () => {
    expect(pickedRows(NO_SELECTION, 4)).toEqual([4]);
  });
  it('Shift extends from the cursor and keeps the anchor while extending further', () => {
    const first = extendTo(NO_SELECTION, 2, 4);
    expect(pickedRows(first, 4)).toEqual([2, 3, 4]);
    expect(pickedRows(extendTo(first, 4, 1), 1)).toEqual([1, 2]);
  });
  it('Ctrl toggles single rows and keeps the cursor row in a fresh pick', () => {
    const picked = toggleRow(NO_SELECTION, 1, 5);
    expect(pickedRows(picked, 5)).toEqual([1, 5]);
    expect(pickedRows(toggleRow(picked, 5, 1), 5)).toEqual([5]);
  });
  it('a plain click drops the pick', () => {
    expect(clickRow(extendTo(NO_SELECTION, 0, 3), 3, 7, { shift: false, ctrl: false })).toBe(NO_SELECTION);
  });
});

describe('bulk states', () => {
  const before = new Map([[1, 'confirmed' as const]]);
  const previous = (id: number) => before.get(id) ?? 'proposed';
  it('sets the target state on all when some lack it', () => {
    expect(nextStates([{ id: 1, state: 'confirmed' }, { id: 2, state: 'proposed' }], 'rejected', previous)).toEqual([
      { id: 1, state: 'rejected' },
      { id: 2, state: 'rejected' },
    ]);
  });
  it('gives each row its earlier state back when all have the target already', () => {
    expect(nextStates([{ id: 1, state: 'rejected' }, { id: 2, state: 'rejected' }], 'rejected', previous)).toEqual([
      { id: 1, state: 'confirmed' },
      { id: 2, state: 'proposed' },
    ]);
  });
});
