// scripts/parallel/bitext-parallel.sh: GNU parallel cuts the corpus into blocks and keeps their order, so both
// passes and the lexicon equal one process byte for byte. Skipped, with the reason printed, without GNU parallel.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusJsonl, floresDocuments } from '../cli/tools/batch-corpus';
import { buildTestCli, type BuiltCli } from '../cli/tools/built-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const why = spawnSync('sh', ['-c', 'command -v parallel']).status === 0 ? null : 'GNU parallel is not installed (apt-get install -y parallel; .ci/run does it)';
if (why) console.log(`test/slurm/parallel skipped: ${why}`);

describe.skipIf(why !== null)('GNU parallel pipeline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-parallel-'));
  let cli: BuiltCli;
  beforeAll(async () => {
    cli = await buildTestCli('parallel');
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    cli?.remove();
  });

  it('writes the bytes of one process, in input order, over several blocks', () => {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, corpusJsonl(floresDocuments({ documents: 12, sentences: 15, seed: 4 })));
    const node = (args: string[]) => execFileSync(process.execPath, [cli.runner, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    node(['batch', 'align', '--in', input, '--out', join(dir, 'single1.jsonl')]);
    node(['batch', 'learn', '--in', join(dir, 'single1.jsonl'), '--out', join(dir, 'lexicon.tsv')]);
    node(['batch', 'align', '--in', input, '--out', join(dir, 'single2.jsonl'), '--lexicon', join(dir, 'lexicon.tsv')]);
    const work = join(dir, 'work');
    const r = spawnSync(join(ROOT, 'scripts', 'parallel', 'bitext-parallel.sh'), [input, work, '2'], { encoding: 'utf8', env: { ...process.env, BITEXT: `${process.execPath} ${cli.runner}` } });
    expect(r.status, r.stderr).toBe(0);
    // Several blocks ran (one summary line each), not one process over everything.
    expect(r.stderr.match(/^bitext batch align: /gm)?.length ?? 0).toBeGreaterThan(2);
    expect(readFileSync(join(work, 'pass1.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single1.jsonl'), 'utf8'));
    expect(readFileSync(join(work, 'lexicon.tsv'), 'utf8')).toBe(readFileSync(join(dir, 'lexicon.tsv'), 'utf8'));
    expect(readFileSync(join(work, 'aligned.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single2.jsonl'), 'utf8'));
  }, 120_000);
});
