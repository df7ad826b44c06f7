import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts';

export function HelpPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="side-panel" aria-label={t('help.title')} data-testid="help-panel">
      <header className="panel-header">
        <h2 className="pane-heading">{t('help.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('panel.close')}>
          {t('panel.close')}
        </button>
      </header>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <td>{t(`action.${s.action}`)}</td>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
