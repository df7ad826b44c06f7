// The rows behind a number of the report (a confidence bar, the share confirmed): each opens in the editor.
import { useTranslation } from 'react-i18next';
import { useApiCall } from '../api/ApiContext';
import type { ApiArgs } from '../../../src/api/contract';
import { StatusLine } from '../components/StatusLine';

export function RowsList({ query, heading, onOpen, onClose, version }: { query: ApiArgs['review.rows']; heading: string; onOpen: (documentId: number, row: number) => void; onClose: () => void; version: number }) {
  const { t } = useTranslation();
  const rows = useApiCall('review.rows', query, version);
  return (
    <section className="rows-panel" aria-label={heading}>
      <div className="findings-head">
        <h3 className="pane-heading">{heading}</h3>
        <button type="button" onClick={onClose} aria-label={t('review.rows.close')}>
          ×
        </button>
      </div>
      {rows.state !== 'ready' ? (
        <StatusLine loadable={rows} />
      ) : (
        <>
          <ol className="finding-list">
            {rows.value.rows.map((r) => (
              <li key={r.linkId} className="finding">
                <button type="button" className="finding-open" onClick={() => onOpen(r.documentId, r.rowIndex)} aria-label={t('review.rows.open', { row: r.rowIndex + 1, file: r.file })}>
                  <span className="badge">{r.score === null ? '–' : r.score.toFixed(2)}</span>
                  <span className="finding-where">{t('review.findings.row', { row: r.rowIndex + 1 })}</span>
                  <span className="finding-excerpt">{r.translation || r.original}</span>
                </button>
              </li>
            ))}
          </ol>
          {rows.value.total > rows.value.rows.length && <p className="muted">{t('review.rows.more', { count: rows.value.total - rows.value.rows.length })}</p>}
        </>
      )}
    </section>
  );
}
