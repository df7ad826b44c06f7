// `bitext import --jobs N` reads and aligns on worker threads and stores in input order: the project it leaves is
// the one an import in one thread leaves (same documents, sentences, links and scores), on real SQLite files.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io';
import { poolPreparer } from '../../src/cli/importPool';
import { runCli } from '../../src/cli/main';
import { collectInputs, importInputs, type ImportSummary } from '../../src/services/importing';
import { openProject } from '../../src/store';
import { floresDocuments } from './tools/batch-corpus';

const SEEDS = join(__dirname, '..', '..', 'seeds');
const dir = mkdtempSync(join(tmpdir(), 'bitext-import-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function quietIO(): { io: CliIO; out: () => string } {
  const out: string[] = [];
  return { io: { stdout: (t) => void out.push(t), stderr: () => undefined, readFile: async () => new Uint8Array(), writeFile: async () => undefined }, out: () => out.join('') };
}

/** Everything an import decides, without the import times: documents, their sentences, and every link with its score. */
function contents(file: string): unknown {
  const p = openProject(file);
  try {
    return p.listDocuments().map(({ importedAt: _at, ...doc }) => {
      const { importedAt: _stored, ...stored } = p.getDocument(doc.id) as { importedAt?: string };
      const links = p.allLinks(doc.id).map((r) => ({ t: r.translation.map((s) => s.text), o: r.original.map((s) => s.text), score: r.score, state: r.state }));
      return { doc, stored, links };
    });
  } finally {
    p.close();
  }
}

/** 16 page pairs chained from FLORES (merges and drops), named story-k.de.txt / story-k.vi.txt, plus the seed pages. */
function corpusFolder(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  floresDocuments({ documents: 16, sentences: 40, seed: 5 }).forEach((d, k) => {
    const paragraphs = (lines: string[]) => Array.from({ length: Math.ceil(lines.length / 4) }, (_, p) => lines.slice(p * 4, p * 4 + 4).join(' ')).join('\n\n');
    // Half the pairs name the German page first, so both orders of a pair's files are decided by language.
    writeFileSync(join(folder, `story-${String(k).padStart(2, '0')}.${k % 2 ? 'de' : 'vi'}.txt`), paragraphs(k % 2 ? d.a : d.b));
    writeFileSync(join(folder, `story-${String(k).padStart(2, '0')}.${k % 2 ? 'vi' : 'de'}.txt`), paragraphs(k % 2 ? d.b : d.a));
  });
  for (const name of readdirSync(SEEDS)) writeFileSync(join(folder, name), readFileSync(join(SEEDS, name)));
  writeFileSync(join(folder, 'zz-empty.txt'), '');
  return folder;
}

describe('bitext import on the worker pool', () => {
  it('leaves the project an import in one thread leaves, 16 pairs and 5 single pages, failures in the same place', async () => {
    const folder = corpusFolder('pages');
    const single = join(dir, 'single.bitext');
    const project = openProject(single, { create: true });
    const summary: ImportSummary = { job: 'one', imported: [], duplicates: [], failed: [], cancelled: false };
    try {
      await importInputs(project, await collectInputs([folder], summary.failed), { id: 'one', cancelled: false }, () => undefined, summary);
    } finally {
      project.close();
    }
    const pooled = join(dir, 'pooled.bitext');
    const run = quietIO();
    expect(await runCli(['import', folder, '--project', pooled, '--jobs', '2', '--json'], run.io)).toBe(1);
    const pooledSummary = JSON.parse(run.out()) as ImportSummary;
    expect(pooledSummary.imported).toEqual(summary.imported);
    expect(pooledSummary.failed).toEqual(summary.failed);
    expect(pooledSummary.failed.map((f) => f.file)).toEqual(['zz-empty.txt']);
    const one = contents(single) as Array<{ links: unknown[] }>;
    // A pair is listed once (its translation page; the source page comes with it).
    expect(one).toHaveLength(16 + 5);
    expect(one.reduce((n, d) => n + d.links.length, 0)).toBeGreaterThan(16 * 30);
    expect(contents(pooled)).toEqual(one);
  }, 120_000);

  it('stops on cancel with files prepared ahead and not stored: the project is as it was, the threads end', async () => {
    const folder = corpusFolder('to-cancel');
    const file = join(dir, 'cancelled.bitext');
    const project = openProject(file, { create: true });
    const summary: ImportSummary = { job: 'c', imported: [], duplicates: [], failed: [], cancelled: false };
    const job = { id: 'c', cancelled: false };
    const pool = poolPreparer(2);
    try {
      // Cancelled when the fourth file's turn comes, while the workers have prepared more ahead.
      const progress = (done: number) => void (done === 3 && (job.cancelled = true));
      await importInputs(project, await collectInputs([folder], summary.failed), job, progress, summary, [], pool.prepare);
      expect(summary.cancelled).toBe(true);
      expect(project.listDocuments()).toEqual([]);
    } finally {
      await pool.close();
      project.close();
    }
  }, 120_000);

  it('refuses --jobs that is not a whole number of at least 1', async () => {
    const run = quietIO();
    expect(await runCli(['import', SEEDS, '--project', join(dir, 'x.bitext'), '--jobs', '0'], run.io)).toBe(2);
  });
});
