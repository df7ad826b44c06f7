// What the cross-driver tests do on each side: write a project with every kind of row, describe a project as
// comparable JSON, and run the same raw statements through whichever driver this process has.
import { join } from 'node:path';
import { openProject } from '../../src/store';
import { openSqlite, sqliteDriverName, type SqlDatabase } from '../../src/store/driver';
import { makePage, makeMonolingual, pairLinks } from './fixtures';
import { picture } from './helpers';

/** A page and a pair, an edit with diacritics, an annotation, a confirmed link, an ignore, and one undone action. */
export function writeScenario(path: string): void {
  const project = openProject(path, { create: true });
  try {
    const { doc, links } = makePage(7, 24);
    const { documentId } = project.importDocument(doc, links, { contentHash: 'page-7' });
    project.importPair(makeMonolingual(8, 40, 'vi'), makeMonolingual(8, 40, 'de'), pairLinks(40), { contentHash: 'pair-8' });
    const rows = project.listLinks(documentId, { limit: 100 });
    const sentence = rows[1]!.translation[0]!;
    project.editSentence(sentence.id, 'Die Gespräche dauerten drei Stunden – „lange“. Đúng vậy.');
    project.addAnnotation({ sentenceId: sentence.id, start: 4, end: 13, category: 'accuracy/mistranslation', severity: 'major', comment: 'Ämter ≠ Bộ' });
    project.setLinkState([rows[0]!.id, rows[2]!.id], 'confirmed');
    project.ignoreFindings([{ key: 'length|a1', check: 'length', unitId: `link-${rows[3]!.id}`, message: 'zu kurz' }]);
    project.setLinkState([rows[4]!.id], 'rejected');
    project.undo();
  } finally {
    project.close();
  }
}

/** Everything a person would see of the project, with the driver that read it beside (not inside) the data. */
export function describeProject(path: string): { driver: string; data: unknown } {
  const project = openProject(path);
  try {
    const documents = project.listDocuments();
    return {
      driver: sqliteDriverName(),
      data: {
        documents,
        pictures: documents.map((d) => JSON.parse(picture(project, d.id)) as unknown),
        history: project.history(),
        status: project.historyStatus(),
        ignores: project.listIgnores(),
        check: project.check(),
      },
    };
  } finally {
    project.close();
  }
}

function outcome(work: () => unknown): unknown {
  try {
    return { value: portable(work()) };
  } catch (error) {
    const { name, message, code } = error as { name?: string; message?: string; code?: string };
    return { error: { name, message, code: code ?? null } };
  }
}

/** Values as JSON can carry them, keeping what JSON would blur: undefined, bigint, bytes, prototypes. */
function portable(value: unknown): unknown {
  if (value === undefined) return '<undefined>';
  if (typeof value === 'bigint') return `<bigint ${value}>`;
  if (value instanceof Uint8Array) return `<bytes ${Array.from(value).join(',')}>`;
  if (Array.isArray(value)) return value.map(portable);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, portable(v)]);
    return { prototype: Object.getPrototypeOf(value) === Object.prototype ? 'Object' : 'other', ...Object.fromEntries(entries) };
  }
  return value;
}

