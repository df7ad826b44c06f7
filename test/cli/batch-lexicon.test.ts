// The corpus lexicon as map and reduce: counts learned per shard and merged equal, byte for byte, the counts of one
// learn run over everything, in any grouping; pass 2 aligns with them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchAlign } from '../../src/cli/batch/align';
import { batchLearn } from '../../src/cli/batch/learn';
import { lexiconCommand } from '../../src/cli/lexicon';
import { nodeIO } from '../../src/cli/main';
import { countsToLexicon, readCounts } from '../../src/cli/lexiconCounts';
import { lexiconFromCountLines } from '../../src/cli/lexiconStream';
import { corpusJsonl, floresDocuments } from './tools/batch-corpus';

const dir = mkdtempSync(join(tmpdir(), 'batch-lexicon-'));
const input = join(dir, 'in.jsonl');
const pass1 = join(dir, 'pass1.jsonl');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const streams = (stdin: Readable = Readable.from([])) => ({ stdin, stdout: new PassThrough(), stderr: () => undefined });

beforeAll(async () => {
  writeFileSync(input, corpusJsonl(floresDocuments({ documents: 30, sentences: 20, seed: 11 })));
  expect(await batchAlign(['--in', input, '--out', pass1, '--jobs', '2'], streams())).toBe(0);
}, 120_000);

