import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'bitext.theme';

function storedTheme(): Theme {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyStoredTheme(): void {
  document.documentElement.dataset.theme = storedTheme();
}

export function ThemeToggle() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const choose = (next: Theme) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.dataset.theme = next;
    setTheme(next);
  };
  return (
    <div className="segmented" role="group" aria-label={t('toolbar.theme')}>
      {(['light', 'dark'] as const).map((option) => (
        <button key={option} type="button" aria-pressed={theme === option} onClick={() => choose(option)}>
          {option === 'light' ? t('toolbar.themeLight') : t('toolbar.themeDark')}
        </button>
      ))}
    </div>
  );
}
