// Sentence actions: fixing the text (an edit row; the latest one is the current text), reverting to the machine
// text, and moving sentence boundaries (split one sentence, join two neighbours).
import type { SqlDatabase } from './driver';
import { Recorder } from './changes';
import { StoreError } from './errors';
import { POSITION_GAP } from './importer';
import { linkOfSentence, membersOf } from './links';
import { getSentence } from './reader';
import type { StoredSentence } from './types';

const MAX_TEXT = 100_000;

/** An action's page and the record it created (the edit, or the new sentence). */
type Created = { documentId: number; createdIds: [number] };

interface SentenceRecord {
  id: number;
  document_id: number;
  block_id: number;
  key: string;
  side: string;
  ord: number;
  text: string;
  start_offset: number;
  end_offset: number;
}

function record(db: SqlDatabase, id: number): SentenceRecord {
  const row = db.prepare('SELECT * FROM sentences WHERE id = ?').get<SentenceRecord>(id);
  if (!row) throw new StoreError('not_found', `There is no sentence ${id} in this project.`);
  return row;
}

function now(): string {
  return new Date().toISOString();
}

export function editSentence(recorder: Recorder, sentenceId: number, text: unknown): Created {
  if (typeof text !== 'string') throw new StoreError('bad_request', 'The new text of a sentence must be a string.');
  if (text.length > MAX_TEXT) throw new StoreError('bad_request', `The new text is ${text.length} characters long; a sentence may have at most ${MAX_TEXT}.`);
  const sentence = getSentence(recorder.db, sentenceId);
  const fixed = text.normalize('NFC');
  if (fixed === sentence.text) throw new StoreError('bad_request', `Sentence ${sentenceId} already reads like that; nothing to save.`);
  const editId = recorder.insert('edits', { sentence_id: sentenceId, original_text: sentence.originalText, fixed_text: fixed, at: now() });
  return { documentId: sentence.documentId, createdIds: [editId] };
}

export function revertSentence(recorder: Recorder, sentenceId: number): Created {
  const sentence = getSentence(recorder.db, sentenceId);
  if (!sentence.edited) throw new StoreError('bad_request', `Sentence ${sentenceId} has no changes to revert.`);
  const editId = recorder.insert('edits', { sentence_id: sentenceId, original_text: sentence.originalText, fixed_text: sentence.originalText, at: now() });
  return { documentId: sentence.documentId, createdIds: [editId] };
}

/** Whether a sentence has edit rows: the latest one, even a revert, decides the text shown (see CURRENT_TEXT). */
function hasEdits(db: SqlDatabase, sentenceId: number): boolean {
  return db.prepare('SELECT 1 AS one FROM edits WHERE sentence_id = ? LIMIT 1').get(sentenceId) !== undefined;
}

function nextKey(db: SqlDatabase, documentId: number): string {
  let highest = 0;
  for (const { key } of db.prepare('SELECT key FROM sentences WHERE document_id = ?').iterate<{ key: string }>(documentId)) {
    const n = /^s(\d+)$/.exec(key);
    if (n) highest = Math.max(highest, Number(n[1]));
  }
  return `s${highest + 1}`;
}

/** An order value between `after` and the next sentence of the document; renumbers when the gap is used up. */
function ordAfter(recorder: Recorder, after: SentenceRecord): number {
  const next = recorder.db.prepare('SELECT ord FROM sentences WHERE document_id = ? AND ord > ? ORDER BY ord LIMIT 1').get<{ ord: number }>(after.document_id, after.ord);
  const high = next ? next.ord : after.ord + 2 * POSITION_GAP;
  if (high - after.ord >= 2) return after.ord + Math.floor((high - after.ord) / 2);
  let ord = 0;
  let result = 0;
  for (const { id } of recorder.db.prepare('SELECT id FROM sentences WHERE document_id = ? ORDER BY ord').all<{ id: number }>(after.document_id)) {
    recorder.update('sentences', [id], { ord: (ord += POSITION_GAP) });
    if (id === after.id) result = ord += POSITION_GAP;
  }
  return result;
}

/** Splits a sentence at `offset` in its text; the second part becomes a new sentence in the same link. */
export function splitSentence(recorder: Recorder, sentenceId: number, offset: number): Created {
  const db = recorder.db;
  const current: StoredSentence = getSentence(db, sentenceId);
  if (current.edited) throw new StoreError('conflict', `Sentence ${sentenceId} has been edited; sentence boundaries apply to the machine text. Revert the edit, split, then edit the parts.`);
  const s = record(db, sentenceId);
  if (!Number.isInteger(offset) || offset <= 0 || offset >= s.text.length) throw new StoreError('bad_request', `Split offset ${offset} must fall inside the sentence (1…${s.text.length - 1}).`);
  const head = s.text.slice(0, offset).trimEnd();
  const restStart = offset + (s.text.slice(offset).length - s.text.slice(offset).trimStart().length);
  const tail = s.text.slice(restStart);
  if (head.length === 0 || tail.length === 0) throw new StoreError('bad_request', 'Both parts of a split sentence need text; choose a point between words.');
  const annotations = db.prepare('SELECT id, start_offset, end_offset FROM annotations WHERE sentence_id = ?').all<{ id: number; start_offset: number; end_offset: number }>(sentenceId);
  const crossing = annotations.find((a) => a.start_offset < offset && a.end_offset > offset);
  if (crossing) throw new StoreError('conflict', `Annotation ${crossing.id} spans the split point; change or delete it first.`);
  const link = linkOfSentence(db, sentenceId);
  const ord = ordAfter(recorder, s);
  recorder.update('sentences', [sentenceId], { text: head, end_offset: s.start_offset + head.length });
  // An edited-then-reverted sentence would otherwise go on showing its whole old text.
  if (hasEdits(db, sentenceId)) recorder.insert('edits', { sentence_id: sentenceId, original_text: head, fixed_text: head, at: now() });
  const newSentenceId = recorder.insert('sentences', {
    document_id: s.document_id, block_id: s.block_id, key: nextKey(db, s.document_id), side: s.side, lang: current.lang,
    text: tail, start_offset: s.start_offset + restStart, end_offset: s.end_offset, ord,
  });
  recorder.insert('link_sentences', { link_id: link.id, sentence_id: newSentenceId, side: s.side });
  for (const a of annotations) {
    if (a.start_offset >= offset) {
      recorder.update('annotations', [a.id], { sentence_id: newSentenceId, start_offset: Math.max(0, a.start_offset - restStart), end_offset: Math.max(0, a.end_offset - restStart) });
    } else if (a.end_offset > head.length) {
      recorder.update('annotations', [a.id], { end_offset: head.length });
    }
  }
  return { documentId: s.document_id, createdIds: [newSentenceId] };
}

