// The row filter of links.list and links.next: its argument schema, and how it becomes the store's filter. The rows
// with QA findings come from the background reviewer's newest kept review of the page, never from a run on the
// request: the answer says whether that review is older than the project.
import { z } from 'zod';
import { LINK_STATES } from '../model';
import type { ReviewFreshness } from '../services/reviewJobs';
import { ReviewerClosed } from '../services/reviewJobs';
import { CONFIDENCE_BANDS, LINK_SHAPES, type LinkFilter } from '../store/rowFilter';
import { ApiError } from './errors';
import type { AppState } from './state';

export const rowFilter = z
  .object({
    states: z.array(z.enum(LINK_STATES)).max(LINK_STATES.length * 2).optional(),
    shapes: z.array(z.enum(LINK_SHAPES)).max(LINK_SHAPES.length * 2).optional(),
    bands: z.array(z.enum(CONFIDENCE_BANDS)).max(CONFIDENCE_BANDS.length * 2).optional(),
    withFindings: z.boolean().optional(),
  })
  .strict();

export type RowFilterArgs = z.output<typeof rowFilter>;

/** The store's filter for a page's rows, and (with `withFindings`) how fresh the findings it used are. */
export async function linkFilterOf(state: AppState, documentId: number, filter: RowFilterArgs | undefined): Promise<{ filter: LinkFilter; findings: ReviewFreshness | null }> {
  const { withFindings, ...rest } = filter ?? {};
  if (!withFindings) return { filter: rest, findings: null };
  try {
    // The key the editor's findings use ([documentId]), so both read the same kept review.
    const { review, stale, running } = await state.reviews.get([documentId]);
    const linkIds = [...new Set(review.findings.filter((f) => !f.ignored && f.linkId > 0).map((f) => f.linkId))];
    return { filter: { ...rest, linkIds }, findings: { stale, running } };
  } catch (error) {
    // As review.findings: closing is the server going away, a failed review or a crashed worker is a fault.
    throw new ApiError(error instanceof ReviewerClosed ? 'conflict' : 'internal', `field "filter.withFindings": ${error instanceof Error ? error.message : String(error)}`);
  }
}
