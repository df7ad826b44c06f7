// The store writes one way (issue 11 point 4): every action, the three imports and the removal of pages included,
// runs through `act`, which gives it one transaction and one history entry; the link operations live in links.ts
// and run through `act` like the façade's; no action records a person, so every `who` column stays NULL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignedUnit } from '../../src/formats';
import { openProject, type Project } from '../../src/store';
import { act } from '../../src/store/act';
import { openSqlite } from '../../src/store/driver';
import { detachSentence, mergeLinks, moveSentence, splitLink } from '../../src/store/links';
import { closeProjectFile, openProjectFile } from '../../src/store/open';
import { makeMonolingual, makePage, pairLinks, tempFolder } from './fixtures';
import { picture } from './helpers';

const STORE = join(__dirname, '../../src/store');

/** Source files of the store with comments removed, so a comment naming a call does not count as one. */
function storeSources(): Array<{ file: string; code: string }> {
  return readdirSync(STORE)
    .filter((f) => f.endsWith('.ts'))
    .map((file) => ({ file, code: readFileSync(join(STORE, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '') }));
}

function unit(i: number, docId: string): AlignedUnit {
  return {
    id: `u${i}`, docId, file: 'corpus.tsv', role: 'body',
    source: { lang: 'vi', text: `Câu ${i}.` }, target: { lang: 'de', text: `Satz ${i}.` },
    machineTarget: `Maschine ${i}.`, state: 'proposed', origin: 'auto', score: 0.5,
    annotations: [{ side: 'target', start: 0, end: 4, category: 'style', severity: 'minor', comment: '' }],
  };
}

function actions(project: Project): string[] {
  return project.history(10_000).filter((h) => h.kind === 'action').map((h) => h.action).reverse();
}

describe('one write path', () => {
  it('leaves history and transactions to act: no other store file records an action or builds a Recorder', () => {
    const offenders = storeSources()
      .filter(({ file }) => file !== 'act.ts')
      .flatMap(({ file, code }) => [
        ...(/\brecordAction\(/.test(code) && file !== 'history.ts' ? [`${file} calls recordAction`] : []),
        ...(/new Recorder\(/.test(code) ? [`${file} builds a Recorder`] : []),
      ]);
    expect(offenders).toEqual([]);
    // Besides act: migrations, and undo/redo (which replay an action rather than being one).
    const transactions = storeSources().filter(({ code }) => /\.transaction\(/.test(code)).map(({ file }) => file).sort();
    expect(transactions).toEqual(['act.ts', 'migrate.ts', 'project.ts']);
    expect(readFileSync(join(STORE, 'project.ts'), 'utf8')).not.toMatch(/regroup\(|membersOf\(|prepare\(/);
  });

  it('gives each import and each removal exactly one history entry, and a skipped import none', () => {
    const folder = tempFolder();
    const project = openProject(folder.file('p.bitext'), { create: true });
    try {
      const { doc, links } = makePage(1, 12);
      const page = project.importDocument(doc, links, { contentHash: 'page' });
      const pair = project.importPair(makeMonolingual(2, 8, 'vi'), makeMonolingual(2, 8, 'de'), pairLinks(8), { contentHash: 'pair' });
      const units = project.importUnits([unit(1, 'a'), unit(2, 'a'), unit(3, 'b')], { contentHash: 'units' });
      expect(units).toEqual({ skipped: false, documentIds: [expect.any(Number), expect.any(Number)], linkCount: 3 });
      expect(actions(project)).toEqual(['import', 'import_pair', 'import_units']);
      expect(project.history(3).map((h) => h.documentId)).toEqual([units.documentIds[0], pair.documentId, page.documentId]);

      expect(project.importDocument(doc, links, { contentHash: 'page' }).skipped).toBe(true);
      expect(project.importPair(makeMonolingual(2, 8, 'vi'), makeMonolingual(2, 8, 'de'), pairLinks(8), { contentHash: 'pair' }).skipped).toBe(true);
      expect(project.importUnits([unit(1, 'a')], { contentHash: 'units' })).toEqual({ skipped: true, documentIds: [], linkCount: 0 });
      expect(project.history(10_000)).toHaveLength(3);

      const removal = project.removeDocuments([page.documentId, ...units.documentIds]);
      expect(removal).toMatchObject({ action: 'remove_documents', documentId: null });
      expect(actions(project)).toEqual(['import', 'import_pair', 'import_units', 'remove_documents']);
      expect(project.removeDocuments([page.documentId]).historyId).toBe(0);

      // Each import is undone as one step, whatever kind it was.
      project.undo();
      project.undo();
      expect(project.listDocuments().map((d) => d.id)).toEqual([page.documentId, pair.documentId]);
      project.undo();
      expect(project.listDocuments().map((d) => d.id)).toEqual([page.documentId]);
      expect(project.check()).toEqual({ ok: true, problems: [] });
    } finally {
      project.close();
      folder.remove();
    }
  });

  it('runs the link operations from links.ts through act: one entry each, undone exactly', () => {
    const folder = tempFolder();
    const path = folder.file('p.bitext');
    const setup = openProject(path, { create: true });
    const { documentId } = setup.importPair(makeMonolingual(3, 6, 'vi'), makeMonolingual(3, 6, 'de'), pairLinks(6), { contentHash: 'pair' });
    const start = picture(setup, documentId);
    setup.close();
    const opened = openProjectFile(path, {});
    const rowIds = (): number[] => opened.db.prepare('SELECT id FROM links WHERE document_id = ? ORDER BY position').all<{ id: number }>(documentId).map((r) => r.id);
    const firstSentence = (linkId: number, side: string): number =>
      opened.db.prepare('SELECT sentence_id FROM link_sentences WHERE link_id = ? AND side = ? ORDER BY sentence_id').get<{ sentence_id: number }>(linkId, side)!.sentence_id;
    try {
      const merged = act(opened.db, 'merge_links', (r) => ({ documentId: mergeLinks(r, rowIds().slice(0, 2)) })).change;
      const split = act(opened.db, 'split_link', (r) => ({ documentId: splitLink(r, rowIds()[0]!, { translation: 1, original: 1 }) })).change;
      const moved = act(opened.db, 'move_sentence_up', (r) => ({ documentId: moveSentence(r, firstSentence(rowIds()[3]!, 'original'), 'up') })).change;
      const detached = act(opened.db, 'detach_sentence', (r) => ({ documentId: detachSentence(r, firstSentence(rowIds()[4]!, 'translation')) })).change;
      for (const change of [merged, split, moved, detached]) expect(change).toMatchObject({ historyId: expect.any(Number), documentId });
      expect(new Set([merged, split, moved, detached].map((c) => c.historyId)).size).toBe(4);
      expect(rowIds()).toHaveLength(7);
    } finally {
      closeProjectFile(opened);
    }
    const project = openProject(path);
    try {
      expect(actions(project)).toEqual(['import_pair', 'merge_links', 'split_link', 'move_sentence_up', 'detach_sentence']);
      for (let i = 0; i < 4; i++) project.undo();
      expect(picture(project, documentId)).toBe(start);
      expect(project.check()).toEqual({ ok: true, problems: [] });
    } finally {
      project.close();
      folder.remove();
    }
  });

  it('records no person: every who and imported_by column is NULL after every kind of action', () => {
    const folder = tempFolder();
    const path = folder.file('p.bitext');
    const project = openProject(path, { create: true });
    const { doc, links } = makePage(4, 12);
    const { documentId } = project.importDocument(doc, links, { contentHash: 'page' });
    project.importUnits([unit(1, 'a')], { contentHash: 'units' });
    const sentence = project.listLinks(documentId)[2]!.translation[0]!;
    // @ts-expect-error: actions take no person any more (issue 11 point 4); an old caller's options must not compile.
    project.editSentence(sentence.id, 'Ein neuer Satz.', { who: 'lan' });
    project.revertSentence(sentence.id);
    project.addAnnotation({ sentenceId: sentence.id, start: 0, end: 3, category: 'style', severity: 'minor' });
    project.ignoreFindings([{ key: 'length|x', check: 'length', unitId: 'x', message: 'kurz' }]);
    project.undo();
    project.redo();
    project.close();
    const db = openSqlite(path, { readOnly: true, fileMustExist: true });
    try {
      const named = (sql: string): number => db.prepare(sql).get<{ n: number }>()!.n;
      expect({
        history: named('SELECT count(*) AS n FROM history WHERE who IS NOT NULL'),
        edits: named('SELECT count(*) AS n FROM edits WHERE who IS NOT NULL'),
        annotations: named('SELECT count(*) AS n FROM annotations WHERE who IS NOT NULL'),
        ignores: named('SELECT count(*) AS n FROM review_ignores WHERE who IS NOT NULL'),
        documents: named('SELECT count(*) AS n FROM documents WHERE imported_by IS NOT NULL'),
      }).toEqual({ history: 0, edits: 0, annotations: 0, ignores: 0, documents: 0 });
      expect(named('SELECT count(*) AS n FROM edits')).toBe(3);
      expect(named('SELECT count(*) AS n FROM history')).toBe(8);
    } finally {
      db.close();
    }
    folder.remove();
  });
});
