// The findings, filtered by check and page: each opens its row in the editor and can be ignored (remembered in
// the project, undoable) or brought back.
import { useTranslation } from 'react-i18next';
import type { ReviewFinding, ReviewPage } from '../../../src/api/contract';
import { CHECK_IDS } from './checkIds';

export interface FindingFilter {
  check: string | null;
  page: number | null;
  ignored: boolean;
}

export function FindingsList(props: {
  findings: ReviewFinding[];
  total: number;
  pages: ReviewPage[];
  filter: FindingFilter;
  onFilter: (filter: FindingFilter) => void;
  onOpen: (finding: ReviewFinding) => void;
  onIgnore: (finding: ReviewFinding, ignore: boolean) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const { filter, onFilter } = props;
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <div className="findings-head">
        <h3 id="findings-heading" className="pane-heading">
          {t('review.findings.heading')} <span className="muted">{t('review.findings.count', { shown: props.findings.length, total: props.total })}</span>
        </h3>
        <label className="field">
          <span className="field-label">{t('review.findings.filterCheck')}</span>
          <select value={filter.check ?? ''} onChange={(e) => onFilter({ ...filter, check: e.target.value || null })} aria-label={t('review.findings.filterCheck')}>
            <option value="">{t('review.findings.allChecks')}</option>
            {CHECK_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`review.checks.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('review.findings.filterPage')}</span>
          <select value={filter.page ?? ''} onChange={(e) => onFilter({ ...filter, page: e.target.value ? Number(e.target.value) : null })} aria-label={t('review.findings.filterPage')}>
            <option value="">{t('review.findings.allPages')}</option>
            {props.pages.map((p) => (
              <option key={p.documentId} value={p.documentId}>
                {p.title ?? p.file}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <input type="checkbox" checked={filter.ignored} onChange={(e) => onFilter({ ...filter, ignored: e.target.checked })} />
          <span className="field-label">{t('review.findings.showIgnored')}</span>
        </label>
        {(filter.check !== null || filter.page !== null) && (
          <button type="button" className="link" onClick={() => onFilter({ check: null, page: null, ignored: filter.ignored })}>
            {t('review.findings.clear')}
          </button>
        )}
      </div>
      {props.findings.length === 0 && <p className="muted">{t('review.findings.empty')}</p>}
      <ol className="finding-list">
        {props.findings.map((f) => (
          <li key={`${f.ignoreKey}-${f.start}`} className={`finding severity-${f.severity}${f.ignored ? ' is-ignored' : ''}`} data-check={f.check}>
            <button type="button" className="finding-open" onClick={() => props.onOpen(f)} aria-label={`${t('review.findings.open', { row: f.rowIndex + 1, file: f.file })}: ${f.message}`}>
              <span className={`badge severity severity-${f.severity}`}>{t(`review.severity.${f.severity}`)}</span>
              <span className="finding-check">{t(`review.checks.${f.check}`)}</span>
              <span className="finding-where">{t('review.findings.where', { page: props.pages.findIndex((p) => p.documentId === f.documentId) + 1, row: f.rowIndex + 1 })}</span>
              <span className="finding-excerpt">
                {f.excerpt}
              </span>
              <span className="finding-message">{f.message}</span>
            </button>
            {f.ignored && <span className="badge">{t('review.findings.ignored')}</span>}
            <button
              type="button"
              className="finding-ignore"
              disabled={props.busy}
              onClick={() => props.onIgnore(f, !f.ignored)}
              aria-label={t(f.ignored ? 'review.findings.unignoreLabel' : 'review.findings.ignoreLabel', { message: f.message })}
            >
              {t(f.ignored ? 'review.findings.unignore' : 'review.findings.ignore')}
            </button>
          </li>
        ))}
      </ol>
      {props.total > props.findings.length && <p className="muted">{t('review.findings.more', { count: props.total - props.findings.length })}</p>}
    </section>
  );
}
