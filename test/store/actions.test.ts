// Every action, and that undo restores exactly the state before it and redo exactly the state after it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOILERPLATE_ROLES } from '../../src/model';
import { openProject, type ChangeResult, type Project } from '../../src/store';
import { storeErrorCode as errorCode } from './fixtures';
import { picture, projectWithPage } from './helpers';

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

function rows() {
  return project.listLinks(documentId, { limit: 1000 });
}

/** Runs `action`, then checks undo gives back the exact picture before and redo the exact picture after. */
function roundTrip(action: () => ChangeResult): { before: string; after: string; result: ChangeResult } {
  const before = picture(project, documentId);
  const result = action();
  expect(result.historyId).toBeGreaterThan(0);
  expect(result.documentId).toBe(documentId);
  const after = picture(project, documentId);
  expect(after).not.toBe(before);
  const undone = project.undo();
  expect(undone?.action).toBe(result.action);
  expect(picture(project, documentId)).toBe(before);
  const redone = project.redo();
  expect(redone?.action).toBe(result.action);
  expect(picture(project, documentId)).toBe(after);
  expect(project.check()).toEqual({ ok: true, problems: [] });
  return { before, after, result };
}


describe('link state', () => {
  it('confirms, rejects and proposes again', () => {
    const [a, b] = rows();
    const { result } = roundTrip(() => project.setLinkState([a!.id, b!.id], 'confirmed'));
    expect(result.linkIds).toEqual([a!.id, b!.id]);
    expect(rows().slice(0, 2).map((r) => r.state)).toEqual(['confirmed', 'confirmed']);
    roundTrip(() => project.setLinkState([a!.id], 'rejected'));
    expect(rows()[0]!.state).toBe('rejected');
    expect(project.listDocuments()[0]!.links).toMatchObject({ rejected: 1, confirmed: 1 });
  });

  it('confirms the proposed sentence pairs down to this one and this row, leaving rejected, one-sided and furniture rows alone', () => {
    const all = rows();
    project.setLinkState([all[1]!.id], 'rejected');
    roundTrip(() => project.confirmLinksThrough(all[4]!.id));
    const pair = (r: (typeof all)[number]) => r.translation.length > 0 && r.original.length > 0 && [...r.translation, ...r.original].some((s) => !BOILERPLATE_ROLES.has(s.role));
    const expected = all.slice(0, 6).map((r, i) => (i === 1 ? 'rejected' : i === 4 || (i < 4 && pair(r)) ? 'confirmed' : 'proposed'));
    expect(rows().slice(0, 6).map((r) => r.state)).toEqual(expected);
  });

  it('refuses unknown states and links', () => {
    expect(errorCode(() => project.setLinkState([rows()[0]!.id], 'done' as never))).toBe('bad_request');
    expect(errorCode(() => project.setLinkState([999_999], 'confirmed'))).toBe('not_found');
  });
});

