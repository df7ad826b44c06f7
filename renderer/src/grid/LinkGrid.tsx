// The aligned grid: one row per link, virtualised so only the rows on screen exist in the page.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkRows } from './useLinkRows';
import { LinkRowView, type LinkRowViewProps } from './LinkRowView';

export interface LinkGridProps extends Pick<LinkRowViewProps, 'editingId' | 'showDiff' | 'annotationsOf' | 'findingsOf' | 'handlers'> {
  rows: LinkRows;
  languages: { translation: string; original: string };
  showFurniture: boolean;
  cursor: { index: number; side: 'translation' | 'original'; sentence: number };
}

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function LinkGrid({ rows, languages, showFurniture, cursor, ...rowProps }: LinkGridProps) {
  const focused = cursor.index;
  const { t, i18n } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => rows.ensure(first, last), [rows, first, last]);
  useEffect(() => {
    if (focused >= 0) virtualizer.scrollToIndex(focused, { align: 'auto' });
  }, [focused, virtualizer]);

  return (
    <div className="grid" role="table" aria-label={t('document.rowsLabel')} aria-rowcount={rows.total ?? 0}>
      <div className="row head" role="row">
        <div className="cell gutter" role="columnheader" aria-label={t('grid.rowNumber')} />
        <div className="cell" role="columnheader">
          {t('document.translation', { lang: languageName(languages.translation, i18n.language) })}
        </div>
        <div className="cell" role="columnheader">
          {t('document.original', { lang: languageName(languages.original, i18n.language) })}
        </div>
      </div>
      <div className="grid-body" ref={scroller} data-testid="grid-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.row(item.index);
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="virtual-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row === undefined ? (
                  <div className="row loading" role="row" aria-busy="true" />
                ) : row.boilerplate && !showFurniture ? (
                  <div className="row collapsed" role="row" data-row={row.index} title={t('grid.collapsed')} />
                ) : (
                  <LinkRowView row={row} translationLang={languages.translation} focused={item.index === focused} cursor={item.index === focused ? cursor : null} {...rowProps} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
