// The dispatcher is the API's door: a lone surrogate anywhere in the arguments is refused naming its field and
// position (the database would otherwise store U+FFFD and shift annotation offsets), unknown nested keys are
// named with their full path, and annotations must lie within their sentence — over the real HTTP transport.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, LinkPage } from '../../src/api/contract';
import { httpTransport, type Transport } from './transports';

let api: Transport;
let sentenceId: number;
let sentenceText: string;

beforeAll(async () => {
  api = await httpTransport();
  const docs = (await api.call('corpus.list', {})) as { ok: true; result: CorpusEntry[] };
  const page = (await api.call('links.list', { documentId: docs.result[0]!.id, limit: 50 })) as { ok: true; result: LinkPage };
  const sentence = page.result.rows.flatMap((r) => r.translation)[0]!;
  sentenceId = sentence.id;
  sentenceText = sentence.text;
});
afterAll(() => api.close());

describe('lone surrogates at the door', () => {
  it('an edit with a lone surrogate is refused with the field and position, and the sentence is unchanged', async () => {
    const outcome = await api.call('sentence.edit', { sentenceId, text: 'a\uD800b' });
    expect(outcome).toMatchObject({ ok: false, code: 'invalid_argument', status: 400 });
    expect(outcome.ok ? '' : outcome.message).toContain('field "text": contains a lone surrogate (U+D800) at position 1;');
    const page = (await api.call('sentence.history', { sentenceId })) as { ok: true; result: unknown[] };
    expect(page.result).toEqual([]);
  });

  it('nested strings are checked too, named by their path', async () => {
    const outcome = await api.call('corpus.import', { files: [{ name: 'x\uDC00.txt', base64: '' }] });
    expect(outcome.ok ? '' : outcome.message).toContain('field "files.0.name": contains a lone surrogate (U+DC00) at position 1;');
    const comment = await api.call('annotation.add', { sentenceId, start: 0, end: 1, category: 'Accuracy', severity: 'minor', comment: '\uD83D' });
    expect(comment.ok ? '' : comment.message).toContain('field "comment": contains a lone surrogate (U+D83D) at position 0;');
  });

  it('a surrogate pair is text like any other', async () => {
    const outcome = await api.call('sentence.edit', { sentenceId, text: `${sentenceText} 😀` });
    expect(outcome.ok).toBe(true);
    await api.call('history.undo', {});
  });
});

describe('unknown keys', () => {
  it('are named with their full path, at the top level and nested', async () => {
    const nested = await api.call('corpus.import', { files: [{ name: 'a.txt', base64: '', extra: 1 }] });
    expect(nested.ok ? '' : nested.message).toContain('unknown field "files.0.extra"');
    const top = await api.call('corpus.list', { extra: 1, more: 2 });
    expect(top.ok ? '' : top.message).toContain('unknown fields "extra", "more"');
  });
});

describe('annotation spans', () => {
  it('are refused beyond the sentence on add and update, naming the sentence length', async () => {
    const length = sentenceText.length;
    const add = await api.call('annotation.add', { sentenceId, start: 0, end: length + 1, category: 'Accuracy', severity: 'minor' });
    expect(add).toMatchObject({ ok: false, status: 400 });
    expect(add.ok ? '' : add.message).toContain(`(0…${length})`);
    const ok = (await api.call('annotation.add', { sentenceId, start: 0, end: length, category: 'Accuracy', severity: 'minor' })) as { ok: true; result: { change: { createdIds: number[] } } };
    const id = ok.result.change.createdIds[0]!;
    const update = await api.call('annotation.update', { id, end: length + 5 });
    expect(update).toMatchObject({ ok: false, status: 400 });
    await api.call('history.undo', {});
  });
});
