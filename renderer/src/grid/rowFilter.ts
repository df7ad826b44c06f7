// Filters a reviewer sets on the grid: by review state, by link shape, by confidence band and by QA finding.
// An empty list means "any". The server applies them (links.list, links.next); this is the menu's state and the
// grid's confidence stripe, which must name bands as the server counts them.
import type { BandThresholds, ConfidenceBand, LinkShape, RowFilter as ApiRowFilter } from '../../../src/api/types';

export const FILTER_STATES = ['proposed', 'confirmed', 'rejected'] as const;
export const FILTER_SHAPES = ['oneToOne', 'merged', 'oneSided'] as const satisfies readonly LinkShape[];
export const FILTER_BANDS = ['high', 'medium', 'low', 'unscored'] as const satisfies readonly ConfidenceBand[];
type Lists<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : never;
/** A shape or band the server adds must get a check box here: this fails to compile until it does. */
export const FILTERS_COMPLETE: Lists<LinkShape, (typeof FILTER_SHAPES)[number]> & Lists<ConfidenceBand, (typeof FILTER_BANDS)[number]> = true;

/**
 * The server's band thresholds. The renderer may import only types from src/api; BandThresholds holds the values
 * as literal types, so this copy cannot differ from the engine's one without failing to compile.
 */
const BANDS: BandThresholds = { high: 0.75, medium: 0.45 };

export interface RowFilter {
  states: Array<(typeof FILTER_STATES)[number]>;
  shapes: Array<(typeof FILTER_SHAPES)[number]>;
  bands: Array<(typeof FILTER_BANDS)[number]>;
  withFindings: boolean;
}

export const NO_FILTER: RowFilter = { states: [], shapes: [], bands: [], withFindings: false };

export function filterActive(filter: RowFilter): boolean {
  return filter.states.length + filter.shapes.length + filter.bands.length > 0 || filter.withFindings;
}

/** The filter as links.list takes it: only what is set; undefined when it shows every row. */
export function toApiFilter(filter: RowFilter): ApiRowFilter | undefined {
  if (!filterActive(filter)) return undefined;
  return {
    ...(filter.states.length ? { states: filter.states } : {}),
    ...(filter.shapes.length ? { shapes: filter.shapes } : {}),
    ...(filter.bands.length ? { bands: filter.bands } : {}),
    ...(filter.withFindings ? { withFindings: true } : {}),
  };
}

/** The same bands the grid's confidence stripe shows and the server filters by. */
export function bandOf(score: number | null): ConfidenceBand {
  if (score === null) return 'unscored';
  return score >= BANDS.high ? 'high' : score >= BANDS.medium ? 'medium' : 'low';
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
