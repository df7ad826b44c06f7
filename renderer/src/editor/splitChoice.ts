// Where a row is split in two, chosen on each side separately (as InterText does it): a side of n sentences has
// n + 1 gaps, from before its first sentence (0: all of that side goes to the second row) to after its last
// (n: all of it stays in the first). The choice is the gap on each side, which is also how many sentences of
// that side stay in the first row: exactly what `links.split` takes.
import type { Side } from '../../../src/api/contract';

export interface SplitChoice {
  translation: number;
  original: number;
}

/** How many sentences each side of the row holds. */
export type RowShape = SplitChoice;

export type SplitProblem = 'firstEmpty' | 'secondEmpty';

const other = (side: Side): Side => (side === 'translation' ? 'original' : 'translation');
const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** A row can be split when it holds at least two sentences in all: each of the two rows needs one. */
export function canSplit(shape: RowShape): boolean {
  return shape.translation + shape.original >= 2;
}

/** What stands in the way of splitting there, or null when the choice makes two rows. */
export function splitProblem(shape: RowShape, choice: SplitChoice): SplitProblem | null {
  if (choice.translation + choice.original === 0) return 'firstEmpty';
  if (choice.translation >= shape.translation && choice.original >= shape.original) return 'secondEmpty';
  return null;
}

/**
 * The gaps the split mode opens on: on the cursor's side before the cursor sentence (after the first when the
 * cursor is on it), on the other side in proportion. A person then moves either gap; this only saves keys for
 * the common case and never starts on a choice that cannot be applied.
 */
export function initialSplit(shape: RowShape, cursorSide: Side, cursorSentence: number): SplitChoice {
  const side = shape[cursorSide] > 0 ? cursorSide : other(cursorSide);
  const own = shape[side];
  const keep = clamp(cursorSentence > 0 ? cursorSentence : 1, own);
  const rest = Math.round((shape[other(side)] * keep) / Math.max(1, own));
  const choice: SplitChoice = side === 'translation' ? { translation: keep, original: rest } : { translation: rest, original: keep };
  if (splitProblem(shape, choice) === 'secondEmpty') {
    // Everything would stay in the first row (a 1:1 row, or the cursor on a one-sentence side): send the
    // other side to the second row, or the own side's last sentence when the other side is empty.
    if (shape[other(side)] > 0) choice[other(side)] = 0;
    else choice[side] = own - 1;
  }
  return choice;
}

/** Moves the gap on one side by `delta` places, staying within that side's gaps. */
export function moveGap(shape: RowShape, choice: SplitChoice, side: Side, delta: number): SplitChoice {
  return { ...choice, [side]: clamp(choice[side] + delta, shape[side]) };
}

/** Puts the gap on one side at `gap` (0 … the side's sentence count). */
export function setGap(shape: RowShape, choice: SplitChoice, side: Side, gap: number): SplitChoice {
  return { ...choice, [side]: clamp(gap, shape[side]) };
}

/** The two rows a choice makes, for the preview: each side cut at its gap. */
export function splitPreview<T>(row: { translation: readonly T[]; original: readonly T[] }, choice: SplitChoice): [{ translation: T[]; original: T[] }, { translation: T[]; original: T[] }] {
  return [
    { translation: row.translation.slice(0, choice.translation), original: row.original.slice(0, choice.original) },
    { translation: row.translation.slice(choice.translation), original: row.original.slice(choice.original) },
  ];
}

export type SplitCommand =
  | { kind: 'move'; delta: number }
  | { kind: 'edge'; to: 'start' | 'end' }
  | { kind: 'otherSide' }
  | { kind: 'apply' }
  | { kind: 'cancel' };

/**
 * The keys of split mode. The gaps of a side stand one above the other, so Up and Down move the gap; Left and
 * Right go to the other side as they do in the grid (Tab and Shift+Tab walk the controls); Enter applies,
 * Escape leaves without a change.
 */
export function splitCommandFor(key: string): SplitCommand | null {
  switch (key) {
    case 'ArrowUp':
      return { kind: 'move', delta: -1 };
    case 'ArrowDown':
      return { kind: 'move', delta: 1 };
    case 'Home':
      return { kind: 'edge', to: 'start' };
    case 'End':
      return { kind: 'edge', to: 'end' };
    case 'ArrowLeft':
    case 'ArrowRight':
      return { kind: 'otherSide' };
    case 'Enter':
      return { kind: 'apply' };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return null;
  }
}

/** Applies a move or edge command to the gap of `side`; other commands leave the choice as it is. */
export function commandedChoice(shape: RowShape, choice: SplitChoice, side: Side, command: SplitCommand): SplitChoice {
  if (command.kind === 'move') return moveGap(shape, choice, side, command.delta);
  if (command.kind === 'edge') return setGap(shape, choice, side, command.to === 'start' ? 0 : shape[side]);
  return choice;
}
