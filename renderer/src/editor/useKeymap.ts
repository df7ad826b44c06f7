// The keymap in force for this browser profile, read from and saved to its keymap file in localStorage.
import { useCallback, useMemo, useState } from 'react';
import { KEYMAP_STORAGE_KEY, buildKeymap, parseKeymap, serializeKeymap, type Keymap, type KeymapOverrides, type KeymapProblem } from './keymap';

export interface KeymapState {
  keymap: Keymap;
  overrides: KeymapOverrides;
  /** What was wrong with the stored file when it was read (those entries are not in force). */
  problems: KeymapProblem[];
  save(overrides: KeymapOverrides): void;
}

export function useKeymap(): KeymapState {
  const [read] = useState(() => parseKeymap(localStorage.getItem(KEYMAP_STORAGE_KEY)));
  const [overrides, setOverrides] = useState<KeymapOverrides>(read.overrides);
  const save = useCallback((next: KeymapOverrides) => {
    localStorage.setItem(KEYMAP_STORAGE_KEY, serializeKeymap(next));
    setOverrides(next);
  }, []);
  const keymap = useMemo(() => buildKeymap(overrides), [overrides]);
  return { keymap, overrides, problems: read.problems, save };
}
