import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { searchQuery } from './searchQuery';

export function SearchPanel({ onJump, onClose, onHits }: { onJump: (documentId: number, index: number) => void; onClose: () => void; onHits: (hits: SearchHit[]) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [regex, setRegex] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    if (!query) return;
    try {
      const found = await api.send('search.sentences', { ...searchQuery(query, { regex, matchCase }), limit: 200 });
      setHits(found);
      onHits(found);
      setError(null);
    } catch (e) {
      // The error takes the place of the hits: hits of an earlier query would look like answers to this one.
      setHits(null);
      onHits([]);
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="side-panel" aria-label={t('search.title')}>
      <header className="panel-header">
        <h2 className="pane-heading">{t('search.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </header>
      <form
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
          e.stopPropagation();
        }}
      >
        <input autoFocus aria-label={t('search.query')} placeholder={t('search.query')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="switch">
          <input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} />
          {t('search.regex')}
        </label>
        <label className="switch">
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} />
          {t('search.matchCase')}
        </label>
        <button type="submit">{t('search.run')}</button>
      </form>
      {error && (
        <p className="status error" role="alert" data-testid="search-error">
          {t('search.failed', { message: error })}
        </p>
      )}
      {hits && <p className="muted">{t('search.count', { count: hits.length })}</p>}
      <ul className="search-hits">
        {hits?.map((hit) => (
          <li key={`${hit.sentenceId}`}>
            <button type="button" className="hit" onClick={() => onJump(hit.linkDocumentId, hit.linkIndex)}>
              <span className="entry-file">
                {hit.file} · {hit.linkIndex + 1}
              </span>
              <span>
                {hit.text.slice(0, hit.match.start)}
                <mark>{hit.text.slice(hit.match.start, hit.match.end)}</mark>
                {hit.text.slice(hit.match.end)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
