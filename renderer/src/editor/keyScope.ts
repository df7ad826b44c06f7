// Where a key press lands decides whether it is an editor shortcut. In the grid (a row or the grid itself) every
// shortcut acts; with focus nowhere (the page body) too, except Enter and Space, which act only on a focused row
// so they can never fire the grid's action by surprise. On a button, link, menu or corpus entry the browser's
// own meaning wins (Enter/Space activate it), and in text fields nothing but their own editing happens; only
// Ctrl combinations (undo, redo, find) reach the editor from a control, as they mean nothing there.
export type KeyScope = 'grid' | 'nowhere' | 'control' | 'text';

/** The parts of an element the decision needs (an HTMLElement has them; tests pass plain objects). */
export interface FocusTarget {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'number', 'password', 'url', 'tel', '']);

export function scopeOf(target: FocusTarget | null): KeyScope {
  if (!target || target.tagName === 'BODY' || target.tagName === 'HTML') return 'nowhere';
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return 'text';
  if (target.tagName === 'INPUT') return TEXT_INPUTS.has((target.getAttribute('type') ?? '').toLowerCase()) ? 'text' : 'control';
  if (['SELECT', 'BUTTON', 'A', 'SUMMARY', 'OPTION'].includes(target.tagName)) return 'control';
  if (['button', 'link', 'menuitem', 'checkbox', 'radio', 'tab', 'option'].includes(target.getAttribute('role') ?? '')) return 'control';
  if (target.closest('[data-grid-body]')) return 'grid';
  return 'nowhere';
}

export function shortcutApplies(scope: KeyScope, key: string): boolean {
  if (scope === 'grid') return true;
  if (scope === 'nowhere') return !key.endsWith('Enter') && !key.endsWith(' ');
  if (scope === 'control') return key.startsWith('Ctrl+');
  return false;
}
