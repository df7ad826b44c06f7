// The cheap case of a review after a change: links confirmed, rejected or reset and nothing else. No check reads a
// row's state, so the findings stay as they were; of the report only the confirmed counts move, recounted here
// from the rows instead of running every check again over the whole corpus.
import type { ProjectReview } from './review';
import type { ProjectUnit } from './units';

/** The store's actions that change links' states only (and their undo and redo, recorded under the same names). */
export const STATE_ONLY_ACTIONS: ReadonlySet<string> = new Set(['link_proposed', 'link_confirmed', 'link_rejected', 'confirm_through']);

interface Counts {
  units: number;
  confirmed: number;
}

const share = (c: Counts): number => (c.units > 0 ? c.confirmed / c.units : 0);

/**
 * `previous` with its confirmed counts taken from `units` (the same selection, read after the state changes); null
 * when the report's pages cannot be matched one to one with the project's documents, or the rows are not the
 * ones `previous` counted (then only a whole review is right).
 */
export function restateReview(previous: ProjectReview, units: readonly ProjectUnit[]): ProjectReview | null {
  const byDocument = new Map<number, Counts>();
  const pageOfDocument = new Map<number, string>();
  const corpus: Counts = { units: 0, confirmed: 0 };
  for (const { unit, place } of units) {
    // A report page is one docId of the units; it can stand for one document only if the two name each other alone.
    const page = pageOfDocument.get(place.documentId);
    if (page === undefined) pageOfDocument.set(place.documentId, unit.docId);
    else if (page !== unit.docId) return null;
    const counts = byDocument.get(place.documentId) ?? { units: 0, confirmed: 0 };
    const confirmed = unit.state === 'confirmed' ? 1 : 0;
    counts.units++;
    counts.confirmed += confirmed;
    corpus.units++;
    corpus.confirmed += confirmed;
    byDocument.set(place.documentId, counts);
  }
  const { report } = previous;
  if (corpus.units !== report.corpus.units || report.pages.length !== byDocument.size || new Set(pageOfDocument.values()).size !== byDocument.size) return null;
  const pages = [];
  for (const page of report.pages) {
    const counts = byDocument.get(page.documentId);
    if (!counts || counts.units !== page.units) return null;
    pages.push({ ...page, confirmed: counts.confirmed, confirmedShare: share(counts) });
  }
  return { report: { ...report, corpus: { ...report.corpus, confirmed: corpus.confirmed, confirmedShare: share(corpus) }, pages }, findings: previous.findings };
}
