// One line under the grid: how many rows (and how many a filter shows), how many are confirmed and rejected,
// QA findings, picked rows, the last message, and whether every change is saved.
import { useTranslation } from 'react-i18next';
import type { DocumentView } from '../../../src/api/contract';

export interface StatusBarProps {
  view: DocumentView;
  shown: number | null;
  /** With a filter on: whether the QA findings it used are older than the page (a newer review is coming). */
  filtered: { findingsStale: boolean } | null;
  findings: number | null;
  picked: number;
  message: { kind: 'error' | 'info'; text: string } | null;
  saving: boolean;
  savedAt: Date | null;
  failed: boolean;
}

export function StatusBar({ view, shown, filtered, findings, picked, message, saving, savedAt, failed }: StatusBarProps) {
  const { t, i18n } = useTranslation();
  const saved = saving
    ? t('statusBar.saving')
    : failed
      ? t('statusBar.notSaved')
      : savedAt
        ? t('statusBar.savedAt', { time: savedAt.toLocaleTimeString(i18n.language) })
        : t('statusBar.allSaved');
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-rows">
        {filtered && shown !== null ? t('statusBar.shown', { shown, total: view.rowCount }) : t('statusBar.rows', { count: view.rowCount })}
        {filtered?.findingsStale && <span className="warn">{' '}{t('statusBar.findingsStale')}</span>}
      </span>
      <span data-testid="status-confirmed">{t('statusBar.confirmed', { n: view.states.confirmed })}</span>
      {view.states.rejected > 0 && <span>{t('statusBar.rejected', { n: view.states.rejected })}</span>}
      {findings !== null && <span data-testid="status-findings">{t('statusBar.findings', { count: findings })}</span>}
      {picked > 1 && <span className="picked-count" data-testid="status-picked">{t('statusBar.picked', { n: picked })}</span>}
      <span className={`message ${message?.kind ?? ''}`} role="status" aria-live="polite" data-testid="editor-message">
        {message?.text ?? ''}
      </span>
      <span className={`saved${failed ? ' failed' : ''}`} data-testid="status-saved">
        {saved}
      </span>
    </footer>
  );
}
