import { useTranslation } from 'react-i18next';
import { useApiCall } from '../api/ApiContext';
import { StatusLine } from '../components/StatusLine';
import { ImportButton } from './ImportButton';

export function CorpusList({ selected, onSelect, version }: { selected: number | null; onSelect: (id: number) => void; version: number }) {
  const { t } = useTranslation();
  const corpus = useApiCall('corpus.list', {}, version);
  if (corpus.state !== 'ready') return <StatusLine loadable={corpus} />;
  const pages = corpus.value;
  return (
    <nav aria-label={t('corpus.heading')}>
      <h2 className="pane-heading">
        {t('corpus.heading')} <span className="muted">{t('corpus.count', { count: pages.length })}</span>
      </h2>
      <ImportButton />
      {pages.length === 0 && <p className="muted">{t('corpus.empty')}</p>}
      <ul className="corpus-list">
        {pages.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="corpus-entry"
              aria-current={page.id === selected ? 'page' : undefined}
              data-file={page.file}
              onClick={() => onSelect(page.id)}
            >
              <span className={`entry-title${page.title ? '' : ' preview'}`}>{page.title ?? page.preview ?? t('corpus.untitled')}</span>
              <span className="entry-meta">{[page.publisher, page.date].filter(Boolean).join(' · ')}</span>
              <span className="entry-file">{page.file}</span>
              <span className="entry-meta">
                {t('corpus.links', { count: page.links.total, confirmed: page.links.confirmed })}
              </span>
              <span className="progress" aria-hidden="true">
                <span style={{ width: `${page.links.total ? (100 * page.links.confirmed) / page.links.total : 0}%` }} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
