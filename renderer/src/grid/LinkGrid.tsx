// The aligned grid: one row per link, virtualised so only the rows on screen exist in the page. One row at a
// time takes part in Tab order (roving tabindex); while the grid has focus, focus follows the cursor row.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridRow } from '../../../src/api/contract';
import type { LinkRows } from './useLinkRows';

type LinkState = GridRow['state'];
import { LinkRowView, type LinkRowViewProps } from './LinkRowView';

export interface LinkGridProps extends Pick<LinkRowViewProps, 'editingId' | 'splittingId' | 'showDiff' | 'annotationsOf' | 'findingsOf' | 'hitOf' | 'handlers' | 'languages'> {
  rows: LinkRows;
  showFurniture: boolean;
  compact: boolean;
  cursor: { index: number; side: 'translation' | 'original'; sentence: number };
  picked: ReadonlySet<number>;
  flash: number | null;
  stateBefore: (linkId: number) => LinkState | undefined;
}

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function LinkGrid({ rows, showFurniture, compact, cursor, picked, flash, stateBefore, ...rowProps }: LinkGridProps) {
  const focused = cursor.index;
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // Whether focus belongs in the grid: set when focus enters it, cleared when it moves to something else.
  // A focused row that scrolls out of the page is removed without a real move, so the next one takes over.
  const holdsFocus = useRef(false);
  // A click focuses its row before the click itself arrives; the click (with its Shift or Ctrl) moves the cursor.
  const pointerDown = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => (compact ? 27 : 56),
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const tabbable = items.some((item) => item.index === focused) ? focused : first;
  useEffect(() => rows.ensure(first, last), [rows, first, last]);
  useEffect(() => {
    if (focused >= 0) virtualizer.scrollToIndex(focused, { align: 'auto' });
  }, [focused, virtualizer]);
  useEffect(() => {
    virtualizer.measure();
  }, [compact, virtualizer]);
  useEffect(() => {
    if (!holdsFocus.current || !scroller.current) return;
    const target = scroller.current.querySelector<HTMLElement>(`.row[data-place="${focused}"]`);
    if (target && !target.contains(document.activeElement)) target.focus({ preventScroll: true });
  });

  return (
    <div className={`grid${compact ? ' compact' : ''}`} role="grid" aria-label={t('document.rowsLabel')} aria-rowcount={rows.total ?? 0} aria-multiselectable="true">
      <div className="row head" role="row">
        <div className="cell gutter" role="columnheader" aria-label={t('grid.rowNumber')} />
        <div className="cell" role="columnheader">
          {t('document.translation', { lang: languageName(rowProps.languages.translation, i18n.language) })}
        </div>
        <div className="cell" role="columnheader">
          {t('document.original', { lang: languageName(rowProps.languages.original, i18n.language) })}
        </div>
      </div>
      <div
        className="grid-body"
        ref={scroller}
        data-testid="grid-body"
        data-grid-body=""
        onMouseDown={() => (pointerDown.current = true)}
        onMouseUp={() => (pointerDown.current = false)}
        onFocus={(e) => {
          holdsFocus.current = true;
          if (pointerDown.current) return;
          const place = e.target.getAttribute('data-place');
          if (place !== null && Number(place) !== focused) rowProps.handlers.onSelect(Number(place), cursor.side, 0, { shift: false, ctrl: false });
        }}
        onBlur={(e) => {
          const next = e.relatedTarget as Node | null;
          if (next ? !e.currentTarget.contains(next) : e.target.isConnected) holdsFocus.current = false;
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.row(item.index);
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="virtual-row" style={{ transform: `translateY(${item.start}px)` }}>
                {row === undefined ? (
                  <div className="row loading" role="row" aria-busy="true" />
                ) : row.boilerplate && !showFurniture ? (
                  <div className="row collapsed" role="row" data-row={row.index} data-place={item.index} title={t('grid.collapsed')} />
                ) : (
                  <LinkRowView
                    row={row}
                    place={item.index}
                    focused={item.index === focused}
                    tabbable={item.index === tabbable}
                    picked={picked.has(item.index)}
                    flashing={item.index === flash}
                    stateBefore={stateBefore(row.id)}
                    cursor={item.index === focused ? cursor : null}
                    {...rowProps}
                  />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
