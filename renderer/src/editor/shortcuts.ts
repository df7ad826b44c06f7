// Every editor action with its key: the keyboard handler and the help panel both read this table.
export type EditorAction =
  | 'rowUp'
  | 'rowDown'
  | 'sideToggle'
  | 'sentencePrev'
  | 'sentenceNext'
  | 'confirm'
  | 'confirmThrough'
  | 'reject'
  | 'moveUp'
  | 'moveDown'
  | 'mergeNext'
  | 'split'
  | 'detach'
  | 'realign'
  | 'splitSentence'
  | 'joinSentence'
  | 'edit'
  | 'annotate'
  | 'nextUnconfirmed'
  | 'nextNonOneToOne'
  | 'nextLowConfidence'
  | 'nextFinding'
  | 'undo'
  | 'redo'
  | 'search'
  | 'help';

export interface Shortcut {
  action: EditorAction;
  /** As KeyboardEvent.key, with modifiers spelled `Ctrl+`, `Shift+`, `Alt+` in that order. */
  keys: string[];
}

export const SHORTCUTS: Shortcut[] = [
  { action: 'rowUp', keys: ['ArrowUp', 'k'] },
  { action: 'rowDown', keys: ['ArrowDown', 'j'] },
  { action: 'sideToggle', keys: ['ArrowLeft', 'ArrowRight'] },
  { action: 'sentencePrev', keys: ['Shift+Tab'] },
  { action: 'sentenceNext', keys: ['Tab'] },
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

export function keyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  // Shift is part of printable keys already (`?`, `C`); name it only where it changes a named key or a letter.
  const printable = event.key.length === 1 && !/[a-z]/i.test(event.key);
  if (event.shiftKey && !printable) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  parts.push(event.key);
  return parts.join('+');
}

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)));

export function actionFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): EditorAction | undefined {
  return BY_KEY.get(keyOf(event));
}
