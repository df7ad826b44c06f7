// A corpus unit's external record (its id, file and languages in unit_links) must come back with its row when a
// merge or a join is undone: the schema's cascade deletes it unseen by the history, and an undo that restored the
// row without it would export the unit with another id and no languages.
import { describe, expect, it } from 'vitest';
import type { AlignedUnit } from '../../src/formats';
import { unit } from '../review/helpers';
import { projectWithPage } from './helpers';

const corpusUnit = (i: number): AlignedUnit => unit(`Câu số ${i}.`, `Satz Nummer ${i}.`, { id: `u${i}`, docId: 'doc', file: 'corpus.tmx', score: null });

describe('unit_links through undo', () => {
  it('a merged corpus row gets its external id and languages back on undo, and loses them again on redo', () => {
    const { project } = projectWithPage(4);
    const [documentId] = project.importUnits([corpusUnit(1), corpusUnit(2), corpusUnit(3)], { contentHash: 'units' }).documentIds;
    const externals = () => project.unitRows(documentId!).map((r) => r.external);
    const before = externals();
    expect(before.map((e) => e?.id)).toEqual(['u1', 'u2', 'u3']);
    const [a, b] = project.listLinks(documentId!, { limit: 10 });
    project.mergeLinks([a!.id, b!.id]);
    expect(externals()).toHaveLength(2);
    project.undo();
    expect(externals()).toEqual(before);
    project.redo();
    expect(externals()).toHaveLength(2);
    project.undo();
    expect(externals()).toEqual(before);
    expect(project.check()).toEqual({ ok: true, problems: [] });
    project.close();
  });
});