/** Joins `secondId` into `firstId`: the next sentence on the same side of the same block. */
export function joinSentences(recorder: Recorder, firstId: number, secondId: number): { documentId: number } {
  const db = recorder.db;
  const first = record(db, firstId);
  const second = record(db, secondId);
  if (first.document_id !== second.document_id || first.side !== second.side || first.block_id !== second.block_id) {
    throw new StoreError('bad_request', `Sentences ${firstId} and ${secondId} cannot be joined: only neighbouring sentences of the same paragraph can.`);
  }
  const between = db.prepare('SELECT count(*) AS n FROM sentences WHERE document_id = ? AND side = ? AND ord > ? AND ord < ?').get<{ n: number }>(first.document_id, first.side, first.ord, second.ord)?.n;
  if (second.ord <= first.ord || between !== 0) throw new StoreError('bad_request', `Sentence ${secondId} does not directly follow sentence ${firstId}.`);
  const doc = db.prepare('SELECT text FROM documents WHERE id = ?').get<{ text: string }>(first.document_id);
  const gap = doc ? doc.text.slice(first.end_offset, second.start_offset) : ' ';
  const separator = gap === '' ? '' : ' ';
  const a = getSentence(db, firstId);
  const b = getSentence(db, secondId);
  const shift = a.text.length + separator.length;
  for (const ann of db.prepare('SELECT id, start_offset, end_offset FROM annotations WHERE sentence_id = ?').all<{ id: number; start_offset: number; end_offset: number }>(secondId)) {
    recorder.update('annotations', [ann.id], { sentence_id: firstId, start_offset: ann.start_offset + shift, end_offset: ann.end_offset + shift });
  }
  const joinedMachine = first.text + separator + second.text;
  recorder.update('sentences', [firstId], { text: joinedMachine, end_offset: second.end_offset });
  // With edit rows, even a revert, the latest edit decides the text shown, so the joined text needs one too.
  if (a.edited || b.edited || hasEdits(db, firstId)) recorder.insert('edits', { sentence_id: firstId, original_text: joinedMachine, fixed_text: a.text + separator + b.text, at: now() });
  for (const { id } of db.prepare('SELECT id FROM edits WHERE sentence_id = ? ORDER BY id').all<{ id: number }>(secondId)) recorder.delete('edits', [id]);
  const link = linkOfSentence(db, secondId);
  recorder.delete('link_sentences', [link.id, secondId]);
  if (membersOf(db, link.id).length === 0) recorder.delete('links', [link.id]);
  recorder.delete('sentences', [secondId]);
  return { documentId: first.document_id };
}

/**
 * Writes the translation of a row that has only the original (a leftover never translated): a new sentence on
 * the translation side whose machine text is empty and whose fixed text is the person's, so it shows as an edit.
 */
export function addTranslation(recorder: Recorder, linkId: number, text: unknown): Created {
  const db = recorder.db;
  if (typeof text !== 'string' || text.trim() === '') throw new StoreError('bad_request', 'Write the translation: it must not be empty.');
  if (text.length > MAX_TEXT) throw new StoreError('bad_request', `The translation is ${text.length} characters long; a sentence may have at most ${MAX_TEXT}.`);
  const members = membersOf(db, linkId);
  if (members.length === 0) throw new StoreError('not_found', `There is no row ${linkId} in this project.`);
  if (members.some((m) => m.side === 'translation')) throw new StoreError('conflict', `Row ${linkId} already has a translation; edit that sentence instead.`);
  const original = record(db, members[0]!.sentenceId);
  const doc = db.prepare('SELECT lang_translation FROM documents WHERE id = ?').get<{ lang_translation: string }>(original.document_id);
  const newSentenceId = recorder.insert('sentences', {
    document_id: original.document_id, block_id: original.block_id, key: nextKey(db, original.document_id), side: 'translation',
    lang: doc?.lang_translation ?? null, text: '', start_offset: original.start_offset, end_offset: original.start_offset, ord: ordAfter(recorder, original),
  });
  recorder.insert('link_sentences', { link_id: linkId, sentence_id: newSentenceId, side: 'translation' });
  recorder.insert('edits', { sentence_id: newSentenceId, original_text: '', fixed_text: text.normalize('NFC'), at: now() });
  return { documentId: original.document_id, createdIds: [newSentenceId] };
}
