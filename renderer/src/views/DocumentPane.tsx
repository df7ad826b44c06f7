import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRow, DocumentView, RowText } from '../../../src/api/contract';
import { useApiCall } from '../api/ApiContext';
import { StatusLine } from '../components/StatusLine';

const FURNITURE_KEY = 'bitext.showFurniture';

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function TextPiece({ piece }: { piece: RowText }) {
  const { t } = useTranslation();
  const langLabel = piece.lang === null ? t('lang.none') : piece.lang === 'und' ? t('lang.und') : piece.lang;
  return (
    <div className="piece" data-block={piece.blockId}>
      <span className="badges">
        <span className={`badge role-${piece.role}`}>{t(`role.${piece.role}`)}</span>
        <span className="badge lang">{langLabel}</span>
      </span>
      <p className="text" lang={piece.lang ?? undefined}>
        {piece.text}
      </p>
    </div>
  );
}

function scoreClass(score: number | null): string {
  if (score === null) return '';
  return score >= 0.75 ? 'sure' : score >= 0.45 ? 'unsure' : 'doubtful';
}

function Row({ row }: { row: DocumentRow }) {
  const { t } = useTranslation();
  return (
    <div className={`row ${row.kind}`} role="row" data-row={row.id}>
      <div className="cell translation" role="cell">
        {row.translation.map((piece) => (
          <TextPiece key={piece.blockId} piece={piece} />
        ))}
      </div>
      <div className={`cell original ${scoreClass(row.score)}`} role="cell">
        {row.original.map((piece) => (
          <TextPiece key={piece.blockId} piece={piece} />
        ))}
        {row.score !== null && (
          <span className="score" title={t('document.score', { score: row.score.toFixed(2) })}>
            {row.score.toFixed(2)}
          </span>
        )}
      </div>
    </div>
  );
}

function Header({ view }: { view: DocumentView }) {
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
      </div>
    </header>
  );
}

export function DocumentPane({ id }: { id: string | null }) {
  const { t, i18n } = useTranslation();
  const view = useApiCall('document.get', id === null ? null : { id });
  const [showFurniture, setShowFurniture] = useState(() => localStorage.getItem(FURNITURE_KEY) !== 'false');
  if (id === null) return <p className="placeholder">{t('document.placeholder')}</p>;
  if (view.state !== 'ready') return <StatusLine loadable={view} />;
  const doc = view.value;
  const rows = showFurniture ? doc.rows : doc.rows.filter((r) => r.kind === 'content');
  const toggle = (value: boolean) => {
    localStorage.setItem(FURNITURE_KEY, String(value));
    setShowFurniture(value);
  };
  return (
    <section className="doc" aria-label={doc.meta.title ?? doc.file}>
      <Header view={doc} />
      <label className="switch">
        <input type="checkbox" checked={showFurniture} onChange={(e) => toggle(e.target.checked)} />
        {t('document.showBoilerplate')}
      </label>
      <div className="grid" role="table" aria-label={t('document.rowsLabel')}>
        <div className="row head" role="row">
          <div className="cell" role="columnheader">
            {t('document.translation', { lang: languageName(doc.languages.translation, i18n.language) })}
          </div>
          <div className="cell" role="columnheader">
            {t('document.original', { lang: languageName(doc.languages.original, i18n.language) })}
          </div>
        </div>
        {rows.map((row) => (
          <Row key={row.id} row={row} />
        ))}
      </div>
    </section>
  );
}
