// Issue 10, point 1: an export never touches the open project's own files or any SQLite database, however the
// path is spelled (links, `..`, another case); point 9: a bad path is a message a person can act on, never a raw
// errno or a 500; point 10: Moses file names are made only from language codes.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlignedUnit } from '../../src/formats';
import { openProject } from '../../src/store';
import { openBench, type Bench } from './helpers';

let bench: Bench;
let project: string;
let documents: number;
beforeAll(async () => {
  bench = await openBench();
  project = bench.workbench.state.project.path;
  documents = (await bench.call('corpus.list', {})).length;
});
afterAll(() => bench.workbench.close());

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Exports with overwrite onto `target` and expects a refusal that names it; the file must be byte for byte as it was. */
async function refused(target: string, format: 'tsv' | 'moses' = 'tsv', expectedCode = 'conflict') {
  const before = existsSync(target) ? digest(target) : null;
  const error = await bench.fail('corpus.export', { format, path: target, overwrite: true });
  expect(error.code).toBe(expectedCode);
  expect(error.message).toContain(target);
  expect(error.message).toMatch(/Choose another file name/);
  expect(existsSync(target) ? digest(target) : null).toBe(before);
  return error.message;
}

async function projectIntact() {
  expect(readFileSync(project).subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  expect((await bench.call('corpus.list', {})).length).toBe(documents);
}

describe('corpus.export never writes over the project', () => {
  it('refuses the project file itself', async () => {
    expect(await refused(project)).toMatch(/open project's database file/);
    await projectIntact();
  });

  it('refuses its -wal, -shm and -journal files', async () => {
    expect(existsSync(`${project}-wal`)).toBe(true);
    expect(await refused(`${project}-wal`)).toMatch(/write-ahead log/);
    expect(await refused(`${project}-shm`)).toMatch(/shared-memory/);
    expect(await refused(`${project}-journal`)).toMatch(/rollback journal/);
    expect(existsSync(`${project}-journal`)).toBe(false);
    await projectIntact();
  });

  it('refuses its .lock file, so a second instance still cannot open the project', async () => {
    expect(existsSync(`${project}.lock`)).toBe(true);
    expect(await refused(`${project}.lock`)).toMatch(/lock file/);
    expect(() => openProject(project)).toThrow(/lock|another/i);
  });

  it('refuses its backups', async () => {
    writeFileSync(`${project}.bak-v3-20260101`, 'a backup');
    expect(await refused(`${project}.bak-v3-20260101`)).toMatch(/backup/);
    expect(readFileSync(`${project}.bak-v3-20260101`, 'utf8')).toBe('a backup');
  });

  it('refuses the project reached through `..`, a symbolic link, a hard link or another case', async () => {
    mkdirSync(join(bench.dir, 'sub'), { recursive: true });
    await refused(join(bench.dir, 'sub', '..', basename(project)));
    symlinkSync(project, join(bench.dir, 'sub', 'link.tsv'));
    await refused(join(bench.dir, 'sub', 'link.tsv'));
    symlinkSync(bench.dir, join(bench.dir, 'dirlink'));
    await refused(join(bench.dir, 'dirlink', `${basename(project)}-wal`));
    linkSync(project, join(bench.dir, 'hard.tsv'));
    expect(await refused(join(bench.dir, 'hard.tsv'))).toMatch(/same file as the project/);
    await refused(join(dirname(project), `${basename(project).toUpperCase()}.LOCK`));
    await projectIntact();
  });

  it('refuses any other SQLite database', async () => {
    const other = join(bench.dir, 'other.bitext');
    openProject(other, { create: true }).close();
    expect(await refused(other)).toMatch(/SQLite database/);
    // Also when it does not look like one by name.
    writeFileSync(join(bench.dir, 'data.tsv'), readFileSync(other));
    await refused(join(bench.dir, 'data.tsv'));
  });

  it('checks each of the two Moses files before writing either', async () => {
    const stem = join(bench.dir, 'mo');
    openProject(`${stem}.de`, { create: true }).close();
    const before = readdirSync(bench.dir).sort();
    const error = await bench.fail('corpus.export', { format: 'moses', path: stem, overwrite: true });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.message).toContain(`${stem}.de`);
    expect(existsSync(`${stem}.vi`)).toBe(false);
    expect(readdirSync(bench.dir).sort()).toEqual(before);
  });
});

describe('corpus.export names a bad path and says what to do', () => {
  const expectMessage = async (path: string, code: string, pattern: RegExp) => {
    const error = await bench.fail('corpus.export', { format: 'tmx', path });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(pattern);
    expect(error.message).not.toMatch(/^E[A-Z]+:/);
  };

  it('a missing folder', () => expectMessage(join(bench.dir, 'nope', 'x.tmx'), 'not_found', /folder .*nope does not exist\. Create it first/));
  it('a folder given as the file', () => expectMessage(bench.dir, 'bad_request', /is a folder; give a file name inside it/));
  it('a folder written with a trailing slash', () => expectMessage(`${bench.dir}/`, 'bad_request', /names a folder; add a file name/));
  it('a file used as a folder', async () => {
    writeFileSync(join(bench.dir, 'plain.txt'), 'x');
    await expectMessage(join(bench.dir, 'plain.txt', 'x.tmx'), 'bad_request', /plain\.txt is a file, not a folder/);
  });
  it('a NUL in the path', () => expectMessage(join(bench.dir, 'a\0b.tmx'), 'bad_request', /NUL character/));
  it('a path longer than the system allows', () => expectMessage(join(bench.dir, 'd/'.repeat(2100), 'x.tmx'), 'bad_request', /bytes long; the longest path allowed is 4095/));
  it('a file name longer than the system allows', () => expectMessage(join(bench.dir, `${'n'.repeat(300)}.tmx`), 'bad_request', /at most 255 are allowed/));
  it('a device rather than a file', () => expectMessage('/dev/null', 'bad_request', /not a regular file/));
});

describe('Moses file names are made only from language codes', () => {
  // Import checks languages today, but a project written by an older version or another tool may hold anything:
  // the units go into the store directly, as such a project would have them.
  const unit = (id: string, src: string, tgt: string): AlignedUnit => ({
    id, docId: 'x', file: 'x.txt', role: 'body', source: { lang: src, text: 'a' }, target: { lang: tgt, text: 'b' }, machineTarget: null, state: 'proposed', origin: 'auto', score: null, annotations: [],
  });
  const withUnit = async (u: AlignedUnit, run: (other: Bench) => Promise<void>) => {
    const other = await openBench(false);
    try {
      other.workbench.state.project.importUnits([u], { contentHash: `test-${u.id}`, source: 'test' });
      await run(other);
    } finally {
      other.workbench.close();
    }
  };

  for (const [src, tgt] of [['vi', 'bashrc'], ['../x', 'de'], ['vi', 'de/../../x'], ['DE', 'vi'], ['vi', '']]) {
    it(`refuses the languages ${JSON.stringify([src, tgt])} and names the unit`, () =>
      withUnit(unit('u-7', src!, tgt!), async (other) => {
        const before = readdirSync(other.dir).sort();
        const error = await other.fail('corpus.export', { format: 'moses', path: join(other.dir, 'corpus'), overwrite: true });
        expect(error.code).toBe('bad_request');
        const bad = /^[a-z]{2,3}$/.test(src!) ? tgt! : src!;
        expect(error.message).toContain(`${JSON.stringify(bad)}, which is not a language code`);
        expect(error.message).toMatch(/unit \S+ \(x\.txt\)/);
        expect(readdirSync(other.dir).sort()).toEqual(before);
      }));
  }

  it('takes region and script subtags', () =>
    withUnit(unit('u-1', 'zh-Hant', 'de-DE'), async (other) => {
      const summary = await other.call('corpus.export', { format: 'moses', path: join(other.dir, 'c') });
      expect(summary.files).toEqual([join(other.dir, 'c.zh-Hant'), join(other.dir, 'c.de-DE')]);
    }));
});
