import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, LinkSentence, StoredAnnotation } from '../../../src/api/contract';
import { SentenceEditor } from '../editor/SentenceEditor';
import { WordDiff } from '../editor/WordDiff';
import { SentenceText } from './SentenceText';

type Side = 'translation' | 'original';

export interface RowHandlers {
  onSelect(index: number, side: Side, sentence: number): void;
  /** Opens the editor for the translation of a row that has only the original. */
  onAddTranslation(index: number, linkId: number): void;
  onSave(sentenceId: number, text: string): void;
  onCancelEdit(): void;
  onRevert(sentenceId: number): void;
}

function confidenceClass(score: number | null): string {
  if (score === null) return 'score-none';
  return score >= 0.75 ? 'score-sure' : score >= 0.45 ? 'score-unsure' : 'score-doubtful';
}

interface SentenceProps {
  sentence: LinkSentence;
  active: boolean;
  editing: boolean;
  showDiff: boolean;
  annotations: StoredAnnotation[];
  handlers: RowHandlers;
  onClick: () => void;
}

function SentenceView({ sentence, active, editing, showDiff, annotations, handlers, onClick }: SentenceProps) {
  const { t } = useTranslation();
  return (
    <div className={`piece${active ? ' active' : ''}`} data-sentence={sentence.id} onClick={onClick}>
      <span className="badges">
        <span className={`badge role-${sentence.role}`}>{t(`role.${sentence.role}`)}</span>
        <span className="badge lang">{sentence.lang === null ? t('lang.none') : sentence.lang}</span>
        {sentence.edited && <span className="badge edited">{t('grid.edited')}</span>}
        {annotations.length > 0 && <span className="badge annotated">{t('grid.annotations', { count: annotations.length })}</span>}
      </span>
      {editing ? (
        <SentenceEditor
          sentence={sentence}
          onSave={(text) => handlers.onSave(sentence.id, text)}
          onCancel={handlers.onCancelEdit}
          onRevert={() => handlers.onRevert(sentence.id)}
        />
      ) : sentence.edited && showDiff ? (
        <WordDiff before={sentence.originalText} after={sentence.text} lang={sentence.lang} />
      ) : (
        <SentenceText text={sentence.text} lang={sentence.lang} annotations={annotations} />
      )}
    </div>
  );
}

export interface LinkRowViewProps {
  row: GridRow;
  /** Language of the translated side, for text written into an untranslated row. */
  translationLang: string;
  focused: boolean;
  cursor: { side: Side; sentence: number } | null;
  editingId: number | null;
  showDiff: boolean;
  annotationsOf: (sentenceId: number) => StoredAnnotation[];
  /** Messages of the automatic checks that flag this row. */
  findingsOf: (rowIndex: number) => string[];
  handlers: RowHandlers;
}

export const LinkRowView = memo(function LinkRowView({ row, translationLang, focused, cursor, editingId, showDiff, annotationsOf, findingsOf, handlers }: LinkRowViewProps) {
  const { t } = useTranslation();
  const findings = findingsOf(row.index);
  const side = (name: Side) =>
    row[name].map((s, i) => (
      <SentenceView
        key={s.id}
        sentence={s}
        active={focused && cursor?.side === name && cursor.sentence === i}
        editing={editingId === s.id}
        showDiff={showDiff}
        annotations={annotationsOf(s.id)}
        handlers={handlers}
        onClick={() => handlers.onSelect(row.index, name, i)}
      />
    ));
  return (
    <div
      className={`row state-${row.state}${row.boilerplate ? ' boilerplate' : ''}${focused ? ' focused' : ''}`}
      role="row"
      aria-selected={focused}
      data-row={row.index}
      data-link={row.id}
      data-state={row.state}
    >
      <div className="cell gutter" role="cell" onClick={() => handlers.onSelect(row.index, cursor?.side ?? 'translation', 0)}>
        <span className="row-number">{row.index + 1}</span>
        <span className={`state-dot ${row.state}`} title={t(`state.${row.state}`)} aria-label={t(`state.${row.state}`)} />
        <span className="link-shape">{`${row.translation.length}:${row.original.length}`}</span>
        {findings.length > 0 && (
          <span className="qa-flag" title={findings.join('\n')} aria-label={t('grid.findings', { count: findings.length })} data-testid="qa-flag">
            {t('grid.qa')}
          </span>
        )}
      </div>
      <div className="cell translation" role="cell">
        {side('translation')}
        {row.translation.length === 0 && row.original.length > 0 && !row.boilerplate && (
          editingId === -row.id ? (
            <SentenceEditor
              sentence={{ id: -row.id, key: '', documentId: 0, text: '', originalText: '', edited: false, role: row.original[0]!.role, lang: translationLang, annotations: 0 }}
              onSave={(text) => handlers.onSave(-row.id, text)}
              onCancel={handlers.onCancelEdit}
              onRevert={handlers.onCancelEdit}
            />
          ) : (
            <button type="button" className="add-translation" onClick={() => handlers.onAddTranslation(row.index, row.id)}>
              {t('grid.addTranslation')}
            </button>
          )
        )}
      </div>
      <div className={`cell original ${confidenceClass(row.score)}`} role="cell">
        {side('original')}
        {row.score !== null && (
          <span className="score" title={t('grid.score', { score: row.score.toFixed(2) })}>
            {row.score.toFixed(2)}
          </span>
        )}
      </div>
    </div>
  );
});
