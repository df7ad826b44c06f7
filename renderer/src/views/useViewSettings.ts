// How the editor shows a page, remembered across launches: page furniture, diffs, compact rows, the side panel.
import { useState } from 'react';

export interface ViewSettings {
  showFurniture: boolean;
  showDiff: boolean;
  compact: boolean;
  sidePanel: boolean;
}

const KEY = 'bitext.view';
const DEFAULTS: ViewSettings = { showFurniture: true, showDiff: true, compact: false, sidePanel: true };

function stored(): ViewSettings {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ViewSettings>;
    // The furniture switch was stored on its own before.
    const furniture = localStorage.getItem('bitext.showFurniture');
    return { ...DEFAULTS, ...(furniture !== null ? { showFurniture: furniture !== 'false' } : {}), ...value };
  } catch {
    return DEFAULTS;
  }
}

export function useViewSettings(): [ViewSettings, (patch: Partial<ViewSettings>) => void] {
  const [settings, setSettings] = useState(stored);
  const update = (patch: Partial<ViewSettings>) =>
    setSettings((current) => {
      const next = { ...current, ...patch };
      localStorage.setItem(KEY, JSON.stringify(next));
      return next;
    });
  return [settings, update];
}
