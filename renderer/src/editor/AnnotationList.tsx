import { useTranslation } from 'react-i18next';
import type { MqmTaxonomy, StoredAnnotation } from '../../../src/api/contract';

export function AnnotationList({ annotations, taxonomy, onUpdate, onDelete, onJump }: {
  /** As annotation.list gives them: with the quoted text and the 0-based index of their row. */
  annotations: Array<StoredAnnotation & { quote: string; rowIndex: number }>;
  taxonomy: MqmTaxonomy;
  onUpdate: (id: number, patch: { severity?: MqmTaxonomy['severities'][number]['id']; comment?: string }) => void;
  onDelete: (id: number) => void;
  onJump: (linkId: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="annotation-list" aria-label={t('annotation.listLabel')}>
      <h2 className="pane-heading">
        {t('annotation.listLabel')} <span className="muted">{annotations.length}</span>
      </h2>
      {annotations.length === 0 && <p className="muted">{t('annotation.none')}</p>}
      <ul>
        {annotations.map((a) => (
          <li key={a.id} className={`annotation sev-${a.severity}`} data-annotation={a.id}>
            <button type="button" className="link" onClick={() => onJump(a.linkId)}>
              <span className="annotation-row">{t('annotation.row', { row: a.rowIndex + 1 })}</span>
              {t(`mqm.${a.category.replace('/', '.')}`)}
            </button>
            <q>{a.quote}</q>
            <select aria-label={t('annotation.severity')} value={a.severity} onChange={(e) => onUpdate(a.id, { severity: e.target.value as StoredAnnotation['severity'] })}>
              {taxonomy.severities.map((s) => (
                <option key={s.id} value={s.id}>
                  {t(`severity.${s.id}`)}
                </option>
              ))}
            </select>
            <input
              aria-label={t('annotation.comment')}
              defaultValue={a.comment}
              onKeyDown={(e) => e.stopPropagation()}
              onBlur={(e) => e.target.value !== a.comment && onUpdate(a.id, { comment: e.target.value })}
            />
            <button type="button" aria-label={t('annotation.delete')} onClick={() => onDelete(a.id)}>
              {t('annotation.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
