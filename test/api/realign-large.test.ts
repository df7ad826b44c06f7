// Re-alignment covers the whole document, however long: a document of more rows than one page of the reader
// (10,000) is regrouped to its last row, not silently cut off.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realignment } from '../../src/services/alignment';
import type { AlignedUnit } from '../../src/formats';
import { openProject } from '../../src/store';
import { longUnits } from '../fixtures/longUnits';

const ROWS = 10_300;

const units = (): AlignedUnit[] => longUnits(ROWS);

describe('re-alignment of a long document', () => {
  it(`regroups all ${ROWS} rows and every sentence of the document`, () => {
    const project = openProject(join(mkdtempSync(join(tmpdir(), 'bitext-realign-')), 'p.bitext'), { create: true });
    try {
      const { documentIds } = project.importUnits(units(), { contentHash: 'long', source: 'long.tsv' });
      const documentId = documentIds[0]!;
      const { linkIds, groups } = realignment(project, documentId);
      expect(linkIds).toHaveLength(ROWS);
      const sentences = groups.flatMap((g) => [...g.translation, ...g.original]);
      expect(new Set(sentences).size).toBe(ROWS * 2);
    } finally {
      project.close();
    }
  });
});
