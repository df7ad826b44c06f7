// What each action does to the modelled state (propertyModel.ts), written from the behaviour the API promises:
// a rule either throws Refused (the API must answer 4xx and change nothing) or changes the state it was given
// (a copy) and returns the name history records, or null when the action changed nothing and records nothing.
import type { LinkState } from '../../src/model';
import { rowOf, rowSentences, type MAnnotation, type MDoc, type MRow, type MSentence, type MState, type Side } from './propertyModel';

export class Refused extends Error {}

function refuse(why: string): never {
  throw new Refused(why);
}

export function findSentence(state: MState, id: number): { doc: MDoc; s: MSentence } {
  for (const doc of state.docs) {
    const s = doc.sentences[id];
    if (s) return { doc, s };
  }
  return refuse(`no sentence ${id}`);
}

function findRow(state: MState, linkId: number): { doc: MDoc; index: number } {
  for (const doc of state.docs) {
    const index = doc.rows.findIndex((r) => r.linkId === linkId);
    if (index >= 0) return { doc, index };
  }
  return refuse(`no link ${linkId}`);
}

function findAnnotation(state: MState, id: number): { doc: MDoc; a: MAnnotation } {
  for (const doc of state.docs) {
    const a = doc.annotations.find((x) => x.id === id);
    if (a) return { doc, a };
  }
  return refuse(`no annotation ${id}`);
}

/** The key a new sentence of page `page` gets: one past the highest `sN` of that page. */
function nextKey(doc: MDoc, page: number): string {
  const numbers = Object.values(doc.sentences).filter((x) => x.doc === page).map((x) => Number(/^s(\d+)$/.exec(x.key)?.[1] ?? 0));
  return `s${Math.max(0, ...numbers) + 1}`;
}

const newRow = (sentences: number[]): MRow => ({ linkId: null, state: 'proposed', origin: 'manual', score: null, sentences });

// Sentences

export function edit(state: MState, sentenceId: number, text: string): string {
  const { s } = findSentence(state, sentenceId);
  const fixed = text.normalize('NFC');
  if (fixed === s.current) refuse('the text is unchanged');
  s.current = fixed;
  return 'edit_sentence';
}

export function revert(state: MState, sentenceId: number): string {
  const { s } = findSentence(state, sentenceId);
  if (s.current === s.text) refuse('nothing to revert');
  s.current = s.text;
  return 'revert_sentence';
}

/** The text after `offset` becomes a new sentence (`created`) in the same row, right after it in reading order. */
export function splitSentence(state: MState, sentenceId: number, offset: number, created: () => number): string {
  const { doc, s } = findSentence(state, sentenceId);
  if (s.current !== s.text) refuse('boundaries apply to unedited sentences');
  if (offset <= 0 || offset >= s.text.length) refuse('offset outside the sentence');
  const head = s.text.slice(0, offset).trimEnd();
  const rest = s.text.slice(offset);
  const restStart = offset + (rest.length - rest.trimStart().length);
  const tail = s.text.slice(restStart);
  if (head === '' || tail === '') refuse('a part would be empty');
  const own = doc.annotations.filter((a) => a.sentenceId === sentenceId);
  if (own.some((a) => a.start < offset && a.end > offset)) refuse('an annotation spans the split point');
  const id = created();
  doc.sentences[id] = { ...s, id, key: nextKey(doc, s.doc), text: tail, current: tail, start: s.start + restStart, end: s.end };
  Object.assign(s, { text: head, current: head, end: s.start + head.length });
  doc.order.splice(doc.order.indexOf(sentenceId) + 1, 0, id);
  doc.rows[rowOf(doc, sentenceId)]!.sentences.push(id);
  for (const a of own) {
    if (a.start >= offset) Object.assign(a, { sentenceId: id, start: Math.max(0, a.start - restStart), end: Math.max(0, a.end - restStart) });
    else if (a.end > head.length) a.end = head.length;
  }
  return 'split_sentence';
}

