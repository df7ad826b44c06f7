// Every string the UI shows goes through i18next; the chosen language is remembered across launches.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './locales/de.json';
import en from './locales/en.json';
import vi from './locales/vi.json';
import reviewDe from '../review/locales/de.json';
import reviewEn from '../review/locales/en.json';
import reviewVi from '../review/locales/vi.json';

export const UI_LANGUAGES = ['en', 'de', 'vi'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
const STORAGE_KEY = 'bitext.uiLanguage';

function isUiLanguage(value: string | null): value is UiLanguage {
  return value !== null && (UI_LANGUAGES as readonly string[]).includes(value);
}

export function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  const preferred = navigator.language.slice(0, 2);
  return isUiLanguage(preferred) ? preferred : 'en';
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    // The review view keeps its strings beside its code, under the `review.` prefix.
    resources: {
      en: { translation: { ...en, review: reviewEn } },
      de: { translation: { ...de, review: reviewDe } },
      vi: { translation: { ...vi, review: reviewVi } },
    },
    lng: initialLanguage(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
