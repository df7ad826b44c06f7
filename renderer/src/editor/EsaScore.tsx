// The ESA score of the current row (Error Span Annotation): the error spans already marked on the row are shown as
// the context, then one 0–100 score is given with the slider or typed, and saved with Enter or the button. Spans
// come first in the protocol, but a row without errors is scored directly.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, StoredAnnotation } from '../../../src/api/contract';
import { useApiCall } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import './esa.css';

/** The protocol's anchors on the scale, shown under the slider. */
const ANCHORS = [0, 33, 66, 100] as const;

export interface EsaScoreProps {
  row: GridRow;
  /** The row's place in the document (0-based), to say which row is scored. */
  rowIndex: number;
  /** The score saved for the row, or null. */
  saved: number | null;
  /** The error spans marked on the row's sentences, with their text. */
  spans: Array<StoredAnnotation & { quote: string }>;
  onSave: (score: number | null) => void;
}

function parse(text: string): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const value = Number(text);
  return value <= 100 ? value : null;
}

export function EsaScore({ row, rowIndex, saved, spans, onSave }: EsaScoreProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(saved === null ? '' : String(saved));
  // Another row, or the saved score changed (an undo): start again from what is saved.
  useEffect(() => setDraft(saved === null ? '' : String(saved)), [row.id, saved]);
  const value = parse(draft);
  const invalid = draft.trim() !== '' && value === null;
  const save = () => {
    if (value !== null && value !== saved) onSave(value);
  };
  return (
    <section className="esa-score" aria-label={t('review.esa.label')} data-esa-row={row.id}>
      <h2 className="pane-heading">
        {t('review.esa.heading')} <span className="muted">{t('review.esa.row', { row: rowIndex + 1 })}</span>
      </h2>
      {spans.length === 0 ? (
        <p className="muted hint">{t('review.esa.noSpans')}</p>
      ) : (
        <ul className="esa-spans" aria-label={t('review.esa.spans')}>
          {spans.map((a) => (
            <li key={a.id}>
              <mark className={`sev-${a.severity}`}>{a.quote || '∅'}</mark> <span className="muted">{t(`severity.${a.severity}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="esa-controls"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          list="esa-anchors"
          aria-label={t('review.esa.slider')}
          value={value ?? saved ?? 50}
          onChange={(e) => setDraft(e.target.value)}
          onKeyUp={(e) => e.key === 'Enter' && save()}
        />
        <datalist id="esa-anchors">
          {ANCHORS.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          className="esa-number"
          aria-label={t('review.esa.number')}
          aria-invalid={invalid}
          placeholder="–"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" className="primary" disabled={value === null || value === saved}>
          {t('review.esa.save')}
        </button>
        <button type="button" disabled={saved === null} onClick={() => onSave(null)}>
          {t('review.esa.clear')}
        </button>
      </form>
      <p className={`hint${invalid ? ' error' : ' muted'}`} role={invalid ? 'alert' : undefined}>
        {invalid ? t('review.esa.invalid') : saved === null ? t('review.esa.unscored') : t('review.esa.saved', { score: saved })}
      </p>
      <p className="muted hint esa-anchors">{t('review.esa.anchors')}</p>
    </section>
  );
}

/** The panel for the cursor's row of a document: loads the document's scores and saves through the editor's call. */
export function RowEsaScore({ documentId, row, annotations, onSave }: {
  documentId: number;
  row: GridRow | undefined;
  /** The document's annotations as annotation.list gives them. */
  annotations: ReadonlyArray<StoredAnnotation & { quote: string }>;
  onSave: (linkId: number, score: number | null) => void;
}) {
  const { version } = useChanges();
  const scores = useApiCall('esa.list', { documentId }, version);
  if (!row || scores.state !== 'ready') return null;
  const saved = scores.value.find((s) => s.linkId === row.id)?.score ?? null;
  return <EsaScore row={row} rowIndex={row.index} saved={saved} spans={annotations.filter((a) => a.linkId === row.id)} onSave={(score) => onSave(row.id, score)} />;
}
