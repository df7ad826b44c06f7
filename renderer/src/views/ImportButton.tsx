// Import pages from files or folders chosen or dropped by a person, with progress, cancel and a summary. When the
// files hold source/translation pairs, each pair's direction is shown first, to confirm or swap.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import { pairCandidates, toBase64 } from './importPairs';
import { PairDirections, type PreviewPair } from './PairDirections';

// What a folder may hold that import reads: pages, and corpus files imported as units.
const IMPORTABLE_FILE = /\.(txt|html?|md|tmx|xlf|xliff|tsv|jsonl)$/i;

const payloadOf = (files: readonly File[]) => Promise.all(files.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));

/** Files waiting for the person to confirm the direction of their pairs. */
interface Pending {
  files: File[];
  pairs: PreviewPair[];
  failed: Array<{ file: string; reason: string }>;
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
  const [pending, setPending] = useState<Pending | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const job = useRef<string | null>(null);

  useEffect(() => api.on('progress', (p) => p.job === job.current && setProgress(p)), [api]);
  useEffect(() => api.on('command', ({ name }) => name === 'import' && input.current?.click()), [api]);

  const importFiles = async (files: File[], directions: Array<{ original: string; translation: string }>) => {
    job.current = `import-${Date.now()}`;
    setSummary(null);
    setProgress({ job: job.current, done: 0, total: files.length, label: '' });
    try {
      setSummary(await api.send('corpus.import', { files: await payloadOf(files), job: job.current, directions }));
    } catch (error) {
      setSummary({ job: job.current, imported: [], duplicates: [], failed: [{ file: '', reason: error instanceof Error ? error.message : String(error) }], cancelled: false });
    } finally {
      setProgress(null);
      job.current = null;
      bump();
    }
  };

  /** Single pages import at once; files that may hold pairs are read by a dry run first, to show each direction. */
  const run = async (files: File[]) => {
    if (files.length === 0) return;
    const candidates = pairCandidates(files);
    if (candidates.length === 0) return importFiles(files, []);
    setSummary(null);
    setPreviewing(true);
    try {
      const preview = await api.send('corpus.previewImport', { files: await payloadOf(candidates) });
      const pairs = preview.documents.filter((d): d is PreviewPair => d.kind === 'pair');
      if (pairs.length === 0 && preview.failed.length === 0) return importFiles(files, []);
      setPending({ files, pairs, failed: preview.failed });
    } catch (error) {
      setSummary({ job: '', imported: [], duplicates: [], failed: [{ file: '', reason: error instanceof Error ? error.message : String(error) }], cancelled: false });
    } finally {
      setPreviewing(false);
    }
  };

  const swap = (index: number) =>
    setPending((p) => p && { ...p, pairs: p.pairs.map((pair, i) => (i === index ? { ...pair, original: pair.translation, translation: pair.original, decidedBy: 'person' } : pair)) });
  const confirm = () => {
    if (!pending) return;
    setPending(null);
    void importFiles(pending.files, pending.pairs.map((p) => ({ original: p.original.source, translation: p.translation.source })));
  };
  const busy = progress !== null || previewing || pending !== null;

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
        onChange={(e) => void run([...(e.target.files ?? [])].filter((f) => IMPORTABLE_FILE.test(f.name)))}
      />
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        {t('import.button')}
      </button>
      <button type="button" onClick={() => folderInput.current?.click()} disabled={busy}>
        {t('import.folder')}
      </button>
      <span className="muted hint">{t('import.drop')}</span>
      {previewing && (
        <span className="hint" role="status">
          {t('direction.reading')}
        </span>
      )}
      {pending && (
        <PairDirections
          pairs={pending.pairs}
          others={pending.files.filter((f) => !pending.pairs.some((p) => p.original.source === f.name || p.translation.source === f.name)).length}
          failed={pending.failed}
          onSwap={swap}
          onImport={confirm}
          onCancel={() => setPending(null)}
        />
      )}
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
