// Filters a reviewer sets on the grid: by review state, by link shape, by confidence band and by QA finding.
// An empty list means "any". The API has no row filter of its own, so these run on rows the client holds.
import type { GridRow } from '../../../src/api/contract';

export const FILTER_STATES = ['proposed', 'confirmed', 'rejected'] as const;
export const FILTER_SHAPES = ['oneToOne', 'merged', 'oneSided'] as const;
export const FILTER_BANDS = ['high', 'medium', 'low', 'unscored'] as const;

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

export function shapeOf(row: Pick<GridRow, 'translation' | 'original'>): RowFilter['shapes'][number] {
  const a = row.translation.length;
  const b = row.original.length;
  if (a === 0 || b === 0) return 'oneSided';
  return a === 1 && b === 1 ? 'oneToOne' : 'merged';
}

/** The same bands the grid's confidence stripe shows. */
export function bandOf(score: number | null): RowFilter['bands'][number] {
  if (score === null) return 'unscored';
  return score >= 0.75 ? 'high' : score >= 0.45 ? 'medium' : 'low';
}

export function matchesFilter(row: Pick<GridRow, 'state' | 'score' | 'translation' | 'original' | 'index'>, filter: RowFilter, hasFinding: (index: number) => boolean): boolean {
  if (filter.states.length && !filter.states.includes(row.state)) return false;
  if (filter.shapes.length && !filter.shapes.includes(shapeOf(row))) return false;
  if (filter.bands.length && !filter.bands.includes(bandOf(row.score))) return false;
  return !filter.withFindings || hasFinding(row.index);
}

export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
