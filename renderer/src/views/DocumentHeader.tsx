import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../src/api/contract';

/** Two short lines: the title, then publisher, source address and the headline its address carries. */
export function DocumentHeader({ view }: { view: DocumentView }) {
  const { t } = useTranslation();
  const { meta } = view;
  const published = meta.publisher && meta.date ? t('document.published', { publisher: meta.publisher, date: meta.date }) : (meta.publisher ?? meta.date);
  return (
    <header className="doc-header">
      <h1 className="doc-title" title={meta.title ?? view.file}>
        {meta.title ?? view.file}
      </h1>
      <div className="muted doc-meta">
        {published}
        {meta.sourceUrl && (
          <>
            {published ? ' · ' : ''}
            {t('document.source')}
            {': '}
            <span className="url" title={meta.sourceUrl}>
              {meta.sourceUrl}
            </span>
          </>
        )}
        {meta.slugHeadline && (
          <span className="slug" title={meta.sourceUrl ?? undefined}>
            {' · '}
            {t('document.slugHeadline', { headline: meta.slugHeadline })}
          </span>
        )}
      </div>
    </header>
  );
}
