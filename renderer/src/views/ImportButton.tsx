// Import pages from files or folders chosen or dropped by a person, with progress, cancel and a summary.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { useChanges } from '../api/changes';

const PAGE_FILE = /\.(txt|html?|md)$/i;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function ImportButton() {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useChanges();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  // Folder picking is a non-standard attribute React does not type; set it on the element itself.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);
  const [progress, setProgress] = useState<{ job: string; done: number; total: number; label: string } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [dragging, setDragging] = useState(false);
  const job = useRef<string | null>(null);

  useEffect(() => api.on('progress', (p) => p.job === job.current && setProgress(p)), [api]);
  useEffect(() => api.on('command', ({ name }) => name === 'import' && input.current?.click()), [api]);

  const run = async (files: File[]) => {
    if (files.length === 0) return;
    job.current = `import-${Date.now()}`;
    setSummary(null);
    setProgress({ job: job.current, done: 0, total: files.length, label: '' });
    try {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
      setSummary(await api.send('corpus.import', { files: payload, job: job.current }));
    } catch (error) {
      setSummary({ job: job.current, imported: [], duplicates: [], failed: [{ file: '', reason: error instanceof Error ? error.message : String(error) }], cancelled: false });
    } finally {
      setProgress(null);
      job.current = null;
      bump();
    }
  };

  return (
    <div
      className={`import${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void run([...e.dataTransfer.files]);
      }}
    >
      <input ref={input} type="file" multiple hidden accept=".txt,.html,.htm,.md,.tmx,.xlf,.xliff,.tsv,.jsonl" data-testid="import-input" onChange={(e) => void run([...(e.target.files ?? [])])} />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(e) => void run([...(e.target.files ?? [])].filter((f) => PAGE_FILE.test(f.name)))}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={progress !== null}>
        {t('import.button')}
      </button>
      <button type="button" onClick={() => folderInput.current?.click()} disabled={progress !== null}>
        {t('import.folder')}
      </button>
      <span className="muted hint">{t('import.drop')}</span>
      {progress && (
        <div className="import-progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-label={t('import.progress')}>
          <span className="progress">
            <span style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
          </span>
          <span className="hint">{t('import.status', { done: progress.done, total: progress.total, label: progress.label })}</span>
          <button type="button" onClick={() => job.current && void api.send('corpus.cancelImport', { job: job.current })}>
            {t('import.cancel')}
          </button>
        </div>
      )}
      {summary && (
        <div className="import-summary" role="status" data-testid="import-summary">
          {summary.cancelled
            ? t('import.cancelled')
            : t('import.summary', { imported: summary.imported.length, duplicates: summary.duplicates.length, failed: summary.failed.length })}
          {summary.failed.map((f) => (
            <div key={f.file} className="entry-error">
              {f.file} {f.reason}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