/** Joins `secondId`, the next sentence of the same side in the same paragraph, into `firstId`. */
export function join(state: MState, firstId: number, secondId: number): string {
  const { doc, s: first } = findSentence(state, firstId);
  const { doc: otherDoc, s: second } = findSentence(state, secondId);
  if (otherDoc !== doc || first.side !== second.side || first.block !== second.block) refuse('not of the same paragraph and side');
  const sameSide = doc.order.filter((id) => doc.sentences[id]!.side === first.side);
  if (sameSide[sameSide.indexOf(firstId) + 1] !== secondId) refuse('not directly following');
  const separator = doc.texts[first.doc]!.slice(first.end, second.start) === '' ? '' : ' ';
  const shift = first.current.length + separator.length;
  for (const a of doc.annotations) if (a.sentenceId === secondId) Object.assign(a, { sentenceId: firstId, start: a.start + shift, end: a.end + shift });
  const edited = first.current !== first.text || second.current !== second.text;
  const current = first.current + separator + second.current;
  first.text = first.text + separator + second.text;
  first.current = edited ? current : first.text;
  first.end = second.end;
  const r = rowOf(doc, secondId);
  const row = doc.rows[r]!;
  row.sentences = row.sentences.filter((id) => id !== secondId);
  if (row.sentences.length === 0) doc.rows.splice(r, 1);
  doc.order = doc.order.filter((id) => id !== secondId);
  delete doc.sentences[secondId];
  return 'join_sentences';
}

/**
 * Writes the translation of a row that has only originals: a new translation-side sentence whose machine text is
 * empty, placed, as the store does, in the page and paragraph of the row's first original, right after it.
 */
export function addTranslation(state: MState, linkId: number, text: string, created: () => number): string {
  const { doc, index } = findRow(state, linkId);
  if (text.trim() === '') refuse('empty translation');
  const members = rowSentences(doc, doc.rows[index]!);
  if (members.some((m) => m.side === 'translation')) refuse('the row has a translation');
  const original = members[0]!;
  const id = created();
  doc.sentences[id] = { ...original, id, key: nextKey(doc, original.doc), side: 'translation', text: '', current: text.normalize('NFC'), lang: doc.translationLang, end: original.start };
  doc.order.splice(doc.order.indexOf(original.id) + 1, 0, id);
  doc.rows[index]!.sentences.push(id);
  return 'add_translation';
}

// Rows

export function setState(state: MState, linkIds: number[], next: LinkState): string | null {
  const rows = linkIds.map((id) => findRow(state, id));
  let changed = false;
  for (const { doc, index } of rows) {
    const row = doc.rows[index]!;
    changed ||= row.state !== next;
    row.state = next;
  }
  return changed ? `link_${next}` : null;
}

/** Furniture roles (the model's BOILERPLATE_ROLES, written out so the model stays independent of the code). */
const FURNITURE = new Set(['site', 'byline', 'related', 'source', 'ad', 'comments', 'nav']);

export function confirmThrough(state: MState, linkId: number): string | null {
  const { doc, index } = findRow(state, linkId);
  const target = doc.rows[index]!;
  // Rows swept along must be real sentence pairs: a sentence on each side, not all page furniture.
  const realPair = (r: (typeof doc.rows)[number]) => {
    const members = r.sentences.map((id) => doc.sentences[id]!);
    return members.some((s) => s.side === 'translation') && members.some((s) => s.side === 'original') && members.some((s) => !FURNITURE.has(s.role));
  };
  const proposed = doc.rows.slice(0, index + 1).filter((r) => r.state === 'proposed' && (r === target || realPair(r)));
  for (const row of proposed) row.state = 'confirmed';
  return proposed.length > 0 ? 'confirm_through' : null;
}

export function merge(state: MState, linkIds: number[]): string {
  if (new Set(linkIds).size !== linkIds.length) refuse('a row named twice');
  const found = linkIds.map((id) => findRow(state, id));
  const doc = found[0]!.doc;
  if (found.some((f) => f.doc !== doc)) refuse('rows of different documents');
  const indices = found.map((f) => f.index).sort((a, b) => a - b);
  if (indices[indices.length - 1]! - indices[0]! !== indices.length - 1) refuse('rows not neighbours');
  const sentences = indices.flatMap((i) => doc.rows[i]!.sentences);
  doc.rows.splice(indices[0]!, indices.length, newRow(sentences));
  return 'merge_links';
}

