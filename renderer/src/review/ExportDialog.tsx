// Export of the aligned corpus: format and filters, then corpus.export with a progress bar. In the window the person
// names the file, and one that exists is only replaced when the box says so. In browser mode the page may not name
// a file on the server (that would make the API token a licence to write anywhere): the server prepares the export
// and the browser downloads it. The app's refusal is shown as it comes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { ExportSummary } from '../../../src/api/contract';

const FORMATS = ['tmx', 'xliff', 'tsv', 'moses', 'jsonl'] as const;
const ROLES = ['title', 'body', 'caption', 'byline', 'author', 'site', 'related', 'source', 'ad', 'comments', 'nav'] as const;

type Outcome = { kind: 'done'; summary: ExportSummary } | { kind: 'error'; message: string } | null;

/** Hands a prepared file to the browser's own download (a link the page clicks; the server sends it as an attachment). */
function saveInBrowser(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

export function ExportDialog({ page, onClose }: { page: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  // No path is typed here: the window asks with the system's save dialog, browser mode downloads.
  const downloadUrl = api.downloadUrl;
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('tmx');
  const [confirmed, setConfirmed] = useState(false);
  // Training data holds real sentence pairs unless the person asks for every row.
  const [pairsOnly, setPairsOnly] = useState(true);
  const [minScore, setMinScore] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [onlyPage, setOnlyPage] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // One id per run, cleared when the run ends: a progress event that arrives late (server-sent events travel
  // apart from the answer) must not bring back the progress bar and leave the button disabled.
  const job = useRef<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  useEffect(() => api.on('progress', (p) => p.job === job.current && setProgress({ done: p.done, total: p.total })), [api]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setOutcome(null);
    setProgress({ done: 0, total: 0 });
    const run = `export-${Math.random().toString(36).slice(2)}`;
    job.current = run;
    const score = minScore.trim() === '' ? undefined : Number(minScore);
    try {
      const summary = await api.send('corpus.export', {
        format,
        job: run,
        filters: {
          pairsOnly,
          ...(confirmed ? { confirmed: true } : {}),
          ...(score !== undefined && Number.isFinite(score) ? { minScore: score } : {}),
          ...(roles.length > 0 ? { roles: roles as Array<(typeof ROLES)[number]> } : {}),
          ...(onlyPage && page !== null ? { pages: [page] } : {}),
        },
      });
      if (downloadUrl) for (const d of summary.downloads ?? []) saveInBrowser(downloadUrl(d.id), d.name);
      setOutcome({ kind: 'done', summary });
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  return (
    <div className="export-dialog" role="dialog" aria-modal="false" aria-labelledby="export-heading">
      <form onSubmit={submit}>
        <h3 id="export-heading" className="pane-heading">{t('review.export.heading')}</h3>
        <label className="field">
          <span className="field-label">{t('review.export.format')}</span>
          <select ref={first} value={format} onChange={(e) => setFormat(e.target.value as (typeof FORMATS)[number])}>
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`review.export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{t(downloadUrl ? 'review.export.downloadHint' : 'review.export.saveHint')}</p>
        <fieldset className="export-filters">
          <label className="field">
            <input type="checkbox" checked={pairsOnly} onChange={(e) => setPairsOnly(e.target.checked)} />
            <span>{t('review.export.pairsOnly')}</span>
          </label>
          <label className="field">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <span>{t('review.export.confirmed')}</span>
          </label>
          <label className="field">
            <span className="field-label">{t('review.export.minScore')}</span>
            <input type="number" min={0} max={1} step={0.05} value={minScore} onChange={(e) => setMinScore(e.target.value)} className="narrow" />
          </label>
          <label className="field">
            <span className="field-label">{t('review.export.roles')}</span>
            <select multiple size={4} value={roles} onChange={(e) => setRoles([...e.target.selectedOptions].map((o) => o.value))} aria-label={t('review.export.roles')}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
          </label>
          {page !== null && (
            <label className="field">
              <input type="checkbox" checked={onlyPage} onChange={(e) => setOnlyPage(e.target.checked)} />
              <span>{t('review.export.pages')}</span>
            </label>
          )}
        </fieldset>
        {progress && (
          <div className="export-progress">
            <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('review.export.progress')} />
            <span className="hint">{t('review.export.status', { done: progress.done, total: progress.total })}</span>
          </div>
        )}
        {outcome?.kind === 'done' && (
          <p className="status ok" role="status">
            {outcome.summary.files.length === 0
              ? t('review.export.notSaved')
              : t(outcome.summary.downloads ? 'review.export.downloaded' : 'review.export.done', { units: outcome.summary.units, files: outcome.summary.files.join(', ') })}
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p className="status error" role="alert">
            {t('review.export.failed', { message: outcome.message })}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={progress !== null}>
            {t('review.export.start')}
          </button>
          <button type="button" onClick={onClose}>
            {t('review.export.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
