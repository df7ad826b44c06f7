// Writing pages into the project: one page (German with Vietnamese leftovers, linked inside the page) or a pair
// (a source page and its translation, linked across). Every sentence ends up in exactly one link, in reading order.
import { isLanguageTag, loneSurrogate, loneSurrogateDetail } from '../formats/units';
import type { PageDocument } from '../model';
import type { Recorder } from './changes';
import { StoreError } from './errors';
import type { ImportLink, Side } from './types';

/** Gap between neighbouring positions, so regrouping can insert rows without renumbering the document. */
export const POSITION_GAP = 1024;

export interface PlannedLink {
  translation: number[];
  original: number[];
  score: number | null;
}

/** Text the project can keep as it is and languages the exports can write; otherwise a message naming the field. */
function checkContent(where: string, field: string, text: unknown, lang?: unknown): void {
  const lone = typeof text === 'string' ? loneSurrogate(text) : null;
  if (lone) throw new StoreError('bad_request', `${where}: ${field}.text ${loneSurrogateDetail(lone)}.`);
  if (lang !== undefined && lang !== null && (typeof lang !== 'string' || !isLanguageTag(lang))) {
    throw new StoreError('bad_request', `${where}: ${field}.lang "${String(lang)}" is not a language code such as "de" or "vi" (use "und" when unknown).`);
  }
}

/** Checks a page's own structure; messages name the file and the field. */
export function validatePage(doc: PageDocument, label: string): void {
  const where = `${label} (${String(doc?.file)})`;
  if (typeof doc !== 'object' || doc === null) throw new StoreError('bad_request', `${label} is not a page document.`);
  if (typeof doc.file !== 'string' || typeof doc.text !== 'string') throw new StoreError('bad_request', `${where}: "file" and "text" must be strings.`);
  if (!Array.isArray(doc.blocks) || !Array.isArray(doc.sentences)) throw new StoreError('bad_request', `${where}: "blocks" and "sentences" must be arrays.`);
  if (typeof doc.languages?.translation !== 'string' || typeof doc.languages?.original !== 'string') {
    throw new StoreError('bad_request', `${where}: "languages.translation" and "languages.original" must be language codes.`);
  }
  for (const side of ['translation', 'original'] as const) {
    const lang = doc.languages[side];
    if (!isLanguageTag(lang)) throw new StoreError('bad_request', `${where}: languages.${side} "${lang}" is not a language code such as "de" or "vi" (use "und" when unknown).`);
  }
  const lone = loneSurrogate(doc.text);
  if (lone) throw new StoreError('bad_request', `${where}: text ${loneSurrogateDetail(lone)}.`);
  const blockKeys = new Set<string>();
  for (const [i, block] of doc.blocks.entries()) {
    if (typeof block.id !== 'string' || blockKeys.has(block.id)) throw new StoreError('bad_request', `${where}: blocks[${i}].id is missing or repeated.`);
    if (typeof block.text !== 'string' || typeof block.role !== 'string') throw new StoreError('bad_request', `${where}: blocks[${i}] needs "text" and "role".`);
    checkContent(where, `blocks[${i}]`, block.text, block.lang);
    blockKeys.add(block.id);
  }
  const sentenceKeys = new Set<string>();
  for (const [i, sentence] of doc.sentences.entries()) {
    if (typeof sentence.id !== 'string' || sentenceKeys.has(sentence.id)) throw new StoreError('bad_request', `${where}: sentences[${i}].id is missing or repeated.`);
    if (!blockKeys.has(sentence.block)) throw new StoreError('bad_request', `${where}: sentences[${i}] (${sentence.id}) refers to block "${sentence.block}", which the page does not have.`);
    if (typeof sentence.text !== 'string') throw new StoreError('bad_request', `${where}: sentences[${i}].text must be a string.`);
    checkContent(where, `sentences[${i}]`, sentence.text, sentence.lang);
    sentenceKeys.add(sentence.id);
  }
}

/** Resolves link sentence keys to indices and checks each sentence is used at most once. */
export function resolveLinks(
  links: readonly ImportLink[],
  translationKeys: ReadonlyMap<string, number>,
  originalKeys: ReadonlyMap<string, number>,
  label: string,
): PlannedLink[] {
  if (!Array.isArray(links)) throw new StoreError('bad_request', `${label}: links must be an array.`);
  const used = new Set<string>();
  return links.map((link, i) => {
    const resolve = (keys: unknown, map: ReadonlyMap<string, number>, side: Side): number[] => {
      if (!Array.isArray(keys)) throw new StoreError('bad_request', `${label}: links[${i}].${side} must be an array of sentence ids.`);
      return keys.map((key) => {
        const index = map.get(String(key));
        if (index === undefined) throw new StoreError('bad_request', `${label}: links[${i}].${side} names sentence "${String(key)}", which does not exist.`);
        // In a page both sides index the same sentences, so a sentence may not appear on both sides either.
        const usedKey = `${map === translationKeys ? 't' : 'o'}:${String(key)}`;
        if (used.has(usedKey)) throw new StoreError('bad_request', `${label}: sentence "${String(key)}" is in more than one link (links[${i}]).`);
        used.add(usedKey);
        return index;
      });
    };
    const translation = resolve(link?.translation, translationKeys, 'translation');
    const original = resolve(link?.original, originalKeys, 'original');
    if (translation.length + original.length === 0) throw new StoreError('bad_request', `${label}: links[${i}] has no sentences.`);
    const score = typeof link.score === 'number' && Number.isFinite(link.score) ? link.score : null;
    return { translation, original, score };
  });
}

