import { useTranslation } from 'react-i18next';
import type { Loadable } from '../api/ApiContext';

export function StatusLine({ loadable }: { loadable: Loadable<unknown> }) {
  const { t } = useTranslation();
  if (loadable.state === 'error')
    return (
      <p className="status error" role="alert">
        {t('status.error', { message: loadable.message })}
      </p>
    );
  if (loadable.state === 'loading')
    return (
      <p className="status" aria-live="polite">
        {t('status.loading')}
      </p>
    );
  return null;
}
