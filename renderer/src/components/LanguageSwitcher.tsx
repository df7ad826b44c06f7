import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, changeUiLanguage, type UiLanguage } from '../i18n';

/** Each language is named in itself, so a person can find theirs whatever the current language is. */
const endonym = (code: UiLanguage) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="field">
      <span className="field-label">{t('toolbar.language')}</span>
      <select
        aria-label={t('toolbar.language')}
        data-testid="ui-language"
        value={i18n.language}
        onChange={(event) => void changeUiLanguage(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {endonym(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
