// Import of pages and pairs: every sentence in exactly one row, in reading order; duplicates skipped; bad input named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, openProject, StoreError, type Project } from '../../src/store';
import { makeMonolingual, makePage, pairLinks, tempFolder } from './fixtures';

let folder: ReturnType<typeof tempFolder>;
let project: Project;
beforeEach(() => {
  folder = tempFolder();
  project = openProject(folder.file('p.bitext'), { create: true });
});
afterEach(() => {
  project.close();
  folder.remove();
});

function errorOf(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected a StoreError');
}

describe('importing a page', () => {
  it('puts every sentence in exactly one row, in reading order, with the leftover links', () => {
    const { doc, links } = makePage(7, 30);
    const result = project.importDocument(doc, links, { contentHash: contentHash(doc.text), source: '/pages/page-7.txt' });
    expect(result.skipped).toBe(false);
    const rows = project.listLinks(result.documentId, { limit: 1000 });
    expect(rows).toHaveLength(result.linkCount);
    expect(project.countLinks(result.documentId)).toBe(rows.length);
    const keys = rows.flatMap((r) => [...r.translation, ...r.original].map((s) => s.key));
    expect(keys.sort()).toEqual(doc.sentences.map((s) => s.id).sort());
    // Reading order: each row starts after the previous one.
    const firsts = rows.map((r) => Math.min(...[...r.translation, ...r.original].map((s) => Number(s.key.slice(1)))));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    for (const link of links) {
      const row = rows.find((r) => r.translation.some((s) => s.key === link.translation[0]))!;
      expect(row.original.map((s) => s.key)).toEqual(link.original);
      expect(row.score).toBeCloseTo(link.score);
      expect(row.original[0]).toMatchObject({ role: 'caption', lang: 'vi' });
    }
    const site = rows[0]!;
    expect([site.translation.length, site.original[0]?.role, site.score]).toEqual([0, 'site', null]);
    expect(rows.every((r) => r.state === 'proposed' && r.origin === 'auto')).toBe(true);
    expect(project.check().ok).toBe(true);
  });

  it('pages through rows with offset and limit', () => {
    const { doc, links } = makePage(1, 30);
    const { documentId } = project.importDocument(doc, links, { contentHash: 'h' });
    const all = project.listLinks(documentId, { limit: 1000 });
    const page = project.listLinks(documentId, { offset: 5, limit: 4 });
    expect(page.map((r) => r.id)).toEqual(all.slice(5, 9).map((r) => r.id));
    expect(page.map((r) => r.index)).toEqual([5, 6, 7, 8]);
    expect(project.locateLink(all[9]!.id)).toEqual({ documentId, index: 9 });
  });

  it('skips a page whose content hash is already in the project', () => {
    const { doc, links } = makePage(1, 10);
    const first = project.importDocument(doc, links, { contentHash: 'same' });
    const second = project.importDocument({ ...doc, file: 'copy.txt' }, links, { contentHash: 'same' });
    expect(second).toEqual({ documentId: first.documentId, skipped: true, linkCount: 0 });
    expect(project.listDocuments()).toHaveLength(1);
    expect(project.history().filter((h) => h.action === 'import')).toHaveLength(1);
  });

  it('lists documents with metadata and counts of rows by state', () => {
    const a = makePage(1, 10);
    const b = makePage(2, 20);
    const first = project.importDocument(a.doc, a.links, { contentHash: 'a' });
    project.importDocument(b.doc, b.links, { contentHash: 'b' });
    const rows = project.listLinks(first.documentId, { limit: 3 });
    project.setLinkState([rows[0]!.id, rows[1]!.id], 'confirmed');
    project.setLinkState([rows[2]!.id], 'rejected');
    const docs = project.listDocuments();
    expect(docs.map((d) => d.file)).toEqual(['page-1.txt', 'page-2.txt']);
    expect(docs[0]).toMatchObject({ kind: 'page', title: 'Seite 1', publisher: 'Báo Quốc Tế', date: '2023-10-14', languages: { translation: 'de', original: 'vi' } });
    expect(docs[0]!.links).toEqual({ proposed: docs[0]!.links.total - 3, confirmed: 2, rejected: 1, total: project.countLinks(first.documentId) });
    const stored = project.getDocument(first.documentId);
    expect(stored.blocks.map((x) => x.key)).toEqual(a.doc.blocks.map((x) => x.id));
    expect(stored.meta).toEqual(a.doc.meta);
    expect(stored.text).toBe(a.doc.text);
  });

  it('names the file and field of bad input and writes nothing', () => {
    const { doc, links } = makePage(3, 10);
    expect(errorOf(() => project.importDocument(doc, [{ translation: ['s99'], original: [], score: 1 }], { contentHash: 'x' })).message).toMatch(/page-3\.txt.*links\[0\]\.translation names sentence "s99"/);
    expect(errorOf(() => project.importDocument(doc, [...links, { translation: [], original: [links[0]!.original[0]!], score: 1 }], { contentHash: 'x' })).message).toMatch(/more than one link/);
    expect(errorOf(() => project.importDocument(doc, [{ translation: ['s2'], original: ['s2'], score: 1 }], { contentHash: 'x' })).message).toMatch(/more than one link/);
    expect(errorOf(() => project.importDocument({ ...doc, sentences: [{ ...doc.sentences[0]!, block: 'b77' }] }, [], { contentHash: 'x' })).message).toMatch(/refers to block "b77"/);
    expect(errorOf(() => project.importDocument(doc, links, { contentHash: '' })).code).toBe('bad_request');
    expect(project.listDocuments()).toEqual([]);
    expect(project.history()).toEqual([]);
  });
});

