// A row's shape filter reads the side counts migration 6 keeps in `links` by triggers. They must follow every way a
// link's sentences change (merge, split, detach, move, swap of sides, removal of a page) and undo and redo of each,
// and a project from before the migration gets them filled in. Checked against the rows as listed, by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type Project } from '../../src/store';
import { openSqlite } from '../../src/store/driver';
import { LINK_SHAPES, shapeOf } from '../../src/store/rowFilter';
import { projectWithPage } from './helpers';

let project: Project;
let documentId: number;
let path: string;
let cleanup: () => void;
beforeEach(() => {
  const made = projectWithPage(30);
  ({ project, documentId, path } = made);
  cleanup = () => {
    project.close();
    made.folder.remove();
  };
});
afterEach(() => cleanup());

const rows = () => project.listLinks(documentId, { limit: 1000 });

/** Each shape filter keeps exactly the rows whose listed sentences have that shape. */
function expectShapesMatch(label: string): void {
  const listed = rows();
  for (const shape of LINK_SHAPES) {
    const want = listed.filter((r) => shapeOf(r.translation.length, r.original.length) === shape).map((r) => r.index);
    const got = project.listFilteredLinks(documentId, { shapes: [shape] }, { limit: 1000 });
    expect({ label, shape, rows: got.rows.map((r) => r.index), total: got.total }).toEqual({ label, shape, rows: want, total: want.length });
  }
}

/** Runs an action, then undoes and redoes it, checking the shapes after each step. */
function step(label: string, action: () => unknown): void {
  action();
  expectShapesMatch(label);
  project.undo();
  expectShapesMatch(`undo ${label}`);
  project.redo();
  expectShapesMatch(`redo ${label}`);
}

describe('shape filters follow every change of a link', () => {
  it('merge, split, detach, move, swap of sides and removal of the page, each undone and redone', () => {
    expectShapesMatch('imported');
    expect(project.listFilteredLinks(documentId, { shapes: ['merged'] }).total).toBe(0);
    const listed = rows();
    const [a, , c] = listed.filter((r) => r.translation.length === 1 && r.original.length === 1);
    const b = listed[a!.index + 1];
    step('merge', () => project.mergeLinks([a!.id, b!.id]));
    expect(project.listFilteredLinks(documentId, { shapes: ['merged'] }).total).toBe(1);
    const merged = rows().find((r) => r.translation.length === 2)!;
    step('split', () => project.splitLink(merged.id, { translation: 1, original: 0 }));
    step('detach', () => project.detachSentence(c!.original[0]!.id));
    const moved = rows().find((r) => r.translation.length === 1 && r.original.length === 1 && r.index > 3)!;
    step('move', () => project.moveSentence(moved.translation[0]!.id, 'up'));
    step('swap sides', () => project.swapSides(documentId));
    project.removeDocuments([documentId]);
    project.undo();
    expectShapesMatch('removal undone');
  });
});

describe('migration 6', () => {
  it('fills in the side counts of a project written before it', () => {
    const [a, b] = rows();
    project.mergeLinks([a!.id, b!.id]);
    const before = rows().map((r) => [r.index, shapeOf(r.translation.length, r.original.length)]);
    project.close();
    // Back to schema 5 as an older bitext left it: no counts, no triggers, no index.
    const db = openSqlite(path, { readOnly: false, fileMustExist: true });
    db.exec(`DROP INDEX links_filter; DROP TRIGGER link_sentences_counted; DROP TRIGGER link_sentences_uncounted; DROP TRIGGER link_sentences_recounted;
             ALTER TABLE links DROP COLUMN translation_count; ALTER TABLE links DROP COLUMN original_count; PRAGMA user_version = 5;`);
    db.close();
    project = openProject(path);
    expect(project.backupPath).toMatch(/\.bak-v5-/);
    for (const shape of LINK_SHAPES) {
      const want = before.filter(([, s]) => s === shape).map(([i]) => i);
      expect(project.listFilteredLinks(documentId, { shapes: [shape] }, { limit: 1000 }).rows.map((r) => r.index)).toEqual(want);
    }
  });
});
