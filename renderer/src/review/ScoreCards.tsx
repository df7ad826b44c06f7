// The headline figures of the corpus or of one page: MQM with the people's ESA scores beside it, chrF, TER, word
// edit rate, share confirmed, findings.
import { useTranslation } from 'react-i18next';
import type { EsaReviewReport } from '../../../src/api/contract';

type Scores = EsaReviewReport['corpus'];

const fixed = (x: number | null, digits = 1) => (x === null ? null : x.toFixed(digits));

export function ScoreCards({ scores, onConfirmed, onFindings }: { scores: Scores; onConfirmed: () => void; onFindings: () => void }) {
  const { t } = useTranslation();
  const none = t('review.scores.none');
  const cards: Array<{ id: string; label: string; value: string; hint: string; onClick?: () => void; tone?: string }> = [
    {
      id: 'mqm',
      label: t('review.scores.mqm'),
      value: fixed(scores.mqm.score) ?? none,
      hint: t('review.scores.mqmHint', { penalty: scores.mqm.penalty, words: scores.mqm.words }),
      tone: scores.mqm.score !== null && scores.mqm.score < 90 ? 'doubtful' : undefined,
    },
    {
      id: 'esa',
      label: t('review.scores.esa'),
      value: scores.esa.mean === null ? none : `${fixed(scores.esa.mean)} (${scores.esa.scored})`,
      hint: t('review.scores.esaHint', { scored: scores.esa.scored }),
      tone: scores.esa.mean !== null && scores.esa.mean < 66 ? 'doubtful' : undefined,
    },
    { id: 'chrf', label: t('review.scores.chrf'), value: fixed(scores.edits.chrf) ?? none, hint: t('review.scores.chrfHint') },
    { id: 'ter', label: t('review.scores.ter'), value: fixed(scores.edits.ter) ?? none, hint: t('review.scores.terHint') },
    { id: 'wer', label: t('review.scores.wer'), value: fixed(scores.edits.wordEditRate) ?? none, hint: t('review.scores.werHint') },
    {
      id: 'confirmed',
      label: t('review.scores.confirmed'),
      value: `${(100 * scores.confirmedShare).toFixed(0)} %`,
      hint: t('review.scores.confirmedHint', { confirmed: scores.confirmed, units: scores.units }),
      onClick: onConfirmed,
    },
    { id: 'edited', label: t('review.scores.edited'), value: String(scores.edits.edited), hint: t('review.scores.edited') },
    { id: 'findings', label: t('review.scores.findings'), value: String(scores.findings), hint: t('review.scores.findings'), onClick: onFindings, tone: scores.findings > 0 ? 'unsure' : undefined },
  ];
  return (
    <dl className="score-cards">
      {cards.map((c) => (
        <div key={c.id} className={`score-card${c.tone ? ` tone-${c.tone}` : ''}`} data-score={c.id} title={c.hint}>
          <dt>{c.label}</dt>
          <dd>
            {c.onClick ? (
              <button type="button" className="score-link" onClick={c.onClick} aria-label={`${c.label}: ${c.value}. ${c.hint}`}>
                {c.value}
              </button>
            ) : (
              c.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
