// The two import actions: a page, and a pair of pages. Input is checked before the write lock is taken; the
// writing is an action like any other (one transaction, one undoable history entry through `act`).
import type { PageDocument } from '../model';
import type { SqlDatabase } from './driver';
import { act } from './act';
import { StoreError } from './errors';
import { insertLinks, insertPage, orderPageLinks, orderPairLinks, resolveLinks, validatePage } from './importer';
import type { ImportLink, ImportOptions, ImportResult, PairImportOptions, Side } from './types';

function checkHash(options: ImportOptions, label: string): void {
  if (typeof options?.contentHash !== 'string' || options.contentHash.length === 0) {
    throw new StoreError('bad_request', `${label}: options.contentHash is required (a hash of the file's bytes) so duplicates can be skipped.`);
  }
}

function keyIndex(doc: PageDocument): Map<string, number> {
  return new Map(doc.sentences.map((s, i) => [s.id, i]));
}

export function importDocument(db: SqlDatabase, doc: PageDocument, links: readonly ImportLink[], options: ImportOptions): ImportResult {
  const label = `Page ${String(doc?.file)}`;
  checkHash(options, label);
  validatePage(doc, 'page');
  const keys = keyIndex(doc);
  const planned = resolveLinks(links, keys, keys, label);
  const sides = new Map<number, Side>();
  for (const link of planned) {
    for (const i of link.translation) sides.set(i, 'translation');
    for (const i of link.original) sides.set(i, 'original');
  }
  const sideOf = (i: number): Side => sides.get(i) ?? (doc.sentences[i]?.lang === doc.languages.original ? 'original' : 'translation');
  const ordered = orderPageLinks(planned, doc.sentences.length, sideOf);
  return act(db, 'import', (recorder): ImportResult => {
    const existing = db.prepare("SELECT id FROM documents WHERE content_hash = ? AND kind = 'page'").get<{ id: number }>(options.contentHash);
    if (existing) return { documentId: existing.id, skipped: true, linkCount: 0 };
    const page = insertPage(recorder, doc, { kind: 'page', pairId: null, contentHash: options.contentHash, source: options.source ?? null, sideOf });
    insertLinks(recorder, page.documentId, ordered, page.sentenceIds, page.sentenceIds);
    return { documentId: page.documentId, skipped: false, linkCount: ordered.length };
  }).outcome;
}

/**
 * A source page and its translation. `links` name translation sentences by the translation page's ids and
 * original sentences by the source page's ids. The links belong to the translation page (`documentId`).
 */
export function importPair(db: SqlDatabase, source: PageDocument, translation: PageDocument, links: readonly ImportLink[], options: PairImportOptions): ImportResult {
  const label = `Pair ${String(source?.file)} / ${String(translation?.file)}`;
  checkHash(options, label);
  validatePage(source, 'source page');
  validatePage(translation, 'translation page');
  const planned = resolveLinks(links, keyIndex(translation), keyIndex(source), label);
  const ordered = orderPairLinks(planned, translation.sentences.length, source.sentences.length);
  return act(db, 'import_pair', (recorder): ImportResult => {
    const existing = db
      .prepare("SELECT id, pair_id FROM documents WHERE content_hash IN (?, ?) AND kind = 'pair_translation' ORDER BY id LIMIT 1")
      .get<{ id: number; pair_id: number }>(options.contentHash, options.swappedContentHash ?? options.contentHash);
    if (existing) return { documentId: existing.id, sourceDocumentId: existing.pair_id, skipped: true, linkCount: 0 };
    const common = { source: options.source ?? null };
    const src = insertPage(recorder, source, { ...common, kind: 'pair_source', pairId: null, contentHash: options.sourceContentHash ?? `${options.contentHash}:source`, sideOf: () => 'original' });
    const tgt = insertPage(recorder, translation, { ...common, kind: 'pair_translation', pairId: src.documentId, contentHash: options.contentHash, sideOf: () => 'translation' });
    insertLinks(recorder, tgt.documentId, ordered, tgt.sentenceIds, src.sentenceIds);
    return { documentId: tgt.documentId, sourceDocumentId: src.documentId, skipped: false, linkCount: ordered.length };
  }).outcome;
}
