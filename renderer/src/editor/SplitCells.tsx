// Split mode of one row: the gaps between the sentences of each side as a radio group, the two rows the chosen
// gaps make, and Apply/Cancel. Rendered in place of the row's two text cells, so the row keeps its place,
// number and focus; the keys are those of splitChoice.ts, and Tab walks the two sides and the buttons in a
// circle until the split is applied or left.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow, LinkSentence, Side } from '../../../src/api/contract';
import { commandedChoice, initialSplit, setGap, splitCommandFor, splitPreview, splitProblem, type SplitChoice } from './splitChoice';
import './split.css';

const SIDES = ['translation', 'original'] as const;
const otherSide = (side: Side): Side => (side === 'translation' ? 'original' : 'translation');

export interface SplitCellsProps {
  row: GridRow;
  /** The cursor's side and sentence when split mode opened: where the first gaps are put. */
  start: { side: Side; sentence: number };
  /** Splits the row; resolves once the server has answered (split mode then closes from outside). */
  onApply(choice: SplitChoice): Promise<unknown>;
  onCancel(): void;
}

export function SplitCells({ row, start, onApply, onCancel }: SplitCellsProps) {
  const { t } = useTranslation();
  const shape = { translation: row.translation.length, original: row.original.length };
  const [choice, setChoice] = useState<SplitChoice>(() => initialSplit(shape, start.side, start.sentence));
  // The side the arrow keys act on; focus follows it when it changes from the keyboard.
  const [side, setSide] = useState<Side>(() => (shape[start.side] > 0 ? start.side : otherSide(start.side)));
  const [focusTick, setFocusTick] = useState(0);
  const busy = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const problem = splitProblem(shape, choice);
  const [first, second] = splitPreview(row, choice);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>(`[data-side="${side}"] [aria-checked="true"]`)?.focus({ preventScroll: true });
    // Only a keyboard move (or opening) moves focus; a click has put it on the clicked gap already.
  }, [focusTick]);

  const apply = () => {
    if (problem || busy.current) return;
    busy.current = true;
    void onApply(choice).finally(() => (busy.current = false));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Tab') return wrapTab(e);
    const command = e.ctrlKey || e.metaKey || e.altKey ? null : splitCommandFor(e.key);
    if (!command) return;
    // Enter on Cancel cancels, as a button's own Enter should.
    if (command.kind === 'apply' && (e.target as HTMLElement).dataset.split === 'cancel') return;
    e.preventDefault();
    e.stopPropagation();
    if (command.kind === 'apply') return apply();
    if (command.kind === 'cancel') return onCancel();
    const target = command.kind === 'otherSide' ? otherSide(side) : side;
    setSide(target);
    setChoice(commandedChoice(shape, choice, target, command));
    setFocusTick((n) => n + 1);
  };

  /** Tab past the last control comes back to the first, and Shift+Tab the other way: the row is a small dialog. */
  const wrapTab = (e: KeyboardEvent<HTMLDivElement>) => {
    const stops = [...(root.current?.querySelectorAll<HTMLElement>('[role="radio"][tabindex="0"], button[data-split]') ?? [])];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const wrapTo = e.shiftKey ? (at === 0 ? stops[stops.length - 1] : undefined) : at === stops.length - 1 ? stops[0] : undefined;
    if (!wrapTo) return;
    e.preventDefault();
    wrapTo.focus();
  };

  const gap = (name: Side, at: number) => {
    const checked = choice[name] === at;
    return (
      <button
        key={`gap-${at}`}
        type="button"
        role="radio"
        aria-checked={checked}
        tabIndex={checked ? 0 : -1}
        data-gap={at}
        className={`split-gap${checked ? ' chosen' : ''}`}
        aria-label={t('splitRow.gap', { first: at, second: shape[name] - at })}
        onClick={() => {
          setSide(name);
          setChoice(setGap(shape, choice, name, at));
        }}
      >
        <span className="split-line" aria-hidden="true" />
        {checked && (
          <span className="split-mark" aria-hidden="true">
            ✂
          </span>
        )}
      </button>
    );
  };

  const sentence = (name: Side, s: LinkSentence, i: number) => {
    const part = i < choice[name] ? 0 : 1;
    return (
      <div key={s.id} className={`split-sentence part-${part === 0 ? 'first' : 'second'}`} data-sentence={s.id}>
        <span className="split-part">{row.index + 1 + part}</span>
        <span className="text" lang={s.lang ?? undefined}>
          {s.text}
        </span>
      </div>
    );
  };

  const previewCell = (sentences: LinkSentence[], name: Side) => (
    <div key={name} className="split-preview-cell">
      {sentences.length === 0 ? (
        <span className="muted">{t('splitRow.empty')}</span>
      ) : (
        sentences.map((s) => (
          <p key={s.id} className="split-preview-text" lang={s.lang ?? undefined}>
            {s.text}
          </p>
        ))
      )}
    </div>
  );

  return (
    <div className="split-mode" ref={root} onKeyDown={onKeyDown}>
      {SIDES.map((name) => (
        <div key={name} className={`cell ${name} split-side`} role="gridcell">
          <div role="radiogroup" aria-label={t(`splitRow.${name}Gaps`)} data-side={name} onFocus={() => setSide(name)}>
            {row[name].flatMap((s, i) => [gap(name, i), sentence(name, s, i)])}
            {gap(name, row[name].length)}
            {row[name].length === 0 && <span className="split-empty muted">{t('splitRow.empty')}</span>}
          </div>
        </div>
      ))}
      <div className="split-footer" role="gridcell">
        <div className="split-preview" role="group" aria-label={t('splitRow.preview')}>
          {[first, second].map((part, k) => (
            <div key={k} className={`split-preview-row part-${k === 0 ? 'first' : 'second'}`}>
              <span className="split-part">{row.index + 1 + k}</span>
              {SIDES.map((name) => previewCell(part[name], name))}
            </div>
          ))}
        </div>
        <div className="split-controls">
          <span className={problem ? 'split-problem' : 'muted hint'} role="status">
            {problem ? t(`splitRow.${problem}`) : t('splitRow.hint')}
          </span>
          <button type="button" className="primary" data-split="apply" aria-disabled={problem !== null || undefined} onClick={apply}>
            {t('splitRow.apply')}
          </button>
          <button type="button" data-split="cancel" onClick={onCancel}>
            {t('splitRow.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
