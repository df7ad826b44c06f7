// The two-pass pipeline of scripts/slurm/ on a real 3-node Slurm cluster on 127.0.0.1: the merged output, the
// lexicon and the second pass equal the single-process run byte for byte, and an array task killed mid-way is
// completed by resubmitting it (--resume). Skipped, with the reason printed, where Slurm cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusJsonl, floresDocuments } from '../cli/tools/batch-corpus';
import { buildTestCli, type BuiltCli } from '../cli/tools/built-cli';
import { clusterUnavailable, startCluster, type Cluster } from './cluster';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'slurm', 'bitext-slurm.sh');
const why = clusterUnavailable();
if (why) console.log(`test/slurm skipped: ${why}`);

const lineCount = (f: string): number => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').length - 1 : 0);

describe.skipIf(why !== null)('Slurm pipeline (3 nodes on 127.0.0.1)', () => {
  let cluster: Cluster;
  let cli: BuiltCli;
  const dir = mkdtempSync(join(tmpdir(), 'bitext-slurm-run-'));
  const input = join(dir, 'corpus.jsonl');
  const work = join(dir, 'work');
  const slurm = (args: string[], env: NodeJS.ProcessEnv = {}): string =>
    execFileSync(SCRIPT, args, { env: { ...cluster.env, BITEXT: `${process.execPath} ${cli.runner}`, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  beforeAll(async () => {
    cli = await buildTestCli('slurm');
    cluster = await startCluster(3, 2);
    writeFileSync(input, corpusJsonl(floresDocuments({ documents: 60, sentences: 30, seed: 21 })));
    // The reference: one process, both passes.
    const node = (args: string[]) => execFileSync(process.execPath, [cli.runner, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
    node(['batch', 'align', '--in', input, '--out', join(dir, 'single1.jsonl')]);
    node(['batch', 'learn', '--in', join(dir, 'single1.jsonl'), '--out', join(dir, 'single-lexicon.tsv')]);
    node(['batch', 'align', '--in', input, '--out', join(dir, 'single2.jsonl'), '--lexicon', join(dir, 'single-lexicon.tsv')]);
  }, 120_000);

  afterAll(() => {
    const pids = cluster?.pids() ?? [];
    cluster?.stop();
    cli?.remove();
    rmSync(dir, { recursive: true, force: true });
    // Every daemon this test started is gone.
    expect(pids.filter((p) => existsSync(`/proc/${p}`))).toEqual([]);
  });

  it('runs both passes as job arrays, survives a killed task, and matches one process byte for byte', () => {
    slurm(['split', input, work, '4']);
    const killed = join(work, 'pass1', '0001.jsonl');
    const shardLines = lineCount(join(work, 'shards', '0001'));
    const job = slurm(['align', work, '1'], { NO_WAIT: '1' }).trim().split(';')[0] as string;
    // Kill task 1 once it has written its first record, while it is still working on the rest.
    const end = Date.now() + 60_000;
    while (lineCount(killed) < 1 && Date.now() < end) spawnSync('sleep', ['0.05']);
    execFileSync('scancel', [`${job}_1`], { env: cluster.env });
    while (Date.now() < end && spawnSync('squeue', ['-h', '-j', job], { env: cluster.env, encoding: 'utf8' }).stdout.trim() !== '') spawnSync('sleep', ['0.2']);
    const before = lineCount(killed);
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThan(shardLines);
    expect(() => slurm(['merge', work, '1'])).toThrow(/some task stopped early/);
    // The task again, alone: it continues after its last record.
    slurm(['align', work, '1', '1']);
    expect(lineCount(killed)).toBe(shardLines);
    expect(readFileSync(join(work, 'logs', 'pass1-1.log'), 'utf8')).toMatch(new RegExp(`, ${before} already in `));
    slurm(['merge', work, '1']);
    expect(readFileSync(join(work, 'pass1.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single1.jsonl'), 'utf8'));
    slurm(['learn', work]);
    expect(readFileSync(join(work, 'lexicon.tsv'), 'utf8')).toBe(readFileSync(join(dir, 'single-lexicon.tsv'), 'utf8'));
    slurm(['align', work, '2']);
    slurm(['merge', work, '2']);
    expect(readFileSync(join(work, 'pass2.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'single2.jsonl'), 'utf8'));
  }, 170_000);
});
