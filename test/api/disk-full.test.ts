// A full disk while saving: SQLite says "database or disk is full" and rolls the change back. The person is told
// what happened and what to do, in words; what was saved before is all there, and once there is room again the
// same change goes through. The disk is filled by SQLite's own limit on the file's pages, on a real project file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/api/contract';
import { toApiError } from '../../src/api/errors';
import type { Workbench } from '../../src/api/workbench';
import type { SqlDatabase } from '../../src/store/driver';
import { openTestWorkbench } from './transports';

let wb: Workbench | null = null;
afterEach(async () => {
  await wb?.close();
  wb = null;
});

/** The project's own connection: SQLite's page limit holds per connection, so it must be set on this one. */
const connectionOf = (w: Workbench): SqlDatabase => (w.state.project as unknown as { db: SqlDatabase }).db;

function tsvFile(name: string, rows: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-disk-full-')), name);
  const line = (k: number) => `Câu số ${k} nói về thời tiết hôm nay ở Hà Nội.\tSatz ${k} spricht über das Wetter heute in Hanoi.\n`;
  writeFileSync(path, 'vi\tde\n' + Array.from({ length: rows }, (_, k) => line(k)).join(''));
  return path;
}

describe('a full disk', () => {
  it('refuses the change with a message that says so, keeps what was saved, and takes the change once there is room', async () => {
    wb = await openTestWorkbench('http', null);
    const call = <T>(method: string, args: unknown) => wb!.dispatcher.invoke(method, args, wb!.events) as Promise<T>;
    const first = await call<ImportSummary>('corpus.import', { paths: [tsvFile('first.tsv', 20)] });
    expect(first.failed).toEqual([]);
    const db = connectionOf(wb);
    const pages = Number(db.pragmaValue('page_count'));
    db.exec(`PRAGMA max_page_count = ${pages}`);

    const big = tsvFile('second.tsv', 3000);
    const refused = await call<ImportSummary>('corpus.import', { paths: [big] }).then(
      (summary) => summary.failed.map((f) => f.reason).join(' '),
      (error: unknown) => toApiError(error).message,
    );
    expect(refused).toMatch(/disk holding the project is full.*not saved.*saved before it is kept.*Free some space/);
    expect(refused).not.toMatch(/database or disk is full/);
    const after = await call<Array<{ id: number }>>('corpus.list', {});
    expect(after.map((d) => d.id)).toEqual([first.imported[0]!.documentId]);

    db.exec('PRAGMA max_page_count = 1073741823');
    const again = await call<ImportSummary>('corpus.import', { paths: [big] });
    expect(again.failed).toEqual([]);
    expect(await call<Array<{ id: number }>>('corpus.list', {})).toHaveLength(2);
  });

  it('is told apart from other failures over the API: code disk_full, HTTP 507', () => {
    const full = toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect([full.code, full.status]).toEqual(['disk_full', 507]);
    expect(toApiError(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' })).code).toBe('internal');
  });
});
