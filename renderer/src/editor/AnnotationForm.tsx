import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MqmTaxonomy } from '../../../src/api/contract';
import type { Editor } from './useEditor';

export function AnnotationForm({ target, taxonomy, onSave, onCancel }: {
  target: NonNullable<Editor['annotating']>;
  taxonomy: MqmTaxonomy;
  onSave: (value: { category: string; severity: MqmTaxonomy['severities'][number]['id']; comment: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const leaves = taxonomy.categories.filter((c) => !taxonomy.categories.some((other) => other.parent === c.id));
  const [category, setCategory] = useState(leaves[0]?.id ?? 'other');
  const [severity, setSeverity] = useState<MqmTaxonomy['severities'][number]['id']>('minor');
  const [comment, setComment] = useState('');
  const span = target.sentence.text.slice(target.start, target.end);
  return (
    <form
      className="annotation-form"
      aria-label={t('annotation.formLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ category, severity, comment });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        e.stopPropagation();
      }}
    >
      <div className="annotation-span">
        <span className="muted">{t('annotation.span')}</span> <mark className={`sev-${severity}`}>{span}</mark>
      </div>
      <label className="field">
        <span className="field-label">{t('annotation.category')}</span>
        <select autoFocus aria-label={t('annotation.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
          {leaves.map((c) => (
            <option key={c.id} value={c.id}>
              {t(`mqm.${c.id.replace('/', '.')}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="severity">
        <legend className="field-label">{t('annotation.severity')}</legend>
        {taxonomy.severities.map((s) => (
          <label key={s.id}>
            <input type="radio" name="severity" value={s.id} checked={severity === s.id} onChange={() => setSeverity(s.id)} />
            {t(`severity.${s.id}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">{t('annotation.comment')}</span>
        <input aria-label={t('annotation.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="editor-buttons">
        <button type="submit" className="primary">
          {t('annotation.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
