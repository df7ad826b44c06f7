// The quality report of the corpus and its pages: scores, counts of checks by kind, charts, and the findings.
// Every number leads to the rows behind it: a page opens in the editor, a check or a page's count filters the
// findings, a confidence bar or the share confirmed lists its rows, and each finding or row opens its row.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import { useKeptReview } from '../api/useKeptReview';
import type { ApiArgs } from '../../../src/api/contract';
import type { ReviewFinding } from '../../../src/api/contract';
import { BarChart } from './BarChart';
import { ExportDialog } from './ExportDialog';
import { FindingsList, type FindingFilter } from './FindingsList';
import { PageTable } from './PageTable';
import { RowsList } from './RowsList';
import { ScoreCards } from './ScoreCards';
import './review.css';

const FINDINGS_SHOWN = 300;

export function ReviewView({ onOpenRow }: { onOpenRow: (documentId: number, row: number) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { version, bump } = useChanges();
  const report = useKeptReview('review.report', {}, version);
  const [filter, setFilter] = useState<FindingFilter>({ check: null, page: null, ignored: false });
  const findings = useKeptReview(
    'review.findings',
    { ...(filter.check ? { check: filter.check } : {}), ...(filter.page !== null ? { pages: [filter.page] } : {}), includeIgnored: filter.ignored, limit: FINDINGS_SHOWN },
    version,
  );
  const [rows, setRows] = useState<{ query: ApiArgs['review.rows']; heading: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const [busy, setBusy] = useState(false);

  const ignore = useCallback(
    async (f: ReviewFinding, on: boolean) => {
      setBusy(true);
      try {
        await api.send(on ? 'review.ignore' : 'review.unignore', { keys: [f.ignoreKey] });
        bump();
      } finally {
        setBusy(false);
      }
    },
    [api, bump],
  );
  const showFindings = (next: Partial<FindingFilter>) => {
    setRows(null);
    setFilter((f) => ({ ...f, ...next }));
    requestAnimationFrame(() => document.getElementById('findings-heading')?.scrollIntoView({ block: 'start' }));
  };

  if (report.state === 'error') return <p className="status error" role="alert">{t('review.error', { message: report.message })}</p>;
  if (report.state === 'loading') return <p className="status" aria-live="polite">{t('review.loading')}</p>;
  const r = report.value;
  // Checks that found something (all of them when none did, so the chart still says so).
  const charted = r.checks.some((c) => c.count > 0) ? r.checks.filter((c) => c.count > 0) : r.checks;
  const scored = r.confidence.edges.map((edge, i) => ({ from: edge, to: r.confidence.edges[i + 1] ?? 1 }));
  return (
    <div className="review">
      <header className="review-head">
        <h2 className="doc-title">{t('review.heading')}</h2>
        <span className="muted">{t('review.scope', { pages: r.pages.length, rows: r.corpus.units })}</span>
        <span className="spacer" />
        <button type="button" onClick={bump}>
          {t('review.refresh')}
        </button>
        <button type="button" className="primary" onClick={() => setExporting((x) => !x)} aria-expanded={exporting}>
          {t('review.export.button')}
        </button>
      </header>
      {exporting && <ExportDialog page={filter.page} onClose={() => setExporting(false)} />}
      <section aria-label={t('review.corpus')}>
        <ScoreCards
          scores={r.corpus}
          onConfirmed={() => setRows({ query: { state: 'confirmed' }, heading: t('review.scores.confirmedHint', { confirmed: r.corpus.confirmed, units: r.corpus.units }) })}
          onFindings={() => showFindings({ check: null, page: null })}
        />
      </section>
      <div className="review-charts">
        <BarChart
          title={t('review.charts.confidence')}
          label={t('review.charts.confidenceLabel')}
          valueLabel={t('review.charts.rows')}
          bars={scored.map((b, i) => ({
            label: `${b.from.toFixed(1)}–${b.to.toFixed(1)}`,
            value: r.confidence.counts[i] ?? 0,
            action: t('review.rows.heading', { from: b.from.toFixed(1), to: b.to.toFixed(1) }),
            tone: b.from >= 0.7 ? 'sure' : b.from >= 0.4 ? 'unsure' : 'doubtful',
          }))}
          onPick={(i) => {
            const b = scored[i]!;
            setRows({ query: { minScore: b.from, maxScore: b.to }, heading: t('review.rows.heading', { from: b.from.toFixed(1), to: b.to.toFixed(1) }) });
          }}
        />
        <BarChart
          title={t('review.charts.mqmByPage')}
          label={t('review.charts.mqmByPageLabel')}
          valueLabel={t('review.charts.score')}
          bars={r.pages.map((p, i) => ({ label: String(i + 1), value: Number((p.mqm.score ?? 0).toFixed(1)), action: t('review.pages.open', { file: p.file }), tone: (p.mqm.score ?? 100) < 90 ? 'doubtful' : 'accent' }))}
          onPick={(i) => onOpenRow(r.pages[i]!.documentId, 0)}
        />
        <BarChart
          title={t('review.charts.checksByKind')}
          label={t('review.charts.checksByKindLabel')}
          valueLabel={t('review.charts.count')}
          horizontal
          bars={charted.map((c) => ({ label: t(`review.checks.${c.id}`), value: c.count, action: t('review.checks.show', { title: t(`review.checks.${c.id}`) }), tone: c.severity === 'major' || c.severity === 'critical' ? 'doubtful' : 'unsure' }))}
          onPick={(i) => showFindings({ check: charted[i]!.id })}
        />
      </div>
      {r.confidence.unscored > 0 && (
        <p className="hint">
          <button type="button" className="link" onClick={() => setRows({ query: { unscored: true }, heading: t('review.rows.headingUnscored') })}>
            {t('review.charts.unscored', { count: r.confidence.unscored })}
          </button>
        </p>
      )}
      {rows && <RowsList query={rows.query} heading={rows.heading} onOpen={onOpenRow} onClose={() => setRows(null)} version={version} />}
      <section className="review-checks" aria-label={t('review.checks.heading')}>
        <h3 className="pane-heading">{t('review.checks.heading')}</h3>
        <ul className="check-counts">
          {r.checks
            .filter((c) => c.count > 0)
            .map((c) => (
              <li key={c.id}>
                <button type="button" className="check-count" aria-pressed={filter.check === c.id} onClick={() => showFindings({ check: filter.check === c.id ? null : c.id })} aria-label={t('review.checks.show', { title: t(`review.checks.${c.id}`) })}>
                  <span className={`badge severity severity-${c.severity}`}>{c.count}</span> {t(`review.checks.${c.id}`)}
                </button>
              </li>
            ))}
        </ul>
      </section>
      <PageTable pages={r.pages} selected={filter.page} onOpen={(id) => onOpenRow(id, 0)} onFindings={(id) => showFindings({ page: id })} />
      {findings.state === 'ready' ? (
        <FindingsList
          findings={findings.value.findings}
          total={findings.value.total}
          pages={r.pages}
          filter={filter}
          onFilter={setFilter}
          onOpen={(f) => onOpenRow(f.documentId, f.rowIndex)}
          onIgnore={ignore}
          busy={busy}
        />
      ) : (
        <p className="status">{findings.state === 'error' ? t('review.error', { message: findings.message }) : t('review.loading')}</p>
      )}
    </div>
  );
}
