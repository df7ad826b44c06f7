import { useTranslation } from 'react-i18next';

/** The quality report of the corpus and its pages (scores, checks, charts); filled by the review area. */
export function ReviewView(_props: { onOpenRow: (documentId: number, row: number) => void }) {
  const { t } = useTranslation();
  return <p className="placeholder">{t('document.placeholder')}</p>;
}
