import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiCall } from './api/ApiContext';
import { ChangesProvider, useChanges } from './api/changes';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { ThemeToggle } from './components/ThemeToggle';
import { CorpusList } from './views/CorpusList';
import { DocumentPane } from './views/DocumentPane';
import { StatusLine } from './components/StatusLine';
import { lastPlace } from './views/lastPlace';

// The review view and its chart library load only when it is first opened.
const ReviewView = lazy(() => import('./review/ReviewView').then((m) => ({ default: m.ReviewView })));

const CORPUS_PANEL_KEY = 'bitext.corpusPanel';

interface Place {
  view: 'editor' | 'review';
  document: number | null;
  row: number | null;
}

/** The open page (and row) live in the address, #/doc/<id>/<row> or #/review, so a reload shows the same place. */
function usePlace(): [Place, (document: number, row?: number) => void] {
  const read = (): Place => {
    if (window.location.hash.startsWith('#/review')) return { view: 'review', document: null, row: null };
    const match = /^#\/doc\/(\d+)(?:\/(\d+))?/.exec(window.location.hash);
    return { view: 'editor', document: match ? Number(match[1]) : null, row: match?.[2] ? Number(match[2]) : null };
  };
  const [place, setPlace] = useState<Place>(read);
  useEffect(() => {
    const follow = () => setPlace(read());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return [place, (document, row) => (window.location.hash = row === undefined ? `#/doc/${document}` : `#/doc/${document}/${row}`)];
}

function Workbench() {
  const { t } = useTranslation();
  const { version } = useChanges();
  const info = useApiCall('app.info', {}, version);
  const [place, go] = usePlace();
  const problems = info.state === 'ready' ? info.value.project.problems : [];
  const [corpusOpen, setCorpusOpen] = useState(() => localStorage.getItem(CORPUS_PANEL_KEY) !== 'false');
  const toggleCorpus = () => {
    localStorage.setItem(CORPUS_PANEL_KEY, String(!corpusOpen));
    setCorpusOpen(!corpusOpen);
  };
  // Leaving the review view goes back to the page and row that were open, not to an empty editor.
  const back = place.document === null ? lastPlace() : null;
  const editorHref = place.document !== null ? `#/doc/${place.document}` : back ? `#/doc/${back.document}/${back.row}` : '#/';
  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" className="panel-toggle" aria-pressed={corpusOpen} aria-controls="corpus-panel" title={t(corpusOpen ? 'panel.hideCorpus' : 'panel.showCorpus')} onClick={toggleCorpus}>
          {t('corpus.heading')}
        </button>
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
        {info.state === 'ready' && (
          <span className="project-path" title={info.value.project.path}>
            {info.value.project.path.split(/[\\/]/).pop()}
            {info.value.project.readOnly && <span className="badge warn">{t('toolbar.readOnly')}</span>}
          </span>
        )}
        <nav className="tabs" aria-label={t('toolbar.views')}>
          <a href={editorHref} aria-current={place.view === 'editor' ? 'page' : undefined}>
            {t('toolbar.editor')}
          </a>
          <a href="#/review" aria-current={place.view === 'review' ? 'page' : undefined}>
            {t('toolbar.review')}
          </a>
        </nav>
        <span className="spacer" />
        <LanguageSwitcher />
        <ThemeToggle />
      </header>
      {problems.length > 0 && (
        <div className="banner" role="alert">
          <strong>{t('status.problems')}</strong>
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </div>
      )}
      <div className="workspace">
        {corpusOpen && (
          <aside className="sidebar" id="corpus-panel">
            <CorpusList selected={place.document} onSelect={(id) => go(id)} version={version} />
          </aside>
        )}
        <main className="document">
          {place.view === 'review' ? (
            <Suspense fallback={<StatusLine loadable={{ state: 'loading' }} />}>
              <ReviewView onOpenRow={(id, row) => go(id, row)} />
            </Suspense>
          ) : (
            <DocumentPane id={place.document} jumpTo={place.row} onOpenDocument={(id, row) => go(id, row)} />
          )}
        </main>
      </div>
    </div>
  );
}

export function App() {
  return (
    <ChangesProvider>
      <Workbench />
    </ChangesProvider>
  );
}
