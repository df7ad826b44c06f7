// SQLite's "database or disk is full" reaches the API as its own code and status, so a client can tell it from a
// failure of the program. The import on a full disk (page limit and real tmpfs) is in test/store/diskfull.test.ts.
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../src/api/errors';

describe('a full disk over the API', () => {
  it('is code disk_full, HTTP 507, in words a person can act on; other SQLite failures stay internal', () => {
    const full = toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect([full.code, full.status]).toEqual(['disk_full', 507]);
    expect(full.message).toMatch(/^The disk holding the project is full.*Free some space and do it again\.$/);
    expect(toApiError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })).code).toBe('internal');
  });
});
