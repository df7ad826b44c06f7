import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, LinkSentence, Side, StoredAnnotation } from '../../../src/api/contract';
import { SentenceEditor } from '../editor/SentenceEditor';
import { SplitCells } from '../editor/SplitCells';
import type { SplitChoice } from '../editor/splitChoice';
import { WordDiff } from '../editor/WordDiff';
import { bandOf } from './rowFilter';
import { SentenceText, type Span } from './SentenceText';

type LinkState = GridRow['state'];

export interface RowHandlers {
  /** A click on a row or one of its sentences; `place` is the row's place in the grid as shown. */
  onSelect(place: number, side: Side, sentence: number, modifiers: { shift: boolean; ctrl: boolean }): void;
  /** Opens the editor for the translation of a row that has only the original. */
  onAddTranslation(place: number, linkId: number): void;
  onSave(sentenceId: number, text: string): void;
  onCancelEdit(): void;
  onRevert(sentenceId: number): void;
  /** Splits a row in split mode where the person chose; resolves when the server has answered. */
  onSplit(linkId: number, choice: SplitChoice): Promise<unknown>;
  onCancelSplit(): void;
}

const BAND_CLASS = { high: 'score-sure', medium: 'score-unsure', low: 'score-doubtful', unscored: 'score-none' } as const;

const modifiersOf = (e: React.MouseEvent) => ({ shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey });

interface SentenceProps {
  sentence: LinkSentence;
  /** The column's language: a sentence in it needs no language badge. */
  columnLang: string;
  active: boolean;
  editing: boolean;
  showDiff: boolean;
  annotations: StoredAnnotation[];
  hit: Span | undefined;
  handlers: RowHandlers;
  onClick: (e: React.MouseEvent) => void;
}

function SentenceView({ sentence, columnLang, active, editing, showDiff, annotations, hit, handlers, onClick }: SentenceProps) {
  const { t } = useTranslation();
  // Badges only where they tell something: body text in the column's language carries none.
  const badges = [
    sentence.role !== 'body' && <span key="role" className={`badge role-${sentence.role}`}>{t(`role.${sentence.role}`)}</span>,
    sentence.lang !== columnLang && <span key="lang" className="badge lang">{sentence.lang === null ? t('lang.none') : sentence.lang}</span>,
    sentence.edited && <span key="edited" className="badge edited">{t('grid.edited')}</span>,
    annotations.length > 0 && <span key="notes" className="badge annotated">{t('grid.annotations', { count: annotations.length })}</span>,
  ].filter(Boolean);
  return (
    <div className={`piece${active ? ' active' : ''}`} data-sentence={sentence.id} onClick={onClick}>
      {badges.length > 0 && <span className="badges">{badges}</span>}
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
        <SentenceText text={sentence.text} lang={sentence.lang} annotations={annotations} hit={hit} />
      )}
    </div>
  );
}

export interface LinkRowViewProps {
  row: GridRow;
  /** The row's place in the grid as shown (differs from row.index under a filter). */
  place: number;
  languages: { translation: string; original: string };
  focused: boolean;
  /** Takes part in Tab order (the roving tabindex: one row of the grid at a time). */
  tabbable: boolean;
  picked: boolean;
  flashing: boolean;
  /** What a rejected row was before it was rejected here, shown so the rejection does not hide it. */
  stateBefore: LinkState | undefined;
  cursor: { side: Side; sentence: number } | null;
  editingId: number | null;
  /** The row (link id) in split mode, if any. */
  splittingId: number | null;
  showDiff: boolean;
  annotationsOf: (sentenceId: number) => StoredAnnotation[];
  /** Messages of the automatic checks that flag this row. */
  findingsOf: (rowIndex: number) => string[];
  /** The search hit inside a sentence, to highlight. */
  hitOf: (sentenceId: number) => Span | undefined;
  handlers: RowHandlers;
}