describe('regrouping rows', () => {
  it('moves the first sentence of a row into the row above, and the last into the row below', () => {
    const before = rows();
    const moved = before[3]!.translation[0]!;
    roundTrip(() => project.moveSentence(moved.id, 'up'));
    const after = rows();
    expect(after).toHaveLength(before.length - 1);
    expect(after[2]!.translation.map((s) => s.id)).toEqual([...before[2]!.translation.map((s) => s.id), moved.id]);
    const last = after[2]!.translation[1]!;
    roundTrip(() => project.moveSentence(last.id, 'down'));
    expect(rows()[3]!.translation[0]!.id).toBe(last.id);
  });

  it('refuses a move that would change the reading order, or past the edge', () => {
    const all = rows();
    project.mergeLinks([all[2]!.id, all[3]!.id]);
    const merged = rows()[2]!;
    expect(errorCode(() => project.moveSentence(merged.translation[1]!.id, 'up'))).toBe('bad_request');
    expect(errorCode(() => project.moveSentence(all[0]!.original[0]!.id, 'up'))).toBe('bad_request');
  });

  it('merges neighbouring rows, splits a row and detaches a sentence', () => {
    const all = rows();
    const { result } = roundTrip(() => project.mergeLinks([all[5]!.id, all[6]!.id, all[7]!.id]));
    expect(result.removedLinkIds).toEqual([all[5]!.id, all[6]!.id, all[7]!.id]);
    const merged = rows()[5]!;
    expect(merged.origin).toBe('manual');
    expect(merged.translation.length + merged.original.length).toBe(
      [all[5]!, all[6]!, all[7]!].reduce((n, r) => n + r.translation.length + r.original.length, 0),
    );
    roundTrip(() => project.splitLink(merged.id, { translation: 1, original: 0 }));
    expect(rows()[5]!.translation).toHaveLength(1);
    const pair = rows().find((r) => r.translation.length === 1 && r.original.length === 1)!;
    roundTrip(() => project.detachSentence(pair.original[0]!.id));
    const index = pair.index;
    expect(rows()[index]!.original).toHaveLength(0);
    expect(rows()[index + 1]!.translation).toHaveLength(0);
    expect(errorCode(() => project.mergeLinks([all[0]!.id, all[2]!.id]))).toBe('bad_request');
  });

  it('regroups a run generically, keeping untouched rows, and replaces a run by re-aligned links', () => {
    const all = rows();
    const run = all.slice(8, 11);
    const ids = run.flatMap((r) => [...r.translation.map((s) => ({ id: s.id, side: 'translation' as const })), ...r.original.map((s) => ({ id: s.id, side: 'original' as const }))]);
    const groups = [
      { translation: run[0]!.translation.map((s) => s.id), original: run[0]!.original.map((s) => s.id) },
      { translation: ids.filter((s) => s.side === 'translation' && !run[0]!.translation.some((t) => t.id === s.id)).map((s) => s.id), original: ids.filter((s) => s.side === 'original' && !run[0]!.original.some((t) => t.id === s.id)).map((s) => s.id) },
    ];
    const { result } = roundTrip(() => project.regroupLinks(run.map((r) => r.id), groups));
    expect(rows()[8]!.id).toBe(run[0]!.id);
    expect(result.removedLinkIds).toEqual([run[1]!.id, run[2]!.id]);
    const realigned = roundTrip(() => project.replaceWithAlignment([rows()[9]!.id], [{ ...groups[1]!, score: 0.42 }]));
    const row = rows()[9]!;
    expect([row.origin, row.state, row.score]).toEqual(['auto', 'proposed', 0.42]);
    expect(realigned.result.action).toBe('realign');
  });

  it('refuses groups that lose or invent sentences', () => {
    const [a, b] = rows();
    const all = [...a!.translation, ...a!.original, ...b!.translation].map((s) => s.id);
    expect(errorCode(() => project.regroupLinks([a!.id, b!.id], [{ translation: [], original: [all[0]!] }]))).toBe('bad_request');
    expect(errorCode(() => project.regroupLinks([a!.id], [{ translation: [123456], original: [] }]))).toBe('bad_request');
    expect(project.check().ok).toBe(true);
  });

  it('renumbers positions when a spot has been split many times', () => {
    for (let i = 0; i < 14; i++) {
      const target = rows().find((r) => r.translation.length + r.original.length >= 2);
      if (!target) break;
      project.detachSentence((target.translation[1] ?? target.original[0])!.id);
      const merged = rows();
      project.mergeLinks([merged[1]!.id, merged[2]!.id]);
      project.splitLink(rows()[1]!.id, { translation: 1, original: 0 });
    }
    expect(project.check().ok).toBe(true);
    const keys = rows().flatMap((r) => [...r.translation, ...r.original].map((s) => Number(s.key.slice(1))));
    expect(new Set(keys).size).toBe(30);
  });
});

describe('fixing text', () => {
  it('edits a sentence (latest edit is the current text) and reverts it', () => {
    const sentence = rows()[2]!.translation[0]!;
    roundTrip(() => project.editSentence(sentence.id, 'Der Minister kam am Montag an.'));
    project.editSentence(sentence.id, 'Der Minister kam am Montag in Hanoi an.');
    const now = project.getSentence(sentence.id);
    expect([now.text, now.originalText, now.edited]).toEqual(['Der Minister kam am Montag in Hanoi an.', sentence.originalText, true]);
    expect(project.listEdits(sentence.id).map((e) => e.fixedText)).toEqual(['Der Minister kam am Montag an.', 'Der Minister kam am Montag in Hanoi an.']);
    roundTrip(() => project.revertSentence(sentence.id));
    expect(project.getSentence(sentence.id).edited).toBe(false);
    expect(errorCode(() => project.revertSentence(sentence.id))).toBe('bad_request');
    expect(errorCode(() => project.editSentence(sentence.id, sentence.originalText))).toBe('bad_request');
  });

  it('writes German for a Vietnamese leftover and finds it by search', () => {
    const leftover = rows().find((r) => r.original.length > 0 && r.original[0]!.role === 'caption')!.original[0]!;
    project.editSentence(leftover.id, 'Zweiseitige Gespräche in Hanoi');
    const hits = project.searchSentences('zweiseitige');
    expect(hits.map((h) => h.sentenceId)).toEqual([leftover.id]);
    expect(project.searchSentences('Gespr(ä|ae)che in H', { regex: true }).map((h) => h.sentenceId)).toEqual([leftover.id]);
    expect(errorCode(() => project.searchSentences('(', { regex: true }))).toBe('bad_request');
  });

  it('splits a sentence and joins it back, moving annotations along', () => {
    const sentence = rows()[2]!.translation[0]!;
    const text = sentence.text;
    const cut = text.indexOf(' ', 10);
    project.addAnnotation({ sentenceId: sentence.id, start: cut + 1, end: cut + 4, category: 'fluency/grammar', severity: 'minor' });
    const { result } = roundTrip(() => project.splitSentence(sentence.id, cut));
    const newId = result.createdIds![0]!;
    expect(project.getSentence(sentence.id).text).toBe(text.slice(0, cut));
    expect(project.getSentence(newId).text).toBe(text.slice(cut + 1));
    expect(project.listAnnotations(documentId).map((a) => [a.sentenceId, a.start, a.end])).toEqual([[newId, 0, 3]]);
    roundTrip(() => project.joinSentences(sentence.id, newId));
    expect(project.getSentence(sentence.id).text).toBe(text);
    expect(project.listAnnotations(documentId).map((a) => [a.sentenceId, a.start, a.end])).toEqual([[sentence.id, cut + 1, cut + 4]]);
    expect(errorCode(() => project.getSentence(newId))).toBe('not_found');
  });

  it('joins two rows\' sentences, removing a row left empty, and refuses non-neighbours', () => {
    const all = rows();
    const first = all[2]!.translation[0]!;
    const second = all[3]!.translation[0]!;
    const { result } = roundTrip(() => project.joinSentences(first.id, second.id));
    expect(result.removedLinkIds).toContain(all[3]!.id);
    expect(errorCode(() => project.joinSentences(first.id, all[6]!.translation[0]!.id))).toBe('bad_request');
  });
});

