// Issue 10, point 1, on the command line: `bitext export --out` onto the project, its -wal or .lock, or another
// SQLite file exits non-zero with a message naming the file, and the project opens afterwards with all its pages.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { openProject } from '../../src/store';
import { diskIO, SEEDS } from './helpers';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'bitext-export-cli-'));
const project = join(dir, 'p.bitext');
const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cli(...argv: string[]) {
  const io = diskIO();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

function pages(path: string): number {
  const p = openProject(path, { readOnly: true });
  try {
    return p.listDocuments().length;
  } finally {
    p.close();
  }
}

let documents: number;
beforeAll(async () => {
  const imported = await cli('import', SEEDS, '--project', project);
  expect(imported.code).toBe(0);
  documents = pages(project);
  expect(documents).toBeGreaterThan(0);
});

describe('bitext export refuses the project and databases', () => {
  it('the exact command of the issue: --out is the project, with --overwrite (a real process)', () => {
    const before = digest(project);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'bitext.mjs'), 'export', '--project', project, '--format', 'tsv', '--out', project, '--overwrite'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`bitext export: ${project} is the open project's database file`);
    expect(r.stderr).toMatch(/Choose another file name/);
    expect(digest(project)).toBe(before);
    expect(pages(project)).toBe(documents);
  });

  // (-shm is left out here: SQLite rebuilds that index whenever it opens the project; the API test covers it.)
  for (const [name, suffix] of [['its -wal file', '-wal'], ['its .lock file', '.lock'], ['a backup', '.bak-v3-20260101-000000']] as const) {
    it(`${name}`, async () => {
      const target = `${project}${suffix}`;
      writeFileSync(target, `left by the test for ${name}`);
      const r = await cli('export', '--project', project, '--format', 'tmx', '--out', target, '--overwrite', '--quiet');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(new RegExp(`^bitext export: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is the open project's`));
      expect(readFileSync(target, 'utf8')).toBe(`left by the test for ${name}`);
      expect(pages(project)).toBe(documents);
    });
  }

  it('another SQLite file', async () => {
    const other = join(dir, 'other.db');
    copyFileSync(project, other);
    const before = digest(other);
    const r = await cli('export', '--project', project, '--format', 'jsonl', '--out', other, '--overwrite', '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`bitext export: ${other} is an SQLite database (perhaps a bitext project); an export never replaces a database. Choose another file name.\n`);
    expect(digest(other)).toBe(before);
  });

  it('a missing folder is named, not a raw ENOENT', async () => {
    const r = await cli('export', '--project', project, '--format', 'tmx', '--out', join(dir, 'missing', 'x.tmx'), '--quiet');
    expect(r.code).toBe(1);
    expect(r.err).toBe(`bitext export: The folder ${join(dir, 'missing')} does not exist. Create it first, or choose a folder that exists.\n`);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('still writes an ordinary file, and replaces it with --overwrite', async () => {
    const out = join(dir, 'fine.tsv');
    writeFileSync(out, 'old');
    expect((await cli('export', '--project', project, '--format', 'tsv', '--out', out, '--quiet')).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await cli('export', '--project', project, '--format', 'tsv', '--out', out, '--overwrite', '--quiet')).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').length).toBeGreaterThan(100);
  });
});
