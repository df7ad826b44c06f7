// Swapping original and translation of a document: every row shows its sides exchanged, the document's languages
// swap, states, edits and annotations stay with their sentences, and undo/redo restore each state exactly (across a reopen).
import { describe, expect, it } from 'vitest';
import type { AlignedUnit } from '../../src/formats';
import { openProject, type Project } from '../../src/store';
import { makeMonolingual } from './fixtures';
import { unit } from '../review/helpers';
import { picture, projectWithPage } from './helpers';

/** Each row's sides as texts, for comparing a swapped document with the one before. */
function sides(project: Project, documentId: number): Array<{ translation: string[]; original: string[]; state: string }> {
  return project.listLinks(documentId, { limit: 10_000 }).map((r) => ({ translation: r.translation.map((s) => s.text), original: r.original.map((s) => s.text), state: r.state }));
}
const exchanged = (rows: ReturnType<typeof sides>) => rows.map((r) => ({ translation: r.original, original: r.translation, state: r.state }));

describe('swapSides', () => {
  it('swaps a single page: rows, languages, states and annotations follow; undo and redo are exact', () => {
    const { project, path, documentId } = projectWithPage(14);
    const leftover = project.listLinks(documentId, { limit: 100 }).find((r) => r.original.length > 0 && r.translation.length > 0)!;
    project.setLinkState([leftover.id], 'confirmed');
    project.addAnnotation({ sentenceId: leftover.translation[0]!.id, start: 0, end: 3, category: 'Accuracy', severity: 'minor' });
    project.editSentence(leftover.original[0]!.id, 'Một câu đã sửa.');
    const before = { picture: picture(project, documentId), rows: sides(project, documentId), doc: project.getDocument(documentId) };

    const change = project.swapSides(documentId);
    expect(change.action).toBe('swap_sides');
    expect(change.documentId).toBe(documentId);
    // Every row is redrawn: the change names all of them.
    expect(change.linkIds.length).toBe(project.countLinks(documentId));
    expect(project.getDocument(documentId).languages).toEqual({ translation: 'vi', original: 'de' });
    expect(sides(project, documentId)).toEqual(exchanged(before.rows));
    const annotation = project.listAnnotations(documentId)[0]!;
    expect(annotation.side).toBe('original');
    expect(project.check()).toEqual({ ok: true, problems: [] });
    const swapped = picture(project, documentId);

    project.undo();
    expect(picture(project, documentId)).toBe(before.picture);
    expect(project.getDocument(documentId)).toEqual(before.doc);
    project.redo();
    expect(picture(project, documentId)).toBe(swapped);
    project.close();

    const reopened = openProject(path);
    reopened.undo();
    expect(picture(reopened, documentId)).toBe(before.picture);
    reopened.close();
  });

  it('swaps a pair: the listed page keeps its id and now holds the other file; undo puts both pages back', () => {
    const { project } = projectWithPage(4);
    const source = makeMonolingual(3, 6, 'vi');
    const translation = makeMonolingual(3, 6, 'de');
    const links = translation.sentences.map((s, i) => ({ translation: [s.id], original: [source.sentences[i]!.id], score: 0.9 }));
    const pair = project.importPair({ ...source, file: 'story.vi.txt' }, { ...translation, file: 'story.de.txt' }, links, { contentHash: 'pair-3' });
    const [listedId, sourceId] = [pair.documentId, pair.sourceDocumentId!];
    project.setLinkState([project.listLinks(listedId)[1]!.id], 'rejected');
    const before = { rows: sides(project, listedId), listed: project.getDocument(listedId), source: project.getDocument(sourceId), list: project.listDocuments() };

    // Either page of the pair names it.
    const change = project.swapSides(sourceId);
    expect(change.documentId).toBe(listedId);
    const listed = project.getDocument(listedId);
    expect(listed.file).toBe('story.vi.txt');
    expect(listed.languages).toEqual({ translation: 'vi', original: 'de' });
    expect(listed.sentences.every((s) => s.side === 'translation' && s.lang === 'vi')).toBe(true);
    expect(listed.text).toBe(before.source.text);
    const other = project.getDocument(sourceId);
    expect(other.file).toBe('story.de.txt');
    expect(other.sentences.every((s) => s.side === 'original' && s.lang === 'de')).toBe(true);
    expect(sides(project, listedId)).toEqual(exchanged(before.rows));
    const entry = project.listDocuments().find((d) => d.id === listedId)!;
    expect(entry.sourceDocument).toEqual({ id: sourceId, file: 'story.de.txt' });
    expect(project.check()).toEqual({ ok: true, problems: [] });

    project.undo();
    expect(project.getDocument(listedId)).toEqual(before.listed);
    expect(project.getDocument(sourceId)).toEqual(before.source);
    expect(project.listDocuments()).toEqual(before.list);
    expect(sides(project, listedId)).toEqual(before.rows);
    project.redo();
    expect(project.getDocument(listedId).file).toBe('story.vi.txt');
    project.close();
  });

  it('swaps a corpus document: the languages each unit names follow, so an export writes them the right way round', () => {
    const { project } = projectWithPage(4);
    const corpusUnit = (i: number): AlignedUnit => unit(`Câu ${i}.`, `Satz ${i}.`, { id: `u${i}`, docId: 'doc', file: 'corpus.tsv', score: null });
    const [documentId] = project.importUnits([corpusUnit(1), corpusUnit(2)], { contentHash: 'units' }).documentIds;
    const languages = () => project.unitRows(documentId!).map((r) => [r.external?.sourceLang, r.external?.targetLang, r.sentences.map((s) => `${s.side}:${s.text}`).join(' ')]);
    const before = languages();
    project.swapSides(documentId!);
    expect(languages()).toEqual([
      ['de', 'vi', 'translation:Câu 1. original:Satz 1.'],
      ['de', 'vi', 'translation:Câu 2. original:Satz 2.'],
    ]);
    project.undo();
    expect(languages()).toEqual(before);
    project.close();
  });

  it('names a missing document', () => {
    const { project } = projectWithPage(4);
    expect(() => project.swapSides(9999)).toThrow(/no document 9999/);
    project.close();
  });
});
