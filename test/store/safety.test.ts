// Opening files safely: schema snapshot, migrations with backup, refusal of newer, foreign and corrupt files
// (left byte-for-byte untouched), read-only files and folders, and the one-writer lock.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openProject, StoreError, STORE_SCHEMA_VERSION } from '../../src/store';
import { openSqlite } from '../../src/store/driver';
import { migrate } from '../../src/store/migrate';
import { makePage, storeErrorCode as code, tempFolder } from './fixtures';

const SNAPSHOT = fileURLToPath(new URL('./schema.snapshot.sql', import.meta.url));
let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  try {
    execFileSync('chattr', ['-R', '-i', folder.dir], { stdio: 'ignore' });
  } catch {
    // chattr is optional: only the immutable-file test uses it.
  }
  chmodSync(folder.dir, 0o755);
  folder.remove();
});


function schemaOf(path: string): string {
  const db = openSqlite(path, { readOnly: true, fileMustExist: true });
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name").all<{ type: string; name: string; sql: string }>();
  db.close();
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};\n`).join('\n');
}

function projectWithPage(name = 'p.bitext'): string {
  const path = folder.file(name);
  const project = openProject(path, { create: true });
  const { doc, links } = makePage(1, 12);
  project.importDocument(doc, links, { contentHash: 'page-1' });
  project.close();
  return path;
}

describe('schema and migrations', () => {
  it('matches the committed schema snapshot', () => {
    const path = projectWithPage();
    const actual = schemaOf(path);
    if (process.env.UPDATE_STORE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, actual);
    expect(actual).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('migrates an older project in steps, after backing it up', () => {
    const path = folder.file('old.bitext');
    const db = openSqlite(path, { readOnly: false, fileMustExist: false });
    expect(migrate(db, 0, 1)).toBe(1);
    db.exec("INSERT INTO documents (kind, file, content_hash, lang_translation, lang_original, meta, text, imported_at) VALUES ('page', 'old.txt', 'h', 'de', 'vi', '{}', 'Alt.', 'then')");
    db.close();
    const before = readFileSync(path);

    const project = openProject(path);
    expect(project.schemaVersion).toBe(STORE_SCHEMA_VERSION);
    const backupPath = project.backupPath ?? '';
    expect(backupPath).toMatch(/old\.bitext\.bak-v1-\d{8}T\d{6}Z$/);
    expect(project.listDocuments().map((d) => d.file)).toEqual(['old.txt']);
    project.close();

    const backup = openSqlite(backupPath, { readOnly: true, fileMustExist: true });
    expect(backup.pragmaValue('user_version')).toBe(1);
    expect(backup.prepare('SELECT file FROM documents').all()).toEqual([{ file: 'old.txt' }]);
    backup.close();
    expect(before.length).toBeGreaterThan(0);
    expect(schemaOf(path)).toBe(schemaOf(projectWithPage('fresh.bitext')));
  });

  it('does not back up a project that needs no migration', () => {
    const path = projectWithPage();
    const project = openProject(path);
    expect(project.backupPath).toBeNull();
    project.close();
    expect(readdirSync(folder.dir).filter((n) => n.includes('.bak-'))).toEqual([]);
  });

  it('refuses a project written by a newer version and leaves it untouched', () => {
    const path = projectWithPage();
    const db = openSqlite(path, { readOnly: false, fileMustExist: true });
    db.exec(`PRAGMA user_version = ${STORE_SCHEMA_VERSION + 1}`);
    db.close();
    const bytes = readFileSync(path);
    let error: unknown;
    try {
      openProject(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('newer_version');
    expect((error as StoreError).message).toMatch(/newer version of bitext/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});

describe('foreign and corrupt files', () => {
  it('refuses a file that is not SQLite and never writes to it', () => {
    const path = folder.file('notes.txt');
    writeFileSync(path, 'Quelle: https://example.org\n'.repeat(200));
    const bytes = readFileSync(path);
    expect(code(() => openProject(path))).toBe('corrupt');
    expect(code(() => openProject(path, { create: true }))).toBe('corrupt');
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(folder.dir)).toEqual(['notes.txt']);
  });

  it('refuses an SQLite database of another program and never writes to it', () => {
    const path = folder.file('other.db');
    const db = openSqlite(path, { readOnly: false, fileMustExist: false });
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES (\'Lan\')');
    db.close();
    const bytes = readFileSync(path);
    expect(code(() => openProject(path))).toBe('corrupt');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a damaged project file and never writes to it', () => {
    const path = projectWithPage();
    const bytes = readFileSync(path);
    const damaged = Buffer.from(bytes);
    damaged.fill(0x5a, 100, Math.min(damaged.length, 100 + 4096 * 2));
    writeFileSync(path, damaged);
    expect(code(() => openProject(path))).toBe('corrupt');
    expect(readFileSync(path).equals(damaged)).toBe(true);
  });

  it('does not create a project unless asked to', () => {
    expect(code(() => openProject(folder.file('typo.bitext')))).toBe('not_found');
    expect(existsSync(folder.file('typo.bitext'))).toBe(false);
  });
});

describe('read-only projects', () => {
  it('opens a read-only file read-only: reads work, writes throw read_only', () => {
    const path = projectWithPage();
    chmodSync(path, 0o444);
    const bytes = readFileSync(path);
    const project = openProject(path);
    expect(project.readOnly).toBe(true);
    expect(project.countLinks(1)).toBeGreaterThan(0);
    const first = project.listLinks(1, { limit: 1 })[0]!;
    expect(code(() => project.setLinkState([first.id], 'confirmed'))).toBe('read_only');
    expect(code(() => project.undo())).toBe('read_only');
    const { doc, links } = makePage(2, 5);
    expect(code(() => project.importDocument(doc, links, { contentHash: 'x' }))).toBe('read_only');
    project.close();
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('opens a project in a read-only folder read-only', () => {
    const path = projectWithPage();
    chmodSync(folder.dir, 0o555);
    const project = openProject(path);
    expect(project.readOnly).toBe(true);
    expect(project.listDocuments()).toHaveLength(1);
    project.close();
  });

  it('honours readOnly: true and takes no lock', () => {
    const path = projectWithPage();
    const viewer = openProject(path, { readOnly: true });
    const writer = openProject(path);
    expect(viewer.readOnly).toBe(true);
    expect(writer.readOnly).toBe(false);
    expect(code(() => viewer.editSentence(2, 'x'))).toBe('read_only');
    viewer.close();
    writer.close();
  });

  it.skipIf(process.getuid?.() !== 0)('opens an immutable file (the OS refuses writes) read-only', () => {
    const path = projectWithPage();
    try {
      execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    } catch {
      return; // no chattr or no CAP_LINUX_IMMUTABLE here: covered by the permission-bit tests above.
    }
    const project = openProject(path);
    expect(project.readOnly).toBe(true);
    expect(project.check().ok).toBe(true);
    expect(code(() => project.revertSentence(2))).toBe('read_only');
    project.close();
  });
});

describe('one writer at a time', () => {
  it('refuses a second instance in the same process with a clear message', () => {
    const path = projectWithPage();
    const first = openProject(path);
    let message = '';
    try {
      openProject(path);
    } catch (error) {
      expect((error as StoreError).code).toBe('locked');
      message = (error as StoreError).message;
    }
    expect(message).toMatch(/already open in another bitext instance/);
    first.close();
    openProject(path).close();
  });

  it('refuses a second instance in another process', async () => {
    const path = projectWithPage();
    const holder = spawn('npx', ['tsx', fileURLToPath(new URL('./hold-child.ts', import.meta.url)), path], { stdio: ['pipe', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('open')) resolve();
      });
      holder.on('exit', () => reject(new Error('the holder exited early')));
    });
    expect(code(() => openProject(path))).toBe('locked');
    holder.stdin.end('close\n');
    await new Promise((resolve) => holder.on('close', resolve));
    const again = openProject(path);
    expect(again.readOnly).toBe(false);
    again.close();
  });

  it('takes over a stale lock whose process is gone', () => {
    const path = projectWithPage();
    const dead = spawn(process.execPath, ['-e', '']);
    const pid = dead.pid!;
    return new Promise<void>((resolve) => {
      dead.on('exit', () => {
        writeFileSync(`${path}.lock`, JSON.stringify({ pid, host: hostname(), since: 'yesterday' }));
        const project = openProject(path);
        expect(project.readOnly).toBe(false);
        project.close();
        expect(existsSync(`${path}.lock`)).toBe(false);
        resolve();
      });
    });
  });
});
