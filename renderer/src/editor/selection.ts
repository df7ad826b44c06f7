// Which rows are picked for a bulk action, beside the cursor row. Rows are named by their place in the
// grid; an empty pick means "the cursor row alone", so a plain click or arrow key never leaves a stale pick.
export interface RowSelection {
  /** Where a Shift range starts. */
  anchor: number | null;
  rows: ReadonlySet<number>;
}

export const NO_SELECTION: RowSelection = { anchor: null, rows: new Set() };

function range(a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (let i = Math.min(a, b); i <= Math.max(a, b); i++) out.add(i);
  return out;
}

/** Shift+click or Shift+arrow: everything from the anchor (or the cursor) to `to`. */
export function extendTo(selection: RowSelection, cursor: number, to: number): RowSelection {
  const anchor = selection.anchor ?? cursor;
  return { anchor, rows: range(anchor, to) };
}

/** Ctrl+click or Space: add or drop one row, keeping the cursor row in a fresh pick. */
export function toggleRow(selection: RowSelection, cursor: number, index: number): RowSelection {
  const rows = new Set(selection.rows.size ? selection.rows : [cursor]);
  if (rows.has(index) && rows.size > 1) rows.delete(index);
  else rows.add(index);
  return { anchor: index, rows };
}

export function clickRow(selection: RowSelection, cursor: number, index: number, modifiers: { shift: boolean; ctrl: boolean }): RowSelection {
  if (modifiers.shift) return extendTo(selection, cursor, index);
  if (modifiers.ctrl) return toggleRow(selection, cursor, index);
  return NO_SELECTION;
}

/** The rows a bulk action applies to, in order. */
export function pickedRows(selection: RowSelection, cursor: number): number[] {
  return selection.rows.size ? [...selection.rows].sort((a, b) => a - b) : [cursor];
}

/**
 * The state a bulk confirm or reject sets: `target`, unless every picked row has it already, then back to what
 * each row had before (a row's earlier state, kept by the caller, so x, x does not lose "confirmed").
 */
export function nextStates<S extends string>(current: ReadonlyArray<{ id: number; state: S }>, target: S, previous: (id: number) => S): Array<{ id: number; state: S }> {
  const all = current.length > 0 && current.every((r) => r.state === target);
  return current.map((r) => ({ id: r.id, state: all ? previous(r.id) : target }));
}
