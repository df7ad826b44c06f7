// What corpus.importUnits takes, corpus.export can write: an XLIFF without trgLang (the case), a lone
// surrogate, an annotation beyond its text and an out-of-range code point are refused naming the file and the
// line, nothing is added, and the project's TMX and XLIFF exports still work afterwards.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry } from '../../src/api/contract';
import { inProcessTransport, type Transport } from './transports';

const dir = mkdtempSync(join(tmpdir(), 'bitext-unit-import-'));
let api: Transport;

const XLIFF = (langs: string, target = 'Hallo') => `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" ${langs}>
<file id="f1" original="gruss.txt"><unit id="u1"><segment><source>Xin chào</source><target>${target}</target></segment></unit></file>
</xliff>
`;
const unit = (over: Record<string, unknown>) =>
  JSON.stringify({ id: 'u1', docId: 'd', file: 'f.txt', role: null, source: { lang: 'vi', text: 'Xin chào' }, target: { lang: 'de', text: 'Hallo' }, machineTarget: null, state: 'proposed', origin: 'auto', score: null, annotations: [], ...over });

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  api = await inProcessTransport();
});
afterAll(() => api.close());

const documentCount = async () => ((await api.call('corpus.list', {})) as { ok: true; result: CorpusEntry[] }).result.length;

describe('corpus.importUnits refuses what export could not write', () => {
  it("an XLIFF without trgLang: refused with file, line and what to do; TMX and XLIFF export still work", async () => {
    const before = await documentCount();
    const path = file('no-trglang.xlf', XLIFF('srcLang="vi"'));
    const outcome = await api.call('corpus.importUnits', { path });
    expect(outcome).toMatchObject({ ok: false, code: 'bad_request' });
    expect(outcome.ok ? '' : outcome.message).toBe(`${path}: XLIFF: line 2: <xliff> has no trgLang; add trgLang="de" (the target language) and import again`);
    expect(await documentCount()).toBe(before);

    for (const format of ['tmx', 'xliff'] as const) {
      const out = join(dir, `project.${format}`);
      const exported = await api.call('corpus.export', { format, path: out });
      expect(exported.ok).toBe(true);
      expect(readFileSync(out, 'utf8')).toContain(format === 'tmx' ? 'xml:lang="de"' : 'trgLang="de"');
    }
    // The same file with its language pair imports and exports.
    expect((await api.call('corpus.importUnits', { path: file('with-trglang.xlf', XLIFF('srcLang="vi" trgLang="de"')) })).ok).toBe(true);
    expect((await api.call('corpus.export', { format: 'tmx', path: join(dir, 'after.tmx') })).ok).toBe(true);
  });

  it('a lone surrogate in JSONL, an annotation beyond its text, and <cp hex="110000"/>: file and line named', async () => {
    const before = await documentCount();
    const lone = file('lone.jsonl', `${unit({})}\n${unit({ id: 'u2', source: { lang: 'vi', text: 'a\uD800b' } })}\n`);
    const loneOutcome = await api.call('corpus.importUnits', { path: lone });
    expect(loneOutcome.ok ? '' : loneOutcome.message).toMatch(new RegExp(`^${lone}: JSONL: line 2: field "source.text" contains a lone surrogate \\(U\\+D800\\) at position 1;`));

    const span = file('span.jsonl', `${unit({ annotations: [{ side: 'target', start: 0, end: 40, category: 'Accuracy', severity: 'minor', comment: '' }] })}\n`);
    const spanOutcome = await api.call('corpus.importUnits', { path: span });
    expect(spanOutcome.ok ? '' : spanOutcome.message).toContain(`${span}: JSONL: line 1: field "annotations[0].end" 40 is beyond the target text (5 characters)`);

    const cp = file('cp.xlf', XLIFF('srcLang="vi" trgLang="de"', 'Hallo<cp hex="110000"/>'));
    const cpOutcome = await api.call('corpus.importUnits', { path: cp });
    expect(cpOutcome.ok ? '' : cpOutcome.message).toBe(`${cp}: XLIFF: line 3: <cp hex="110000"> is beyond U+10FFFF, the last Unicode code point; fix or remove it`);
    expect(await documentCount()).toBe(before);
  });
});
