// `bitext qa`, `bitext export` and `bitext import-units` in-process with a fake CliIO, against the API's numbers.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewFinding, ReviewReport } from '../../src/api/contract';
import { runCli } from '../../src/cli/main';
import { diskIO, openBench, SEEDS, type Bench } from './helpers';


async function cli(...argv: string[]) {
  const io = diskIO();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

let bench: Bench;
let project: string;
let report: ReviewReport;
beforeAll(async () => {
  bench = await openBench();
  project = bench.workbench.state.project.path;
  const first = (await bench.call('review.findings', { check: 'name-variant' })).findings[0]!;
  await bench.call('review.ignore', { keys: [first.ignoreKey] });
  report = await bench.call('review.report', {});
  bench.workbench.close();
});
afterAll(() => bench.workbench.close());

describe('bitext qa', () => {
  it('--project --json gives the same report as review.report', async () => {
    const r = await cli('qa', '--project', project, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { report: ReviewReport; findings: ReviewFinding[] };
    // review.report adds whether its review is current (stale/running); the report itself is the same.
    expect(json.report).toEqual({ ...report, stale: undefined, running: undefined });
    expect(json.findings.length).toBe(report.corpus.findings);
    expect(json.findings.some((f) => f.ignored)).toBe(false);
    // The sides carry the app's names in the JSON too (README), not the file formats' source/target.
    expect(new Set(json.findings.map((f) => f.side))).toEqual(new Set(['original', 'translation']));
    const all = JSON.parse((await cli('qa', '--project', project, '--json', '--all')).out) as { findings: ReviewFinding[] };
    expect(all.findings.filter((f) => f.ignored)).toHaveLength(1);
  });

  it('prints a readable summary with the scores and counts', async () => {
    const r = await cli('qa', '--project', project);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/MQM 100\.00/);
    expect(r.out).toContain(`${report.corpus.findings} findings, 1 ignored`);
    expect(r.out).toMatch(/leftover-source/);
  });

  it('checks page files as text: leftovers, Shoigu/Schoigu, space before comma, ad markers', async () => {
    const files = readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
    const r = await cli('qa', ...files, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { checks: Record<string, number>; findings: Array<{ check: string; excerpt: string; file: string; line: number }> };
    const excerpts = (check: string) => json.findings.filter((f) => f.check === check).map((f) => f.excerpt);
    expect(excerpts('leftover-source')).toContain('Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương');
    expect(excerpts('name-variant')).toContain('Shoigu');
    expect(excerpts('space-before-punctuation')).toContain(' ,');
    expect(json.findings.find((f) => f.excerpt === ' ,')!.line).toBeGreaterThan(1);
    expect(excerpts('boilerplate').filter((e) => e.startsWith('[Anzeige_')).length).toBeGreaterThanOrEqual(3);
    expect(json.checks['name-variant']).toBe(excerpts('name-variant').length);
  });

  it('reports usage errors with exit code 2 and unreadable files with 1', async () => {
    expect((await cli('qa')).code).toBe(2);
    expect((await cli('qa', '--project', project, join(SEEDS, 'x.txt'))).code).toBe(2);
    const missing = await cli('qa', join(bench.dir, 'nope.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(`bitext qa: ${join(bench.dir, 'nope.txt')}: no such file\n`);
    const noProject = await cli('qa', '--project', join(bench.dir, 'nope.bitext'));
    expect(noProject.code).toBe(1);
    expect(noProject.err.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('bitext export and import-units', () => {
  it('writes what corpus.export writes, with the filters', async () => {
    const out = join(bench.dir, 'cli.tmx');
    const r = await cli('export', '--project', project, '--format', 'tmx', '--out', out, '--min-score', '0.5', '--roles', 'title,body,caption', '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ rows written to .*cli\.tmx/);
    const again = await cli('export', '--project', project, '--format', 'tmx', '--out', out);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/^bitext export: .*cli\.tmx already exists.*--overwrite/);
    expect((await cli('export', '--project', project, '--format', 'tmx', '--out', out, '--overwrite', '--quiet')).code).toBe(0);
  });

  it('round-trips through import-units into a new project', async () => {
    const first = join(bench.dir, 'cli-first.jsonl');
    const second = join(bench.dir, 'cli-second.jsonl');
    const other = join(bench.dir, 'other.bitext');
    expect((await cli('export', '--project', project, '--format', 'jsonl', '--out', first, '--quiet')).code).toBe(0);
    const imported = await cli('import-units', first, '--project', other);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/units imported/);
    expect((await cli('export', '--project', other, '--format', 'jsonl', '--out', second, '--quiet')).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('names the bad option or value', async () => {
    const bad = async (...args: string[]) => {
      const r = await cli('export', '--project', project, '--out', join(bench.dir, 'x'), ...args);
      expect(r.code).toBe(2);
      return r.err;
    };
    expect(await bad('--format', 'docx')).toMatch(/--format must be one of tmx, xliff, tsv, moses, jsonl/);
    expect(await bad('--format', 'tmx', '--min-score', '2')).toMatch(/--min-score "2"/);
    expect(await bad('--format', 'tmx', '--roles', 'body,footer')).toMatch(/unknown role "footer"/);
    expect(await bad('--format', 'tmx', '--pages', 'one')).toMatch(/--pages: "one"/);
    writeFileSync(join(bench.dir, 'broken.tsv'), 'a\tb\tc\n');
    const r = await cli('import-units', join(bench.dir, 'broken.tsv'), '--project', join(bench.dir, 'b.bitext'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.tsv.*line 1/);
  });
});
