// `bitext batch align`: one output line per input line in input order, errors that name the line and the field,
// the same bytes on one thread or two, anchors kept, the corpus projections, and bounded reading.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { batchAlign } from '../../src/cli/batch/align';
import { corpusJsonl, floresDocuments } from './tools/batch-corpus';

const dir = mkdtempSync(join(tmpdir(), 'batch-align-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], input: string | Readable, stdout: Writable = new PassThrough()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const stdin = typeof input === 'string' ? Readable.from([Buffer.from(input)]) : input;
  const code = await batchAlign(args, { stdin, stdout, stderr: (t) => void (err += t) });
  return { code, out, err };
}

const docs = floresDocuments({ documents: 12, sentences: 12, seed: 3 });
const GOOD = corpusJsonl(docs);
const rec = (o: object): string => JSON.stringify(o);
const de = 'Der Hund schläft im Garten. Die Katze sitzt auf dem Dach.';
const vi = 'Con chó ngủ trong vườn. Con mèo ngồi trên mái nhà.';

describe('bitext batch align', () => {
  it('writes one record per input line, in order, and an error naming the line and field for each bad record', async () => {
    const bad = [
      'not json',
      rec({ src_lang: 'de', trg_lang: 'vi', src_text: de, trg_text: vi }),
      rec({ id: 'no-text', src_lang: 'de', trg_lang: 'vi', src_text: de }),
      rec({ id: 'lang', src_lang: 'xx', trg_lang: 'vi', src_text: de, trg_text: vi }),
      rec({ id: 'empty', src_lang: 'de', trg_lang: 'vi', src_text: '  ', trg_text: vi }),
      rec({ id: 'huge', src_lang: 'de', trg_lang: 'vi', src_sentences: Array.from({ length: 40 }, () => 'Satz.'), trg_text: vi }),
      rec({ id: 'long', src_lang: 'de', trg_lang: 'vi', src_text: 'x'.repeat(300_000), trg_text: vi }),
    ];
    const input = GOOD + bad.join('\n') + '\n' + rec({ id: 'last', src_lang: 'de', trg_lang: 'vi', src_text: de, trg_text: vi }) + '\n';
    const { code, out, err } = await run(['--jobs', '2', '--max-sentences', '30', '--max-line-bytes', '200000'], input);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string | null; status: string; line?: number; error?: { code: string; field: string | null; message: string } });
    expect(lines).toHaveLength(docs.length + bad.length + 1);
    expect(lines.slice(0, docs.length).map((l) => [l.id, l.status])).toEqual(docs.map((_, k) => [`doc${k}`, 'ok']));
    expect(lines[lines.length - 1]).toMatchObject({ id: 'last', status: 'ok' });
    const errors = lines.slice(docs.length, -1).map((l) => [l.id, l.error?.code, l.error?.field, l.line]);
    const n = docs.length;
    expect(errors).toEqual([
      [null, 'invalid_json', null, n + 1],
      [null, 'missing_field', 'id', n + 2],
      ['no-text', 'missing_field', 'trg_text', n + 3],
      ['lang', 'unknown_language', 'src_lang', n + 4],
      ['empty', 'empty_side', 'src_text', n + 5],
      ['huge', 'too_large', 'src_sentences', n + 6],
      ['long', 'line_too_long', null, n + 7],
    ]);
    for (const l of lines.slice(docs.length, -1)) expect(l.error?.message).toMatch(new RegExp(`^line ${l.line}\\b`));
    expect(err).toMatch(/aligned, 7 failed/);
  }, 60_000);

  it('gives the same bytes on one thread and on two', async () => {
    const one = await run(['--jobs', '1'], GOOD);
    const two = await run(['--jobs', '2'], GOOD);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    const first = JSON.parse(one.out.split('\n')[0] as string) as { alignments: unknown[]; stats: { coverage: number }; aligner: { name: string } };
    expect(first.alignments.length).toBeGreaterThan(5);
    expect(first.stats.coverage).toBeGreaterThan(0.5);
    expect(first.aligner.name).toBe('bitext');
  }, 60_000);

  it('keeps anchors as 1-1 links, even against the evidence', async () => {
    const d = docs[0]!;
    const anchors = [[0, 0], [d.a.length - 1, 1]];
    const { code, out } = await run([], rec({ id: 'a', src_lang: 'de', trg_lang: 'vi', src_sentences: d.a, trg_sentences: d.b, anchors }) + '\n');
    expect(code).toBe(0);
    const r = JSON.parse(out) as { alignments: Array<{ src: number[]; trg: number[] }> };
    expect(r.alignments).toContainEqual(expect.objectContaining({ src: [d.a.length - 1], trg: [1] }));
    expect(r.alignments).toContainEqual(expect.objectContaining({ src: [0], trg: [0] }));
  }, 30_000);

  it('projects to bitextor, hf, moses and tmx, filtered by --min-score', async () => {
    const all = await run(['--format', 'bitextor'], GOOD);
    const rows = all.out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.every((r) => r.length === 5 && r[0]!.startsWith('https://de.example/'))).toBe(true);
    const high = await run(['--format', 'bitextor', '--min-score', '0.9'], GOOD);
    const highRows = high.out.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(highRows.length).toBeLessThan(rows.length);
    expect(highRows.every((r) => Number(r[4]) >= 0.9)).toBe(true);
    const hf = (await run(['--format', 'hf'], GOOD)).out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; translation: Record<string, string> });
    expect(hf).toHaveLength(rows.length);
    expect(Object.keys(hf[0]!.translation).sort()).toEqual(['de', 'vi']);
    const base = join(dir, 'moses');
    expect((await run(['--format', 'moses', '--out', base], GOOD)).code).toBe(0);
    expect(readFileSync(`${base}.src`, 'utf8').split('\n')).toHaveLength(rows.length + 1);
    expect(readFileSync(`${base}.trg`, 'utf8').split('\n')[0]).toBe(rows[0]![3]);
    const tmx = (await run(['--format', 'tmx'], GOOD)).out;
    expect(tmx).toMatch(/^<\?xml[^]*<body>\n[^]*<\/body>\n<\/tmx>\n$/);
    expect(tmx.match(/<tu /g)).toHaveLength(rows.length);
  }, 120_000);

  it('reads no further ahead than its window while stdout is slow', async () => {
    let pulled = 0;
    const lines = GOOD.trimEnd().split('\n');
    const input = Readable.from(
      (function* () {
        for (let k = 0; k < 60; k++) {
          pulled++;
          yield Buffer.from(lines[k % lines.length]!.replace(/"id":"doc\d+"/, `"id":"r${k}"`) + '\n');
        }
      })(),
    );
    let written = 0;
    let worst = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        written++;
        worst = Math.max(worst, pulled - written);
        setTimeout(done, 20);
      },
    });
    const { code } = await run(['--jobs', '1'], input, slow);
    expect(code).toBe(0);
    expect(written).toBe(60);
    // The window is 8 lines for one thread; the stream and the line reader hold a few more.
    expect(worst).toBeLessThanOrEqual(16);
  }, 120_000);

  it('stops quietly with 141 when the reader of its output goes away (| head)', async () => {
    let writes = 0;
    const closing = new Writable({
      write(_chunk, _enc, done) {
        writes++;
        done(writes === 1 ? null : Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const { code, err } = await run(['--jobs', '2'], GOOD, closing);
    expect(code).toBe(141);
    expect(err).toMatch(/output closed/);
  }, 60_000);

  it('refuses to replace an output file unless told to resume or overwrite', async () => {
    const out = join(dir, 'exists.jsonl');
    writeFileSync(out, 'x\n');
    await expect(run(['--out', out], GOOD)).rejects.toThrow(/exists\.jsonl exists; add --resume .* or --overwrite/);
  });
});
