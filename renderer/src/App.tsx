import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiCall } from './api/ApiContext';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { ThemeToggle } from './components/ThemeToggle';
import { CorpusList } from './views/CorpusList';
import { DocumentPane } from './views/DocumentPane';

/** The open page lives in the address (#/doc/<id>) so a reload or a shared link shows the same page. */
function useSelectedDocument(): [string | null, (id: string) => void] {
  const read = () => {
    const match = /^#\/doc\/(.+)$/.exec(window.location.hash);
    return match ? decodeURIComponent(match[1] as string) : null;
  };
  const [selected, setSelected] = useState<string | null>(read);
  useEffect(() => {
    const follow = () => setSelected(read());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return [selected, (id) => (window.location.hash = `#/doc/${encodeURIComponent(id)}`)];
}

export function App() {
  const { t } = useTranslation();
  const info = useApiCall('app.info', {});
  const [selected, select] = useSelectedDocument();
  const problems = info.state === 'ready' ? info.value.corpus.problems : [];
  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand">{t('app.name')}</span>
        <span className="tagline">{t('app.tagline')}</span>
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
        <aside className="sidebar">
          <CorpusList selected={selected} onSelect={select} />
        </aside>
        <main className="document">
          <DocumentPane id={selected} />
        </main>
      </div>
    </div>
  );
}
