import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../src/api/contract';

export function DocumentHeader({ view }: { view: DocumentView }) {
  const { t } = useTranslation();
  const { meta } = view;
  return (
    <header className="doc-header">
      <h1 className="doc-title">{meta.title ?? view.file}</h1>
      <div className="muted">
        {meta.publisher && meta.date ? t('document.published', { publisher: meta.publisher, date: meta.date }) : (meta.publisher ?? meta.date)}
        {meta.sourceUrl && (
          <>
            {' · '}
            {t('document.source')}
            {': '}
            <span className="url">{meta.sourceUrl}</span>
          </>
        )}
        {' · '}
        {t('document.counts', { rows: view.rowCount, confirmed: view.states.confirmed })}
      </div>
      {meta.slugHeadline && (
        <div className="muted slug" title={meta.sourceUrl ?? undefined}>
          {t('document.slugHeadline', { headline: meta.slugHeadline })}
        </div>
      )}
    </header>
  );
}
