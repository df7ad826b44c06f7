// The confirmation before an import that holds pairs: each pair as "original → translation" with its languages,
// a Swap button per pair, then Import or Cancel. What is confirmed here is what the import does.
import { useTranslation } from 'react-i18next';
import type { PreviewDocument } from '../../../src/api/contract';

export type PreviewPair = Extract<PreviewDocument, { kind: 'pair' }>;

function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    // 'und' and other codes Intl does not know are shown as they are.
    return code;
  }
}

export interface PairDirectionsProps {
  pairs: PreviewPair[];
  /** Files that are not part of a pair and are imported as they are. */
  others: number;
  failed: Array<{ file: string; reason: string }>;
  onSwap: (index: number) => void;
  onImport: () => void;
  onCancel: () => void;
}

export function PairDirections({ pairs, others, failed, onSwap, onImport, onCancel }: PairDirectionsProps) {
  const { t, i18n } = useTranslation();
  const page = (file: string, language: string, role: 'original' | 'translation') => (
    <span className="pair-page" data-role={role}>
      {t(`direction.${role}`, { file, language: languageName(language, i18n.language) })}
    </span>
  );
  return (
    <div className="pair-directions" role="group" aria-label={t('direction.heading')} data-testid="pair-directions">
      <div className="hint">{t('direction.heading')}</div>
      <ul>
        {pairs.map((pair, index) => (
          <li key={`${pair.original.source}|${pair.translation.source}`} data-testid="pair-direction" data-original={pair.original.file} data-translation={pair.translation.file}>
            {page(pair.original.file, pair.original.language, 'original')}
            <span aria-hidden="true"> → </span>
            {page(pair.translation.file, pair.translation.language, 'translation')}
            {pair.decidedBy === 'order' && <span className="muted hint"> {t('direction.unsure')}</span>}
            <button type="button" onClick={() => onSwap(index)} aria-label={t('direction.swapPair', { original: pair.original.file, translation: pair.translation.file })}>
              {t('direction.swap')}
            </button>
          </li>
        ))}
      </ul>
      {others > 0 && <div className="muted hint">{t('direction.others', { count: others })}</div>}
      {failed.map((f) => (
        <div key={f.file} className="entry-error">
          {f.file} {f.reason}
        </div>
      ))}
      <div className="pair-actions">
        {/* The panel appears because the person just picked files: the keyboard starts on its decision. */}
        <button type="button" className="primary" onClick={onImport} autoFocus>
          {t('direction.import')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('direction.cancel')}
        </button>
      </div>
    </div>
  );
}