describe('annotations', () => {
  it('adds, updates and deletes an annotation, each undoable', () => {
    const sentence = rows()[2]!.translation[0]!;
    const added = roundTrip(() => project.addAnnotation({ sentenceId: sentence.id, start: 4, end: 12, category: 'accuracy/mistranslation', severity: 'major', comment: 'Falsch' }));
    const id = added.result.createdIds![0]!;
    expect(rows()[2]!.annotations).toBe(1);
    roundTrip(() => project.updateAnnotation(id, { severity: 'critical', comment: 'Sinnentstellend' }));
    expect(project.listAnnotations(documentId)[0]).toMatchObject({ id, severity: 'critical', comment: 'Sinnentstellend', who: null, side: 'translation', start: 4, end: 12 });
    roundTrip(() => project.deleteAnnotation(id));
    expect(project.listAnnotations(documentId)).toEqual([]);
    expect(errorCode(() => project.addAnnotation({ sentenceId: sentence.id, start: 5, end: 9999, category: 'style', severity: 'minor' }))).toBe('bad_request');
    expect(errorCode(() => project.addAnnotation({ sentenceId: sentence.id, start: 0, end: 1, category: 'style', severity: 'fatal' as never }))).toBe('bad_request');
    expect(errorCode(() => project.updateAnnotation(id, { comment: 'x' }))).toBe('not_found');
  });
});

describe('history', () => {
  it('continues undo and redo after closing and reopening the project', () => {
    const sentence = rows()[2]!.translation[0]!;
    const start = picture(project, documentId);
    project.editSentence(sentence.id, 'Eins.');
    const one = picture(project, documentId);
    project.setLinkState([rows()[0]!.id], 'confirmed');
    const two = picture(project, documentId);
    project.undo();
    expect(picture(project, documentId)).toBe(one);
    project.close();

    project = openProject(path);
    expect(project.historyStatus()).toEqual({ canUndo: true, canRedo: true, undoAction: 'edit_sentence', redoAction: 'link_confirmed' });
    project.redo();
    expect(picture(project, documentId)).toBe(two);
    project.undo();
    project.undo();
    expect(picture(project, documentId)).toBe(start);
    project.close();

    project = openProject(path);
    project.redo();
    expect(picture(project, documentId)).toBe(one);
    project.redo();
    expect(picture(project, documentId)).toBe(two);
    expect(project.redo()).toBeNull();
  });

  it('drops the redo branch after a new action, but keeps every history row', () => {
    const sentence = rows()[2]!.translation[0]!;
    project.editSentence(sentence.id, 'Eins.');
    project.editSentence(sentence.id, 'Zwei.');
    project.undo();
    expect(project.historyStatus().canRedo).toBe(true);
    project.setLinkState([rows()[1]!.id], 'rejected');
    expect(project.historyStatus()).toMatchObject({ canRedo: false, undoAction: 'link_rejected' });
    expect(project.redo()).toBeNull();
    project.undo();
    expect(project.getSentence(sentence.id).text).toBe('Eins.');
    expect(project.historyStatus().canRedo).toBe(true);
    project.redo();
    expect(project.getSentence(sentence.id).text).toBe('Eins.');
    expect(rows()[1]!.state).toBe('rejected');
    const kinds = project.history(100).map((h) => `${h.kind}:${h.action}`).reverse();
    expect(kinds).toEqual(['action:import', 'action:edit_sentence', 'action:edit_sentence', 'undo:edit_sentence', 'action:link_rejected', 'undo:link_rejected', 'redo:link_rejected']);
  });

  it('undoes an import (removing the document) and redoes it with the same ids', () => {
    const before = picture(project, documentId);
    const undone = project.undo();
    expect(undone).toMatchObject({ action: 'import', documentId });
    expect(project.listDocuments()).toEqual([]);
    expect(errorCode(() => project.listLinks(documentId))).toBe('not_found');
    expect(project.undo()).toBeNull();
    project.redo();
    expect(picture(project, documentId)).toBe(before);
    expect(project.check().ok).toBe(true);
  });
});