export const LinkRowView = memo(function LinkRowView(props: LinkRowViewProps) {
  const { row, place, languages, focused, tabbable, picked, flashing, stateBefore, cursor, editingId, splittingId, showDiff, annotationsOf, findingsOf, hitOf, handlers } = props;
  const { t } = useTranslation();
  const findings = findingsOf(row.index);
  const side = (name: Side) =>
    row[name].map((s, i) => (
      <SentenceView
        key={s.id}
        sentence={s}
        columnLang={languages[name]}
        active={focused && cursor?.side === name && cursor.sentence === i}
        editing={editingId === s.id}
        showDiff={showDiff}
        annotations={annotationsOf(s.id)}
        hit={hitOf(s.id)}
        handlers={handlers}
        onClick={(e) => handlers.onSelect(place, name, i, modifiersOf(e))}
      />
    ));
  const shape = `${row.translation.length}:${row.original.length}`;
  const splitting = splittingId === row.id;
  const classes = ['row', `state-${row.state}`, row.boilerplate && 'boilerplate', focused && 'focused', picked && 'picked', flashing && 'flash', splitting && 'splitting'].filter(Boolean).join(' ');
  const stateTitle = row.state === 'rejected' && stateBefore && stateBefore !== 'proposed' ? t('grid.rejectedWas', { state: t(`state.${stateBefore}`) }) : t(`state.${row.state}`);
  return (
    <div
      className={classes}
      role="row"
      tabIndex={tabbable ? 0 : -1}
      aria-selected={picked || focused}
      aria-rowindex={row.index + 1}
      aria-label={t('grid.rowLabel', { row: row.index + 1, state: stateTitle })}
      data-row={row.index}
      data-place={place}
      data-link={row.id}
      data-state={row.state}
    >
      <div className="cell gutter" role="gridcell" onClick={(e) => handlers.onSelect(place, cursor?.side ?? 'translation', 0, modifiersOf(e))}>
        <span className="row-number">{row.index + 1}</span>
        <span className={`state-dot ${row.state}${stateBefore && row.state === 'rejected' ? ` was-${stateBefore}` : ''}`} title={stateTitle} aria-label={stateTitle} />
        {/* An empty side shows itself; the shape says something only when both sides hold sentences. */}
        {shape !== '1:1' && row.translation.length > 0 && row.original.length > 0 && <span className="link-shape">{shape}</span>}
        {findings.length > 0 && (
          <span className="qa-flag" title={findings.join('\n')} aria-label={t('grid.findings', { count: findings.length })} data-testid="qa-flag">
            {t('grid.qa')}
          </span>
        )}
      </div>
      {splitting ? (
        <SplitCells key={row.id} row={row} start={cursor ?? { side: 'translation', sentence: 0 }} onApply={(choice) => handlers.onSplit(row.id, choice)} onCancel={handlers.onCancelSplit} />
      ) : (
        <>
          <div className="cell translation" role="gridcell">
            {side('translation')}
            {row.translation.length === 0 && row.original.length > 0 && !row.boilerplate && (
              editingId === -row.id ? (
                <SentenceEditor
                  sentence={{ id: -row.id, key: '', documentId: 0, text: '', originalText: '', edited: false, role: row.original[0]!.role, lang: languages.translation, annotations: 0 }}
                  onSave={(text) => handlers.onSave(-row.id, text)}
                  onCancel={handlers.onCancelEdit}
                  onRevert={handlers.onCancelEdit}
                />
              ) : (
                <button type="button" className="add-translation" tabIndex={focused ? 0 : -1} onClick={() => handlers.onAddTranslation(place, row.id)}>
                  {t('grid.addTranslation')}
                </button>
              )
            )}
          </div>
          <div className={`cell original ${BAND_CLASS[bandOf(row.score)]}`} role="gridcell">
            {side('original')}
            {row.score !== null && (
              <span className="score" title={t('grid.score', { score: row.score.toFixed(2) })}>
                {row.score.toFixed(2)}
              </span>
            )}
          </div>
        </>
      )}
    </div>
  );
});
