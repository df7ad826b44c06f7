// Scores per page; a page's name opens it in the editor, its findings count lists them.
import { useTranslation } from 'react-i18next';
import type { EsaReviewReport } from '../../../src/api/contract';

type ReviewPage = EsaReviewReport['pages'][number];

const fixed = (x: number | null) => (x === null ? '–' : x.toFixed(1));

export function PageTable({ pages, onOpen, onFindings, selected }: { pages: ReviewPage[]; onOpen: (documentId: number) => void; onFindings: (documentId: number) => void; selected: number | null }) {
  const { t } = useTranslation();
  return (
    <table className="review-table">
      <caption className="pane-heading">{t('review.pages.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('review.pages.page')}</th>
          <th scope="col" className="num">{t('review.pages.rows')}</th>
          <th scope="col" className="num">{t('review.scores.mqm')}</th>
          <th scope="col" className="num">{t('review.scores.esa')}</th>
          <th scope="col" className="num">{t('review.scores.chrf')}</th>
          <th scope="col" className="num">{t('review.scores.ter')}</th>
          <th scope="col" className="num">{t('review.scores.wer')}</th>
          <th scope="col" className="num">{t('review.scores.confirmed')}</th>
          <th scope="col" className="num">{t('review.scores.findings')}</th>
        </tr>
      </thead>
      <tbody>
        {pages.map((p) => (
          <tr key={p.documentId} aria-selected={p.documentId === selected}>
            <th scope="row">
              <button type="button" className="link" onClick={() => onOpen(p.documentId)} aria-label={t('review.pages.open', { file: p.file })}>
                {p.title ?? p.file}
              </button>
            </th>
            <td className="num">{p.units}</td>
            <td className="num">{fixed(p.mqm.score)}</td>
            <td className="num" title={t('review.scores.esaHint', { scored: p.esa.scored })}>{p.esa.mean === null ? '–' : `${fixed(p.esa.mean)} (${p.esa.scored})`}</td>
            <td className="num">{fixed(p.edits.chrf)}</td>
            <td className="num">{fixed(p.edits.ter)}</td>
            <td className="num">{fixed(p.edits.wordEditRate)}</td>
            <td className="num">{`${(100 * p.confirmedShare).toFixed(0)} %`}</td>
            <td className="num">
              <button type="button" className="link" onClick={() => onFindings(p.documentId)} aria-label={t('review.pages.showFindings', { count: p.findings, file: p.file })}>
                {p.findings}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