const min = (values: number[]): number => (values.length === 0 ? Infinity : Math.min(...values));

/** One page: all sentences share one reading order, so a link sits where its first sentence is. */
export function orderPageLinks(links: PlannedLink[], sentenceCount: number, sideOf: (index: number) => Side): PlannedLink[] {
  const covered = new Set<number>();
  for (const link of links) for (const i of [...link.translation, ...link.original]) covered.add(i);
  const all = [...links];
  for (let i = 0; i < sentenceCount; i++) {
    if (covered.has(i)) continue;
    all.push(sideOf(i) === 'original' ? { translation: [], original: [i], score: null } : { translation: [i], original: [], score: null });
  }
  return all
    .map((link) => ({ link, key: min([...link.translation, ...link.original]) }))
    .sort((x, y) => x.key - y.key)
    .map((x) => x.link);
}

/**
 * A pair: two reading orders. Links keep the aligner's order when it is monotone on both sides (otherwise they are
 * sorted by relative position); uncovered sentences of either side come just before the first link that follows them.
 */
export function orderPairLinks(links: PlannedLink[], translationCount: number, originalCount: number): PlannedLink[] {
  let monotone = true;
  let lastT = -1;
  let lastO = -1;
  for (const link of links) {
    const t = min(link.translation);
    const o = min(link.original);
    if ((t !== Infinity && t < lastT) || (o !== Infinity && o < lastO)) monotone = false;
    if (t !== Infinity) lastT = t;
    if (o !== Infinity) lastO = o;
  }
  const relative = (link: PlannedLink): number => {
    const parts: number[] = [];
    if (link.translation.length) parts.push(min(link.translation) / Math.max(1, translationCount));
    if (link.original.length) parts.push(min(link.original) / Math.max(1, originalCount));
    return parts.reduce((a, b) => a + b, 0) / parts.length;
  };
  const sorted = monotone ? links : [...links].sort((x, y) => relative(x) - relative(y));
  const coveredT = new Set(links.flatMap((l) => l.translation));
  const coveredO = new Set(links.flatMap((l) => l.original));
  const out: PlannedLink[] = [];
  let nextT = 0;
  let nextO = 0;
  const flush = (untilT: number, untilO: number) => {
    for (; nextT < Math.min(untilT, translationCount); nextT++) if (!coveredT.has(nextT)) out.push({ translation: [nextT], original: [], score: null });
    for (; nextO < Math.min(untilO, originalCount); nextO++) if (!coveredO.has(nextO)) out.push({ translation: [], original: [nextO], score: null });
  };
  for (const link of sorted) {
    flush(min(link.translation), min(link.original));
    out.push(link);
  }
  flush(Infinity, Infinity);
  return out;
}

/** Inserts a page's document, blocks and sentences; returns sentence database ids by index. */
export function insertPage(
  recorder: Recorder,
  doc: PageDocument,
  document: { kind: string; pairId: number | null; contentHash: string; source: string | null; sideOf: (index: number) => Side },
): { documentId: number; sentenceIds: number[] } {
  const meta = doc.meta ?? { title: null, publisher: null, date: null, author: null, sourceUrl: null, slugHeadline: null };
  const documentId = recorder.insertBulk(
    'documents',
    ['kind', 'pair_id', 'file', 'content_hash', 'source', 'lang_translation', 'lang_original', 'title', 'publisher', 'date', 'meta', 'text', 'imported_at'],
    [document.kind, document.pairId, doc.file, document.contentHash, document.source, doc.languages.translation, doc.languages.original,
      meta.title ?? null, meta.publisher ?? null, meta.date ?? null, JSON.stringify(meta), doc.text, new Date().toISOString()],
  );
  const blockIds = new Map<string, number>();
  for (const block of doc.blocks) {
    const id = recorder.insertBulk('blocks', ['document_id', 'key', 'role', 'lang', 'text', 'line', 'start_offset', 'end_offset'],
      [documentId, block.id, block.role, block.lang ?? null, block.text, block.line ?? 0, block.start ?? 0, block.end ?? 0]);
    blockIds.set(block.id, id);
  }
  const sentenceIds = doc.sentences.map((sentence, i) =>
    recorder.insertBulk('sentences', ['document_id', 'block_id', 'key', 'side', 'lang', 'text', 'start_offset', 'end_offset', 'ord'],
      [documentId, blockIds.get(sentence.block) ?? null, sentence.id, document.sideOf(i), sentence.lang ?? null, sentence.text, sentence.start ?? 0, sentence.end ?? 0, (i + 1) * POSITION_GAP]),
  );
  return { documentId, sentenceIds };
}

export function insertLinks(recorder: Recorder, documentId: number, links: PlannedLink[], translationIds: number[], originalIds: number[]): void {
  links.forEach((link, i) => {
    const linkId = recorder.insertBulk('links', ['document_id', 'position', 'origin', 'state', 'score'], [documentId, (i + 1) * POSITION_GAP, 'auto', 'proposed', link.score]);
    for (const index of link.translation) recorder.insertBulk('link_sentences', ['link_id', 'sentence_id', 'side'], [linkId, translationIds[index] ?? null, 'translation']);
    for (const index of link.original) recorder.insertBulk('link_sentences', ['link_id', 'sentence_id', 'side'], [linkId, originalIds[index] ?? null, 'original']);
  });
}
