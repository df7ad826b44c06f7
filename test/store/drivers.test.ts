// The two SQLite drivers behind one interface: the choice, the same answers to the same statements, and the same
// project file read and written by both (better-sqlite3 under Node 20, node:sqlite under Node 22 in a child).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteDriverName } from '../../src/store/driver';
import { loadNodeSqlite, pickDriver } from '../../src/store/drivers/choose';
import { describeProject, statementResults, writeScenario } from './driverScenario';
import { tempFolder } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./driver-child.ts', import.meta.url));
const HAS_NODE_SQLITE = loadNodeSqlite() !== undefined;

/** A Node whose driver is not ours: the Node 22 of .cache/node22 from Node 20; from Node 22 the one the runner names. */
function otherNode(): { path: string } | { skip: string } {
  const named = process.env.BITEXT_OTHER_NODE;
  if (named) return existsSync(named) ? { path: named } : { skip: `BITEXT_OTHER_NODE=${named} does not exist` };
  if (HAS_NODE_SQLITE) return { skip: 'this Node has node:sqlite and no BITEXT_OTHER_NODE names a Node 20 to compare with (scripts/test-node22.mjs sets it)' };
  const node22 = `${ROOT}.cache/node22/node_modules/.bin/node`;
  if (existsSync(node22)) return { path: node22 };
  return { skip: `no Node 22 at ${node22}: run \`node scripts/test-node22.mjs\` (it installs one with npm) to compare the drivers` };
}

const other = otherNode();
if ('skip' in other) console.warn(`drivers.test.ts: cross-driver tests skipped: ${other.skip}`);

interface ChildReport {
  node: string;
  betterSqliteLoaded: boolean;
  output: unknown;
}

function runOther(mode: string, path: string): ChildReport {
  if ('skip' in other) throw new Error(other.skip);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.BITEXT_SQLITE_DRIVER;
  delete env.BITEXT_OTHER_NODE;
  const child = spawnSync(other.path, ['--import', 'tsx', CHILD, mode, path], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`driver-child.ts ${mode} under ${other.path} exited with ${child.status}: ${child.stderr}`);
  // Nothing on stderr: in particular not node:sqlite's ExperimentalWarning, which the driver keeps out of the output.
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as ChildReport;
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  folder.remove();
});

describe('choosing the driver', () => {
  // First in the file: the forced choice below loads better-sqlite3 into this process.
  it('does not load better-sqlite3 where node:sqlite exists (Electron cannot load a module built for the system Node)', () => {
    writeScenario(folder.file('p.bitext'));
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((key) => key.includes('better-sqlite3'));
    expect(sqliteDriverName()).toBe(HAS_NODE_SQLITE ? 'node' : 'better-sqlite3');
    expect(loaded).toBe(!HAS_NODE_SQLITE);
  });

  it('takes node:sqlite where this Node has it, else better-sqlite3', () => {
    expect(pickDriver(undefined).name).toBe(HAS_NODE_SQLITE ? 'node' : 'better-sqlite3');
    expect(pickDriver('').name).toBe(HAS_NODE_SQLITE ? 'node' : 'better-sqlite3');
  });

  it('follows BITEXT_SQLITE_DRIVER, and refuses what it cannot do with a message naming the variable', () => {
    expect(() => pickDriver('sqlite3')).toThrow(/BITEXT_SQLITE_DRIVER=sqlite3 is not a SQLite driver: set it to node or better-sqlite3/);
    if (HAS_NODE_SQLITE) expect(pickDriver('node').name).toBe('node');
    else expect(() => pickDriver('node')).toThrow(/BITEXT_SQLITE_DRIVER=node needs a Node with node:sqlite \(22\.13 or later\); this is Node 20/);
    if (HAS_NODE_SQLITE) {
      // The better-sqlite3 here is built for Node 20: forcing it on Node 22 says why it cannot and what to do.
      expect(() => pickDriver('better-sqlite3')).toThrow(/could not load better-sqlite3 on Node 2\d.*npm rebuild better-sqlite3.*unset BITEXT_SQLITE_DRIVER/);
    } else {
      expect(pickDriver('better-sqlite3').name).toBe('better-sqlite3');
    }
  });
});

describe('the driver interface', () => {
  it('answers and fails as the store expects', () => {
    const results = new Map((statementResults(folder.dir) as Array<{ label: string; result: unknown }>).map((r) => [r.label, r.result]));
    expect(results.get('run')).toEqual({ value: { prototype: 'Object', changes: 1, lastInsertRowid: 1 } });
    expect(results.get('get')).toEqual({ value: { prototype: 'Object', id: 2, word: 'Đà Nẵng', n: 2, x: -1.25, b: '<bytes 0,255,7>' } });
    expect(results.get('get none')).toEqual({ value: '<undefined>' });
    expect(results.get('iterate, stop early')).toEqual({ value: [{ prototype: 'Object', word: 'Straße' }, 3] });
    expect(results.get('statement busy while iterating')).toEqual({ error: { name: 'TypeError', message: 'This statement is busy executing a query', code: null } });
    expect(results.get('unique')).toMatchObject({ error: { name: 'SqliteError', code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: t.word' } });
    expect(results.get('trigger')).toMatchObject({ error: { code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'log is append-only' } });
    expect(results.get('foreign key')).toMatchObject({ error: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } });
    expect(results.get('nested transaction, inner fails')).toEqual({ value: [{ prototype: 'Object', word: 'outer' }] });
    expect(results.get('after failed transaction')).toEqual({ value: { prototype: 'Object', n: 0 } });
    expect(results.get('pragma busy_timeout')).toEqual({ value: 5000 });
    expect(results.get('pragma cache_size')).toEqual({ value: -16000 });
    expect(results.get('missing file must exist')).toMatchObject({ error: { code: 'SQLITE_CANTOPEN' } });
    expect(results.get('read-only write')).toMatchObject({ value: [true, { error: { code: 'SQLITE_READONLY' } }] });
  });
});

describe.skipIf('skip' in other)('the other driver, in another Node', () => {
  it('gives the same answers to the same statements', () => {
    const mine = statementResults(folder.dir);
    mkdirSync(folder.file('other'));
    const theirs = runOther('statements', folder.file('other'));
    const output = theirs.output as { driver: string; results: unknown[] };
    expect(output.driver).not.toBe(sqliteDriverName());
    expect(output.results).toEqual(mine);
  });

  it('opens a project written here with the same rows, history and checks', () => {
    const path = folder.file('here.bitext');
    writeScenario(path);
    const mine = describeProject(path);
    const theirs = runOther('describe', path).output as { driver: string; data: unknown };
    expect(theirs.driver).not.toBe(mine.driver);
    expect(theirs.data).toEqual(mine.data);
    // And back: the file the other driver opened (and closed, switching the journal back) still reads the same here.
    expect(describeProject(path).data).toEqual(mine.data);
  });

  it('writes a project this driver opens with the same rows', () => {
    const path = folder.file('there.bitext');
    const report = runOther('write', path);
    const theirs = report.output as { driver: string; data: unknown };
    expect(report.betterSqliteLoaded).toBe(theirs.driver === 'better-sqlite3');
    const mine = describeProject(path);
    expect(mine.driver).not.toBe(theirs.driver);
    expect(mine.data).toEqual(theirs.data);
  });
});
