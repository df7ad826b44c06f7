// Annotation actions: MQM error spans on a sentence, with category, severity and comment. The taxonomy itself is
// data owned by review/; the store only insists on a non-empty category and a known severity.
import { MQM_SEVERITIES, type MqmSeverity } from '../model';
import { Recorder } from './changes';
import { StoreError } from './errors';
import { getSentence } from './reader';
import type { AnnotationInput, AnnotationPatch } from './types';

const MAX_COMMENT = 10_000;

function checkSpan(textLength: number, start: unknown, end: unknown): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number) || (end as number) > textLength) {
    throw new StoreError('bad_request', `The span ${String(start)}–${String(end)} must lie within the sentence (0…${textLength}) with start ≤ end.`);
  }
}

function checkCategory(category: unknown): string {
  if (typeof category !== 'string' || category.trim().length === 0 || category.length > 200) {
    throw new StoreError('bad_request', 'An annotation needs a category (for example "accuracy/mistranslation").');
  }
  return category.trim();
}

function checkSeverity(severity: unknown): MqmSeverity {
  if (!MQM_SEVERITIES.includes(severity as MqmSeverity)) throw new StoreError('bad_request', `Unknown severity "${String(severity)}"; use one of ${MQM_SEVERITIES.join(', ')}.`);
  return severity as MqmSeverity;
}

function checkComment(comment: unknown): string {
  if (comment === undefined || comment === null) return '';
  if (typeof comment !== 'string' || comment.length > MAX_COMMENT) throw new StoreError('bad_request', `A comment must be text of at most ${MAX_COMMENT} characters.`);
  return comment;
}

export function addAnnotation(recorder: Recorder, input: AnnotationInput): { documentId: number; createdIds: [number] } {
  const sentence = getSentence(recorder.db, input?.sentenceId);
  checkSpan(sentence.text.length, input.start, input.end);
  const annotationId = recorder.insert('annotations', {
    sentence_id: sentence.id,
    start_offset: input.start,
    end_offset: input.end,
    category: checkCategory(input.category),
    severity: checkSeverity(input.severity),
    comment: checkComment(input.comment),
    at: new Date().toISOString(),
    updated_at: null,
  });
  return { documentId: sentence.documentId, createdIds: [annotationId] };
}

function annotationRow(recorder: Recorder, id: number): { sentence_id: number; start_offset: number; end_offset: number } {
  const row = recorder.db.prepare('SELECT sentence_id, start_offset, end_offset FROM annotations WHERE id = ?').get<{ sentence_id: number; start_offset: number; end_offset: number }>(id);
  if (!row) throw new StoreError('not_found', `There is no annotation ${id} in this project (it may have been deleted or undone).`);
  return row;
}

export function updateAnnotation(recorder: Recorder, id: number, patch: AnnotationPatch): { documentId: number } {
  const row = annotationRow(recorder, id);
  const sentence = getSentence(recorder.db, row.sentence_id);
  const values: Record<string, string | number | null> = {};
  if (patch.start !== undefined || patch.end !== undefined) {
    const start = patch.start ?? row.start_offset;
    const end = patch.end ?? row.end_offset;
    checkSpan(sentence.text.length, start, end);
    values.start_offset = start;
    values.end_offset = end;
  }
  if (patch.category !== undefined) values.category = checkCategory(patch.category);
  if (patch.severity !== undefined) values.severity = checkSeverity(patch.severity);
  if (patch.comment !== undefined) values.comment = checkComment(patch.comment);
  if (Object.keys(values).length === 0) throw new StoreError('bad_request', `Nothing to change in annotation ${id}: give a span, category, severity or comment.`);
  values.updated_at = new Date().toISOString();
  recorder.update('annotations', [id], values);
  return { documentId: sentence.documentId };
}

export function deleteAnnotation(recorder: Recorder, id: number): { documentId: number } {
  const row = annotationRow(recorder, id);
  const sentence = getSentence(recorder.db, row.sentence_id);
  recorder.delete('annotations', [id]);
  return { documentId: sentence.documentId };
}
