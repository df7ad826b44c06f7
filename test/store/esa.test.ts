// ESA scores in the store: set, change, clear, each one undoable action; kept across a reopen; gone with a merged
// row and back with its undo; an old project (schema 4) opens and gets the table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, type Project } from '../../src/store';
import { openSqlite } from '../../src/store/driver';
import { migrate } from '../../src/store/migrate';
import { storeErrorCode as errorCode, tempFolder } from './fixtures';
import { projectWithPage } from './helpers';

let project: Project;
let documentId: number;
let path: string;
let cleanup: () => void;
beforeEach(() => {
  const made = projectWithPage(12);
  ({ project, documentId, path } = made);
  cleanup = () => {
    project.close();
    made.folder.remove();
  };
});
afterEach(() => cleanup());

const rows = () => project.listLinks(documentId, { limit: 100 });
const scores = () => project.listEsaScores(documentId).map(({ linkId, score }) => ({ linkId, score }));

describe('ESA scores', () => {
  it('sets, changes and clears a row score, each one undoable action', () => {
    const [a, b] = rows();
    const set = project.setEsaScore(a!.id, 70);
    expect(set).toMatchObject({ action: 'esa_score', documentId, linkIds: [a!.id] });
    expect(set.historyId).toBeGreaterThan(0);
    project.setEsaScore(b!.id, 0);
    project.setEsaScore(a!.id, 35);
    expect(scores()).toEqual([
      { linkId: a!.id, score: 35 },
      { linkId: b!.id, score: 0 },
    ]);
    project.setEsaScore(a!.id, null);
    expect(scores()).toEqual([{ linkId: b!.id, score: 0 }]);

    expect(project.undo()?.action).toBe('esa_score');
    expect(scores()[0]).toEqual({ linkId: a!.id, score: 35 });
    project.undo();
    expect(scores()[0]).toEqual({ linkId: a!.id, score: 70 });
    project.redo();
    project.redo();
    expect(scores()).toEqual([{ linkId: b!.id, score: 0 }]);
    expect(project.check()).toEqual({ ok: true, problems: [] });
  });

  it('records nothing when the score is already that one', () => {
    const [a] = rows();
    project.setEsaScore(a!.id, 50);
    expect(project.setEsaScore(a!.id, 50).historyId).toBe(0);
    expect(project.setEsaScore(rows()[1]!.id, null).historyId).toBe(0);
    expect(project.history(10).filter((h) => h.action === 'esa_score')).toHaveLength(1);
  });

  it('refuses scores outside 0–100, fractions and unknown rows, naming what to do', () => {
    const [a] = rows();
    for (const bad of [-1, 101, 50.5, Number.NaN]) expect(errorCode(() => project.setEsaScore(a!.id, bad))).toBe('bad_request');
    expect(() => project.setEsaScore(a!.id, 101)).toThrow(/whole number from 0 to 100/);
    expect(errorCode(() => project.setEsaScore(999_999, 50))).toBe('not_found');
    expect(scores()).toEqual([]);
  });

  it('keeps scores and their history across a reopen', () => {
    const [a] = rows();
    project.setEsaScore(a!.id, 88);
    project.close();
    project = openProject(path);
    expect(scores()).toEqual([{ linkId: a!.id, score: 88 }]);
    expect(project.listEsaScores(documentId)[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    project.undo();
    expect(scores()).toEqual([]);
  });

  it('takes the score with a merged row and brings it back on undo', () => {
    const [a, b] = rows();
    project.setEsaScore(a!.id, 60);
    project.mergeLinks([a!.id, b!.id]);
    expect(scores()).toEqual([]);
    project.undo();
    expect(scores()).toEqual([{ linkId: a!.id, score: 60 }]);
    project.redo();
    expect(scores()).toEqual([]);
    expect(project.check()).toEqual({ ok: true, problems: [] });
  });

  it('tallies count and sum per document', () => {
    const [a, b, c] = rows();
    project.setEsaScore(a!.id, 100);
    project.setEsaScore(b!.id, 33);
    project.setEsaScore(c!.id, 66);
    expect(project.esaTallies()).toEqual([{ documentId, scored: 3, sum: 199 }]);
  });
});

describe('ESA table migration', () => {
  it('opens a schema-4 project and adds the scores table', () => {
    const folder = tempFolder();
    try {
      const old = folder.file('v4.bitext');
      const db = openSqlite(old, { readOnly: false, fileMustExist: false });
      expect(migrate(db, 0, 4)).toBe(4);
      db.close();
      const opened = openProject(old);
      try {
        expect(opened.schemaVersion).toBeGreaterThanOrEqual(5);
        expect(opened.backupPath).toMatch(/\.bak-v4-/);
        expect(opened.esaTallies()).toEqual([]);
      } finally {
        opened.close();
      }
    } finally {
      folder.remove();
    }
  });
});
