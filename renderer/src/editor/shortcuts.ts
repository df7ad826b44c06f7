// Every editor action with its default keys: the keyboard handler, the action bar, the help and the keymap
// panel all read this one table (through the keymap, which may override the keys).
export const EDITOR_ACTIONS = [
  'rowUp',
  'rowDown',
  'selectUp',
  'selectDown',
  'toggleSelect',
  'sideToggle',
  'sentencePrev',
  'sentenceNext',
  'confirm',
  'confirmThrough',
  'reject',
  'moveUp',
  'moveDown',
  'mergeNext',
  'split',
  'detach',
  'realign',
  'splitSentence',
  'joinSentence',
  'edit',
  'annotate',
  'nextUnconfirmed',
  'nextNonOneToOne',
  'nextLowConfidence',
  'nextFinding',
  'undo',
  'redo',
  'search',
  'help',
] as const;
export type EditorAction = (typeof EDITOR_ACTIONS)[number];

export interface Shortcut {
  action: EditorAction;
  /** As KeyboardEvent.key, with modifiers spelled `Ctrl+`, `Shift+`, `Alt+` in that order. */
  keys: string[];
}

// Tab and Shift+Tab are left to the browser: they move between controls, never between sentences.
export const SHORTCUTS: Shortcut[] = [
  { action: 'rowUp', keys: ['ArrowUp', 'k'] },
  { action: 'rowDown', keys: ['ArrowDown', 'j'] },
  { action: 'selectUp', keys: ['Shift+ArrowUp'] },
  { action: 'selectDown', keys: ['Shift+ArrowDown'] },
  { action: 'toggleSelect', keys: [' '] },
  { action: 'sideToggle', keys: ['ArrowLeft', 'ArrowRight'] },
  { action: 'sentencePrev', keys: [','] },
  { action: 'sentenceNext', keys: ['.'] },
  { action: 'confirm', keys: ['Enter', 'c'] },
  { action: 'confirmThrough', keys: ['Shift+Enter', 'Shift+C'] },
  { action: 'reject', keys: ['x'] },
  { action: 'moveUp', keys: ['Alt+ArrowUp'] },
  { action: 'moveDown', keys: ['Alt+ArrowDown'] },
  { action: 'mergeNext', keys: ['m'] },
  { action: 'split', keys: ['s'] },
  { action: 'detach', keys: ['d'] },
  { action: 'realign', keys: ['r'] },
  { action: 'splitSentence', keys: ['Shift+S'] },
  { action: 'joinSentence', keys: ['Shift+J'] },
  { action: 'edit', keys: ['e', 'F2'] },
  { action: 'annotate', keys: ['a'] },
  { action: 'nextUnconfirmed', keys: ['u'] },
  { action: 'nextNonOneToOne', keys: ['o'] },
  { action: 'nextLowConfidence', keys: ['l'] },
  { action: 'nextFinding', keys: ['q'] },
  { action: 'undo', keys: ['Ctrl+z'] },
  { action: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+y'] },
  { action: 'search', keys: ['Ctrl+f', '/'] },
  { action: 'help', keys: ['?', 'F1'] },
];

type KeyParts = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

export function keyOf(event: KeyParts): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  // Shift is part of printable keys already (`?`, `C`); name it only where it changes a named key or a letter.
  const printable = event.key.length === 1 && !/[a-z]/i.test(event.key);
  if (event.shiftKey && !printable) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  parts.push(event.key);
  return parts.join('+');
}

/** Keys that only pick a modifier; pressed alone they bind nothing. */
export function isModifierOnly(key: string): boolean {
  return ['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock', 'Dead', 'Unidentified'].includes(key);
}

/** How a key reads on screen (the space bar has no visible glyph). */
export function keyLabel(key: string): string {
  return key === ' ' ? 'Space' : key.endsWith('+ ') ? `${key.slice(0, -1)}Space` : key;
}
