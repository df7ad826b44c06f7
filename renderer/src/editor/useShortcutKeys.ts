// Turns key presses into editor actions, by the keymap in force and only where a shortcut belongs (see keyScope).
import { useEffect, useRef } from 'react';
import { actionForKey, type Keymap } from './keymap';
import { scopeOf, shortcutApplies } from './keyScope';
import { keyOf, type EditorAction } from './shortcuts';

export function useShortcutKeys(keymap: Keymap, run: (action: EditorAction) => void, paused: boolean): void {
  // The latest `run` without re-adding the listener on every render.
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (paused) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const key = keyOf(event);
      const action = actionForKey(keymap, key);
      if (!action || !shortcutApplies(scopeOf(event.target instanceof Element ? (event.target as HTMLElement) : null), key)) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keymap, paused]);
}