describe('corpus lexicon', () => {
  it('merged shard counts equal one learn run over everything, in any order and grouping', async () => {
    const lines = readFileSync(pass1, 'utf8').trimEnd().split('\n');
    const shards = [lines.slice(0, 7), lines.slice(7, 19), lines.slice(19)].map((part, k) => {
      const file = join(dir, `shard${k}.jsonl`);
      writeFileSync(file, part.join('\n') + '\n');
      return file;
    });
    const counts: string[] = [];
    for (const [k, shard] of shards.entries()) {
      counts.push(join(dir, `counts${k}.tsv`));
      expect(await batchLearn(['--in', shard, '--out', counts[k] as string], streams())).toBe(0);
    }
    const whole = join(dir, 'whole.tsv');
    expect(await batchLearn(['--in', pass1, '--out', whole], streams())).toBe(0);
    const merged = join(dir, 'merged.tsv');
    expect(await lexiconCommand(['merge', ...counts, '--out', merged], nodeIO)).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    // (2 + 0) + 1 in another order: the same bytes again.
    const partial = join(dir, 'partial.tsv');
    const regrouped = join(dir, 'regrouped.tsv');
    expect(await lexiconCommand(['merge', counts[2] as string, counts[0] as string, '--out', partial], nodeIO)).toBe(0);
    expect(await lexiconCommand(['merge', counts[1] as string, partial, '--out', regrouped], nodeIO)).toBe(0);
    expect(readFileSync(regrouped, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    const c = await readCounts(readFileSync(whole, 'utf8').split('\n'));
    expect(c.links).toBeGreaterThan(200);
    // News about the same world: some word pairs must come out, e.g. a German word paired with a Vietnamese one.
    expect(countsToLexicon(c).entries.size).toBeGreaterThan(20);
  }, 60_000);

  it('aligns pass 2 with the learned counts', async () => {
    const lex = join(dir, 'lex.tsv');
    expect(await batchLearn(['--in', pass1, '--out', lex], streams())).toBe(0);
    const pass2 = join(dir, 'pass2.jsonl');
    expect(await batchAlign(['--in', input, '--out', pass2, '--lexicon', lex, '--jobs', '2'], streams())).toBe(0);
    const records = readFileSync(pass2, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { status: string });
    expect(records).toHaveLength(30);
    expect(records.every((r) => r.status === 'ok')).toBe(true);
  }, 120_000);

  it('names the file and line of a damaged counts file', async () => {
    const good = join(dir, 'good.tsv');
    expect(await batchLearn(['--in', pass1, '--out', good], streams())).toBe(0);
    const bad = join(dir, 'bad.tsv');
    writeFileSync(bad, readFileSync(good, 'utf8').split('\n').slice(0, 3).join('\n') + '\np\tonly-one-word\t3\n');
    await expect(lexiconCommand(['merge', good, bad], nodeIO)).rejects.toThrow(/bad\.tsv: line 4: expected/);
    // Half a merge is never left as the total.
    const total = join(dir, 'total.tsv');
    await expect(lexiconCommand(['merge', good, bad, '--out', total], nodeIO)).rejects.toThrow(/bad\.tsv/);
    expect(existsSync(total) || existsSync(`${total}.part`)).toBe(false);
    const swapped = join(dir, 'swapped.tsv');
    const lines = readFileSync(good, 'utf8').split('\n');
    [lines[2], lines[3]] = [lines[3] as string, lines[2] as string];
    writeFileSync(swapped, lines.join('\n'));
    await expect(lexiconCommand(['merge', swapped], nodeIO)).rejects.toThrow(/swapped\.tsv: line 4: out of order/);
  }, 60_000);

  it('reads a counts file into the same lexicon streaming as in memory', async () => {
    const file = join(dir, 'stream.tsv');
    expect(await batchLearn(['--in', pass1, '--out', file], streams())).toBe(0);
    const text = readFileSync(file, 'utf8');
    const rules = { minCount: 2, minDice: 0.3, maxShare: 0.05, newWordsOnly: true };
    const inMemory = countsToLexicon(await readCounts(text.split('\n')), rules);
    const streamed = await lexiconFromCountLines(Readable.from(text.split('\n')), rules);
    expect(streamed.entries.size).toBeGreaterThan(10);
    expect([...streamed.entries].map(([k, v]) => [k, [...v].sort()]).sort()).toEqual([...inMemory.entries].map(([k, v]) => [k, [...v].sort()]).sort());
  }, 60_000);

  it('counts a shard larger than memory in sorted parts and merges them into the same bytes', async () => {
    const whole = join(dir, 'in-memory.tsv');
    expect(await batchLearn(['--in', pass1, '--out', whole], streams())).toBe(0);
    const inMemory = readFileSync(whole, 'utf8');
    const pairs = inMemory.split('\n').filter((l) => l.startsWith('p\t')).length;
    const spilled = join(dir, 'spilled.tsv');
    const said: string[] = [];
    // A few hundred word pairs a part: the 30 documents go to dozens of parts.
    const io = { ...streams(), stderr: (t: string) => void said.push(t) };
    expect(await batchLearn(['--in', pass1, '--out', spilled, '--memory-pairs', String(Math.ceil(pairs / 40))], io)).toBe(0);
    expect(said.join('')).toMatch(/counted in \d{2,} sorted parts and merged/);
    expect(readFileSync(spilled, 'utf8')).toBe(inMemory);
    // The parts are gone, and nothing else was left beside the output.
    expect(readdirSync(dir).filter((f) => f.startsWith('.bitext-learn-'))).toEqual([]);
    await expect(batchLearn(['--in', pass1, '--memory-pairs', '0'], streams())).rejects.toThrow(/--memory-pairs must be a whole number/);
  }, 60_000);

  it('prunes a total to the pairs pass 2 reads: the same lexicon from a small part of the file', async () => {
    const total = join(dir, 'total-for-prune.tsv');
    expect(await batchLearn(['--in', pass1, '--out', total], streams())).toBe(0);
    const pruned = join(dir, 'pruned.tsv');
    expect(await lexiconCommand(['prune', total, '--out', pruned], nodeIO)).toBe(0);
    const lexiconOf = async (file: string) => {
      const lex = await lexiconFromCountLines(readFileSync(file, 'utf8').split('\n'));
      return [...lex.entries].map(([k, v]) => [k, [...v].sort()]).sort();
    };
    const whole = await lexiconOf(total);
    expect(whole.length).toBeGreaterThan(5);
    expect(await lexiconOf(pruned)).toEqual(whole);
    const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;
    expect(lines(pruned) * 20).toBeLessThan(lines(total));
    // A counts file still: sorted, so that a second prune gives the same bytes.
    const again = join(dir, 'pruned-again.tsv');
    expect(await lexiconCommand(['prune', pruned, '--out', again], nodeIO)).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(pruned, 'utf8'));
    await expect(lexiconCommand(['prune', total, pruned], nodeIO)).rejects.toThrow(/prune reads one counts file/);
  }, 60_000);
});
