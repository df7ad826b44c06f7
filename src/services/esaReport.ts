// ESA figures beside the review's other scores: per page and for the selection, how many rows a person scored and
// their mean. Read from the store when a report is answered, not computed by the review worker: a score is one row
// of the person's, cheap to count, and should show at once rather than wait for the checks to run again.
import type { EsaTally } from '../store';
import type { ReviewPage, ReviewReport } from './review';

export interface EsaFigures {
  /** Rows with an ESA score. */
  scored: number;
  /** Mean of those scores (0–100); null when none is scored. */
  mean: number | null;
}

export type WithEsa<T> = T & { esa: EsaFigures };

/** The review report with ESA figures on the corpus and on each page. */
export type EsaReviewReport = Omit<ReviewReport, 'corpus' | 'pages'> & { corpus: WithEsa<ReviewReport['corpus']>; pages: Array<WithEsa<ReviewPage>> };

const figures = (scored: number, sum: number): EsaFigures => ({ scored, mean: scored > 0 ? sum / scored : null });

/** Adds the ESA figures of the report's own pages (so a report of some pages counts only theirs). */
export function withEsa(report: ReviewReport, tallies: readonly EsaTally[]): EsaReviewReport {
  const byDocument = new Map(tallies.map((t) => [t.documentId, t]));
  let scored = 0;
  let sum = 0;
  const pages = report.pages.map((page) => {
    const tally = byDocument.get(page.documentId);
    scored += tally?.scored ?? 0;
    sum += tally?.sum ?? 0;
    return { ...page, esa: figures(tally?.scored ?? 0, tally?.sum ?? 0) };
  });
  return { ...report, corpus: { ...report.corpus, esa: figures(scored, sum) }, pages };
}
