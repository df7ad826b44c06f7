// The grid's client-side filters: state, shape, confidence band and QA finding, each "any" when empty.
import { describe, expect, it } from 'vitest';
import { NO_FILTER, bandOf, matchesFilter, shapeOf } from '../../renderer/src/grid/rowFilter';

const sentence = { id: 1 } as never;
const row = (state: 'proposed' | 'confirmed' | 'rejected', score: number | null, a: number, b: number, index = 0) => ({
  state,
  score,
  index,
  translation: Array(a).fill(sentence),
  original: Array(b).fill(sentence),
});
const none = () => false;

describe('row filter', () => {
  it('lets every row through without a filter', () => {
    expect(matchesFilter(row('rejected', null, 0, 1), NO_FILTER, none)).toBe(true);
  });
  it('names shapes and bands as the grid shows them', () => {
    expect([shapeOf(row('proposed', 1, 1, 1)), shapeOf(row('proposed', 1, 2, 1)), shapeOf(row('proposed', 1, 0, 1))]).toEqual(['oneToOne', 'merged', 'oneSided']);
    expect([bandOf(0.9), bandOf(0.5), bandOf(0.1), bandOf(null)]).toEqual(['high', 'medium', 'low', 'unscored']);
  });
  it('needs every set criterion, any value within one', () => {
    const filter = { ...NO_FILTER, states: ['proposed' as const, 'rejected' as const], bands: ['low' as const] };
    expect(matchesFilter(row('proposed', 0.2, 1, 1), filter, none)).toBe(true);
    expect(matchesFilter(row('confirmed', 0.2, 1, 1), filter, none)).toBe(false);
    expect(matchesFilter(row('rejected', 0.8, 1, 1), filter, none)).toBe(false);
  });
  it('keeps rows with QA findings when asked', () => {
    const filter = { ...NO_FILTER, withFindings: true };
    expect(matchesFilter(row('proposed', 1, 1, 1, 7), filter, (i) => i === 7)).toBe(true);
    expect(matchesFilter(row('proposed', 1, 1, 1, 8), filter, (i) => i === 7)).toBe(false);
  });
});
