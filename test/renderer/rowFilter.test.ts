// The grid's filter state as the server takes it, and the confidence bands the grid's stripe shows, which must be
// the bands the server filters by.
import { describe, expect, it } from 'vitest';
import { NO_FILTER, bandOf, filterActive, toApiFilter } from '../../renderer/src/grid/rowFilter';
import { BAND_THRESHOLDS, bandOf as serverBandOf } from '../../src/store/rowFilter';

describe('row filter', () => {
  it('sends no filter when nothing is set, and only what is set otherwise', () => {
    expect(filterActive(NO_FILTER)).toBe(false);
    expect(toApiFilter(NO_FILTER)).toBeUndefined();
    expect(toApiFilter({ ...NO_FILTER, states: ['proposed', 'rejected'], bands: ['low'] })).toEqual({ states: ['proposed', 'rejected'], bands: ['low'] });
    expect(toApiFilter({ ...NO_FILTER, withFindings: true })).toEqual({ withFindings: true });
    expect(toApiFilter({ ...NO_FILTER, shapes: ['merged'] })).toEqual({ shapes: ['merged'] });
  });

  it('names bands as the server does, at and around each threshold', () => {
    const scores = [null, 0, 0.1, BAND_THRESHOLDS.medium - 1e-9, BAND_THRESHOLDS.medium, 0.6, BAND_THRESHOLDS.high - 1e-9, BAND_THRESHOLDS.high, 0.9, 1];
    expect(scores.map(bandOf)).toEqual(scores.map(serverBandOf));
    expect([bandOf(0.9), bandOf(0.5), bandOf(0.1), bandOf(null)]).toEqual(['high', 'medium', 'low', 'unscored']);
  });
});
