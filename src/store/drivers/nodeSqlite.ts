// The SQLite built into Node (`node:sqlite`: Node ≥ 22.13 and Electron's Node), adapted so it behaves as the
// better-sqlite3 adapter does: same settings, same error codes, rows as plain objects, savepoints when nested.
import { existsSync } from 'node:fs';
import type { DriverName, OpenOptions, SqlDatabase, SqlDriver, SqlParams, SqlRow, SqlStatement, SqlValue } from '../driver';
import { SqliteError, sqliteCodeName } from './sqliteError';

// @types/node 20 does not describe node:sqlite; this is the part of it the adapter uses.
interface NodeStatement {
  run(...params: SqlParams): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: SqlParams): SqlRow | undefined;
  all(...params: SqlParams): SqlRow[];
  iterate(...params: SqlParams): Iterator<SqlRow, undefined> & { return?(): IteratorResult<SqlRow, undefined> };
}
interface NodeDatabase {
  prepare(sql: string): NodeStatement;
  exec(sql: string): void;
  close(): void;
  /** Node ≥ 22.16 only. */
  readonly isTransaction?: boolean;
}
export interface NodeSqliteModule {
  DatabaseSync: new (path: string, options: { readOnly: boolean }) => NodeDatabase;
}

/** node:sqlite reports `code: 'ERR_SQLITE_ERROR'` and the SQLite result as a number in `errcode`. */
function translate(error: unknown): unknown {
  const errcode = (error as { errcode?: unknown } | null)?.errcode;
  if (typeof errcode !== 'number' || !(error instanceof Error)) return error;
  return new SqliteError(error.message, sqliteCodeName(errcode), { cause: error });
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw translate(error);
  }
}

// Rows come with a null prototype; copying them gives callers the same plain objects better-sqlite3 returns.
function plain<T>(row: SqlRow | undefined): T | undefined {
  return row === undefined ? undefined : ({ ...row } as T);
}

class NodeSqliteStatement implements SqlStatement {
  /** Re-running a statement resets its open iterator silently; better-sqlite3 refuses instead, and so does this. */
  private busy = false;
  constructor(private readonly statement: NodeStatement) {}

  private idle(): void {
    if (this.busy) throw new TypeError('This statement is busy executing a query');
  }

  run(...params: SqlParams): { changes: number; lastInsertRowid: number } {
    this.idle();
    const result = guarded(() => this.statement.run(...params));
    return { changes: Number(result.changes), lastInsertRowid: Number(result.lastInsertRowid) };
  }

  get<T = SqlRow>(...params: SqlParams): T | undefined {
    this.idle();
    return plain<T>(guarded(() => this.statement.get(...params)));
  }

  all<T = SqlRow>(...params: SqlParams): T[] {
    this.idle();
    return guarded(() => this.statement.all(...params)).map((row) => ({ ...row }) as T);
  }

  iterate<T = SqlRow>(...params: SqlParams): IterableIterator<T> {
    this.idle();
    const rows = guarded(() => this.statement.iterate(...params));
    this.busy = true;
    const finish = (): IteratorResult<T, undefined> => {
      if (this.busy) {
        this.busy = false;
        rows.return?.();
      }
      return { done: true, value: undefined };
    };
    const iterator: IterableIterator<T> = {
      next: () => {
        if (!this.busy) return { done: true, value: undefined };
        let step: IteratorResult<SqlRow, undefined>;
        try {
          step = rows.next();
        } catch (error) {
          finish();
          throw translate(error);
        }
        return step.done ? finish() : { done: false, value: { ...step.value } as T };
      },
      return: finish,
      [Symbol.iterator]: () => iterator,
    };
    return iterator;
  }
}

class NodeSqliteDatabase implements SqlDatabase {
  private readonly cache = new Map<string, SqlStatement>();
  private depth = 0;
  constructor(private readonly db: NodeDatabase, readonly readOnly: boolean) {}

  prepare(sql: string): SqlStatement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = new NodeSqliteStatement(guarded(() => this.db.prepare(sql)));
      this.cache.set(sql, statement);
    }
    return statement;
  }

  exec(sql: string): void {
    guarded(() => this.db.exec(sql));
  }

  private inTransaction(): boolean {
    return this.db.isTransaction ?? this.depth > 0;
  }

  transaction<T>(fn: () => T): T {
    const nested = this.inTransaction();
    const name = `"bitext_${this.depth}"`;
    this.exec(nested ? `SAVEPOINT ${name}` : 'BEGIN IMMEDIATE');
    this.depth++;
    try {
      const result = fn();
      if (result instanceof Promise) throw new TypeError('Transaction function cannot return a promise');
      this.exec(nested ? `RELEASE ${name}` : 'COMMIT');
      return result;
    } catch (error) {
      // SQLite may already have rolled back by itself (a full disk, an I/O error); then there is nothing to undo.
      if (this.inTransaction()) {
        try {
          this.exec(nested ? `ROLLBACK TO ${name}; RELEASE ${name}` : 'ROLLBACK');
        } catch {
          // The original error is the one worth reporting.
        }
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  pragmaValue(pragma: string): SqlValue | undefined {
    const row = guarded(() => this.db.prepare(`PRAGMA ${pragma}`).get());
    return row === undefined ? undefined : Object.values(row)[0];
  }

  close(): void {
    this.cache.clear();
    guarded(() => this.db.close());
  }
}

export function nodeSqliteDriver(sqlite: NodeSqliteModule): SqlDriver {
  const name: DriverName = 'node';
  return {
    name,
    open(path: string, options: OpenOptions): SqlDatabase {
      // node:sqlite has no fileMustExist; better-sqlite3 reports a missing file this way.
      if (options.fileMustExist && !options.readOnly && !existsSync(path)) {
        throw new SqliteError('unable to open database file', 'SQLITE_CANTOPEN');
      }
      const db = guarded(() => new sqlite.DatabaseSync(path, { readOnly: options.readOnly }));
      // better-sqlite3's defaults (its build sets a 16 MB page cache and a 5 s busy timeout); foreign keys are on
      // in both already.
      guarded(() => db.exec('PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16000'));
      return new NodeSqliteDatabase(db, options.readOnly);
    },
  };
}
