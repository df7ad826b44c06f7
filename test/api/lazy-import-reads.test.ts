// A folder import checks every file up front but reads each only when the import reaches it, so a folder of
// thousands of pages is never in memory at once; a file that changes in between is refused then, by name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/api/contract';
import { collectInputs, importInputs } from '../../src/services/importing';
import { openProject } from '../../src/store';

describe('folder imports read lazily', () => {
  it('reads each page when its turn comes: one deleted and one replaced by a FIFO meanwhile fail by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-lazy-'));
    for (const n of [1, 2, 3, 4]) writeFileSync(join(dir, `p${n}.txt`), `Titel ${n}\n\nDer Satz Nummer ${n} steht hier.\n`);
    const summary: ImportSummary = { job: 'lazy', imported: [], duplicates: [], failed: [], cancelled: false };
    const inputs = await collectInputs([dir], summary.failed);
    expect(inputs.map((i) => i.name)).toEqual(['p1.txt', 'p2.txt', 'p3.txt', 'p4.txt']);
    expect(inputs.every((i) => i.bytes === undefined)).toBe(true);

    rmSync(join(dir, 'p2.txt'));
    rmSync(join(dir, 'p3.txt'));
    execFileSync('mkfifo', [join(dir, 'p3.txt')]);
    const project = openProject(join(dir, 'p.bitext'), { create: true });
    try {
      await importInputs(project, inputs, { id: 'lazy', cancelled: false }, () => undefined, summary);
      expect(summary.imported.map((i) => i.file)).toEqual(['p1.txt', 'p4.txt']);
      expect(summary.failed).toEqual([
        { file: 'p2.txt', reason: 'no such file; check the path' },
        { file: 'p3.txt', reason: 'is a named pipe (FIFO), not a regular file; name a file' },
      ]);
      expect(project.listDocuments()).toHaveLength(2);
    } finally {
      project.close();
    }
  }, 10_000);
});