describe('importing a pair', () => {
  it('links the translation with its source, adding 0-1 rows for uncovered sentences in order', () => {
    const source = makeMonolingual(1, 40, 'vi');
    const translation = makeMonolingual(1, 38, 'de');
    const links = pairLinks(38);
    const result = project.importPair(source, translation, links, { contentHash: contentHash(source.text, translation.text) });
    expect(result.sourceDocumentId).toBeDefined();
    const rows = project.listLinks(result.documentId, { limit: 1000 });
    expect(rows.flatMap((r) => r.translation).map((s) => s.key)).toEqual(translation.sentences.map((s) => s.id));
    expect(rows.flatMap((r) => r.original).map((s) => s.key)).toEqual(source.sentences.map((s) => s.id));
    expect(rows[9]).toMatchObject({ translation: [{ key: 's10', documentId: result.documentId }], original: [] });
    expect(rows[10]).toMatchObject({ translation: [], original: [{ key: 's10', documentId: result.sourceDocumentId }] });
    // The source page shows the same rows, and the list shows the pair once.
    expect(project.listLinks(result.sourceDocumentId!, { limit: 3 }).map((r) => r.id)).toEqual(rows.slice(0, 3).map((r) => r.id));
    expect(project.listDocuments()).toMatchObject([{ id: result.documentId, kind: 'pair_translation', sourceDocument: { id: result.sourceDocumentId, file: 'pair-1.vi.txt' } }]);
    expect(project.importPair(source, translation, links, { contentHash: contentHash(source.text, translation.text) }).skipped).toBe(true);
    expect(project.check().ok).toBe(true);
  });

  it('sorts links that arrive out of order and undoes the pair as one action', () => {
    const source = makeMonolingual(2, 12, 'vi');
    const translation = makeMonolingual(2, 12, 'de');
    const links = pairLinks(12).reverse();
    const result = project.importPair(source, translation, links, { contentHash: 'pair-2' });
    const rows = project.listLinks(result.documentId, { limit: 100 });
    expect(rows.flatMap((r) => r.translation).map((s) => s.key)).toEqual(translation.sentences.map((s) => s.id));
    const annotated = rows[0]!.original[0]!;
    project.addAnnotation({ sentenceId: annotated.id, start: 0, end: 3, category: 'accuracy/untranslated', severity: 'minor' });
    expect(project.listAnnotations(result.sourceDocumentId!)).toHaveLength(1);
    project.undo();
    project.undo();
    expect(project.listDocuments()).toEqual([]);
    expect(project.check().ok).toBe(true);
  });
});

describe('searching the corpus', () => {
  it('finds literal text case-insensitively and patterns, with the row to jump to', () => {
    for (let i = 1; i <= 3; i++) {
      const { doc, links } = makePage(i, 20);
      project.importDocument(doc, links, { contentHash: `p${i}` });
    }
    const hits = project.searchSentences('MINISTER', { limit: 1000 });
    expect(hits.length).toBeGreaterThan(3);
    expect(new Set(hits.map((h) => h.documentId)).size).toBe(3);
    for (const hit of hits) {
      expect(hit.text.slice(hit.match.start, hit.match.end).toLowerCase()).toBe('minister');
      const row = project.listLinks(hit.linkDocumentId, { offset: hit.linkIndex, limit: 1 })[0]!;
      expect(row.id).toBe(hit.linkId);
    }
    expect(project.searchSentences(/\(2\.1[0-9]\)$/u).every((h) => h.file === 'page-2.txt')).toBe(true);
    expect(project.searchSentences('Minister', { limit: 2 })).toHaveLength(2);
  });
});