/** The statements the store relies on, and the ways they fail, through this process's driver. */
export function statementResults(dir: string): unknown[] {
  const db: SqlDatabase = openSqlite(join(dir, 'statements.db'), { readOnly: false, fileMustExist: false });
  const results: unknown[] = [];
  const record = (label: string, work: () => unknown): void => {
    results.push({ label, result: outcome(work) });
  };
  try {
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, word TEXT NOT NULL UNIQUE, n INTEGER, x REAL, b BLOB) STRICT;
      CREATE TABLE child (id INTEGER PRIMARY KEY, t_id INTEGER NOT NULL REFERENCES t(id)) STRICT;
      CREATE TABLE log (id INTEGER PRIMARY KEY, what TEXT NOT NULL) STRICT;
      CREATE TRIGGER log_no_delete BEFORE DELETE ON log BEGIN SELECT RAISE(ABORT, 'log is append-only'); END;`);
    const insert = 'INSERT INTO t (word, n, x, b) VALUES (?, ?, ?, ?)';
    record('run', () => db.prepare(insert).run('Straße', 1, 0.5, null));
    record('run bytes', () => db.prepare(insert).run('Đà Nẵng', 2, -1.25, new Uint8Array([0, 255, 7])));
    record('run bigint', () => db.prepare(insert).run('cà phê', 3n, null, null));
    record('get', () => db.prepare('SELECT * FROM t WHERE id = ?').get(2));
    record('get none', () => db.prepare('SELECT * FROM t WHERE id = ?').get(99));
    record('all', () => db.prepare('SELECT id, word, typeof(n) AS tn, x FROM t ORDER BY id').all());
    record('iterate', () => [...db.prepare('SELECT word FROM t WHERE n >= ? ORDER BY n').iterate(2)]);
    record('iterate, stop early', () => {
      const statement = db.prepare('SELECT word FROM t ORDER BY id');
      let first: unknown = null;
      for (const row of statement.iterate()) {
        first = row;
        break;
      }
      // Leaving the loop ends the iteration, so the statement runs again at once.
      return [first, statement.all().length];
    });
    record('statement busy while iterating', () => {
      const statement = db.prepare('SELECT id FROM t ORDER BY id');
      const rows = statement.iterate();
      rows.next();
      try {
        return statement.get();
      } finally {
        rows.return?.();
      }
    });
    record('json_each', () => db.prepare('SELECT word FROM t WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all('[1,3]'));
    record('count as number', () => db.prepare('SELECT count(*) AS n, sum(n) AS total FROM t').get());
    record('unique', () => db.prepare(insert).run('Straße', 4, null, null));
    record('not null', () => db.prepare('INSERT INTO t (word) VALUES (?)').run(null));
    record('strict type', () => db.prepare('INSERT INTO t (word, n) VALUES (?, ?)').run('x', 'not a number'));
    record('foreign key', () => db.prepare('INSERT INTO child (t_id) VALUES (?)').run(42));
    record('trigger', () => {
      db.prepare('INSERT INTO log (what) VALUES (?)').run('kept');
      return db.prepare('DELETE FROM log').run();
    });
    record('syntax', () => db.prepare('SELEC 1').get());
    record('nested transaction, inner fails', () => {
      db.transaction(() => {
        db.prepare(insert).run('outer', 10, null, null);
        try {
          db.transaction(() => {
            db.prepare(insert).run('inner', 11, null, null);
            throw new Error('inner gives up');
          });
        } catch {
          // The outer transaction goes on without the inner one's row.
        }
      });
      return db.prepare("SELECT word FROM t WHERE word IN ('outer', 'inner')").all();
    });
    record('transaction fails', () => db.transaction(() => {
      db.prepare(insert).run('lost', 12, null, null);
      db.prepare(insert).run('lost', 13, null, null);
    }));
    record('after failed transaction', () => db.prepare("SELECT count(*) AS n FROM t WHERE word = 'lost'").get());
    for (const pragma of ['user_version', 'foreign_keys', 'busy_timeout', 'cache_size', 'journal_mode = WAL', 'journal_mode = DELETE', 'application_id']) {
      record(`pragma ${pragma}`, () => db.pragmaValue(pragma));
    }
  } finally {
    db.close();
  }
  record('missing file must exist', () => openSqlite(join(dir, 'missing.db'), { readOnly: false, fileMustExist: true }));
  record('read-only write', () => {
    const ro = openSqlite(join(dir, 'statements.db'), { readOnly: true, fileMustExist: true });
    try {
      return [ro.readOnly, outcome(() => ro.exec("INSERT INTO log (what) VALUES ('no')"))];
    } finally {
      ro.close();
    }
  });
  return results;
}
