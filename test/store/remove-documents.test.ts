// Removing pages by id: exactly those pages go (with their edits and annotations), everything else stays, and the
// removal is one history entry that undo puts back with the same ids and redo takes out again — across a reopen.
import { describe, expect, it } from 'vitest';
import { openProject } from '../../src/store';
import { makeMonolingual, makePage } from './fixtures';
import { picture, projectWithPage } from './helpers';

describe('removeDocuments', () => {
  it('removes a page and a pair with their edits and annotations, leaves the other page alone, and undo/redo agree', () => {
    const { project, path, documentId: kept } = projectWithPage(12);
    const second = makePage(2, 12);
    const page = project.importDocument(second.doc, second.links, { contentHash: 'page-2' }).documentId;
    const source = makeMonolingual(3, 10, 'vi');
    const translation = makeMonolingual(3, 10, 'de');
    const links = translation.sentences.map((s, i) => ({ translation: [s.id], original: [source.sentences[i]!.id], score: 0.9 }));
    const pair = project.importPair(source, translation, links, { contentHash: 'pair-3' });

    // Someone works on the page that stays and on a page that will go.
    const keptSentence = project.getDocument(kept).sentences.find((s) => s.side === 'translation')!;
    project.editSentence(keptSentence.id, 'Ein korrigierter Satz.');
    const goingSentence = project.getDocument(page).sentences[1]!;
    project.addAnnotation({ sentenceId: goingSentence.id, start: 0, end: 3, category: 'Accuracy', severity: 'minor' });
    project.editSentence(goingSentence.id, 'Geändert.');
    const before = { page: picture(project, page), pair: picture(project, pair.documentId), kept: picture(project, kept) };

    const change = project.removeDocuments([page, pair.documentId, pair.sourceDocumentId!], { action: 'cancel_import' });
    expect(change.historyId).toBeGreaterThan(0);
    expect(project.listDocuments().map((d) => d.id)).toEqual([kept]);
    expect(picture(project, kept)).toBe(before.kept);
    expect(project.check()).toEqual({ ok: true, problems: [] });
    expect(project.historyStatus().undoAction).toBe('cancel_import');

    project.undo();
    expect(picture(project, page)).toBe(before.page);
    expect(picture(project, pair.documentId)).toBe(before.pair);
    expect(project.check()).toEqual({ ok: true, problems: [] });
    project.redo();
    expect(project.listDocuments().map((d) => d.id)).toEqual([kept]);
    project.close();

    const reopened = openProject(path);
    expect(reopened.listDocuments().map((d) => d.id)).toEqual([kept]);
    reopened.undo();
    expect(picture(reopened, page)).toBe(before.page);
    expect(picture(reopened, kept)).toBe(before.kept);
    reopened.close();
  });

  it('skips ids that are gone and refuses to orphan a translation page', () => {
    const { project } = projectWithPage(6);
    const source = makeMonolingual(4, 5, 'vi');
    const translation = makeMonolingual(4, 5, 'de');
    const pair = project.importPair(source, translation, [], { contentHash: 'pair-4' });
    expect(() => project.removeDocuments([pair.sourceDocumentId!])).toThrow(/source of page \d+, which is not being removed/);
    expect(project.removeDocuments([987654]).historyId).toBe(0);
    project.close();
  });
});