export function splitRow(state: MState, linkId: number, translation: number, original: number): string {
  const { doc, index } = findRow(state, linkId);
  const all = rowSentences(doc, doc.rows[index]!);
  const t = all.filter((s) => s.side === 'translation').map((s) => s.id);
  const o = all.filter((s) => s.side === 'original').map((s) => s.id);
  const first = [...t.slice(0, translation), ...o.slice(0, original)];
  const second = [...t.slice(translation), ...o.slice(original)];
  if (first.length === 0 || second.length === 0) refuse('a row would be empty');
  doc.rows.splice(index, 1, newRow(first), newRow(second));
  return 'split_link';
}

export function detach(state: MState, sentenceId: number): string {
  const { doc, s } = findSentence(state, sentenceId);
  const index = rowOf(doc, sentenceId);
  const members = rowSentences(doc, doc.rows[index]!);
  if (members.length < 2) refuse('already alone');
  const rest = members.filter((m) => m.id !== sentenceId);
  const sameSide = members.filter((m) => m.side === s.side);
  // Before the rest when it came first on its side; alone on its side, when it comes first in its page's reading
  // order and the rest is on the same page (in a pair the other side is on the other page: then after).
  const before = sameSide.length > 1 ? sameSide[0]!.id === sentenceId : rest.every((m) => m.doc === s.doc) && members[0]!.id === sentenceId;
  const alone = newRow([sentenceId]);
  const others = newRow(rest.map((m) => m.id));
  doc.rows.splice(index, 1, ...(before ? [alone, others] : [others, alone]));
  return 'detach_sentence';
}

export function moveSentence(state: MState, sentenceId: number, direction: 'up' | 'down'): string {
  const { doc, s } = findSentence(state, sentenceId);
  const index = rowOf(doc, sentenceId);
  const targetIndex = direction === 'up' ? index - 1 : index + 1;
  const target = doc.rows[targetIndex];
  if (!target) refuse('no row there');
  const sameSide = rowSentences(doc, doc.rows[index]!).filter((m) => m.side === (s.side as Side));
  const edge = direction === 'up' ? sameSide[0] : sameSide[sameSide.length - 1];
  if (edge?.id !== sentenceId) refuse('not at the edge of its row');
  const moved = doc.rows[index]!.sentences.filter((id) => id !== sentenceId);
  const receiving = newRow([...target.sentences, sentenceId]);
  const rest = moved.length > 0 ? [newRow(moved)] : [];
  doc.rows.splice(Math.min(index, targetIndex), 2, ...(direction === 'up' ? [receiving, ...rest] : [...rest, receiving]));
  return `move_sentence_${direction}`;
}

// Annotations

export interface AnnotationFields {
  start?: number;
  end?: number;
  category?: string;
  severity?: string;
  comment?: string;
}

function checkCategory(category: string): string {
  const trimmed = category.trim();
  if (trimmed === '' || category.length > 200) refuse('bad category');
  return trimmed;
}

export function annotate(state: MState, sentenceId: number, f: Required<AnnotationFields>, created: () => number): string {
  const { doc, s } = findSentence(state, sentenceId);
  if (f.end < f.start || f.end > s.current.length) refuse('span outside the sentence');
  const category = checkCategory(f.category);
  doc.annotations.push({ id: created(), sentenceId, start: f.start, end: f.end, category, severity: f.severity, comment: f.comment });
  return 'add_annotation';
}

export function updateAnnotation(state: MState, id: number, patch: AnnotationFields): string {
  const { doc, a } = findAnnotation(state, id);
  const next = { ...a };
  if (patch.start !== undefined || patch.end !== undefined) {
    next.start = patch.start ?? a.start;
    next.end = patch.end ?? a.end;
    if (next.end < next.start || next.end > doc.sentences[a.sentenceId]!.current.length) refuse('span outside the sentence');
  }
  if (patch.category !== undefined) next.category = checkCategory(patch.category);
  if (patch.severity !== undefined) next.severity = patch.severity;
  if (patch.comment !== undefined) next.comment = patch.comment;
  if (Object.keys(patch).length === 0) refuse('nothing to change');
  Object.assign(a, next);
  return 'update_annotation';
}

export function deleteAnnotation(state: MState, id: number): string {
  const { doc, a } = findAnnotation(state, id);
  doc.annotations = doc.annotations.filter((x) => x !== a);
  return 'delete_annotation';
}
