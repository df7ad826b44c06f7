// The only file that knows the SQLite driver. Everything else talks to `SqlDatabase`, so the driver can change
// (better-sqlite3 12 today; node:sqlite or a newer better-sqlite3 once Electron's and CI's Node allow it).
import BetterSqlite3 from 'better-sqlite3';

export type SqlValue = string | number | bigint | null | Uint8Array;
export type SqlParams = SqlValue[];
export type SqlRow = Record<string, SqlValue>;

export interface SqlStatement {
  run(...params: SqlParams): { changes: number; lastInsertRowid: number };
  get<T = SqlRow>(...params: SqlParams): T | undefined;
  all<T = SqlRow>(...params: SqlParams): T[];
  iterate<T = SqlRow>(...params: SqlParams): IterableIterator<T>;
}

export interface SqlDatabase {
  readonly readOnly: boolean;
  /** Prepared statements are cached per SQL text: actions run the same few statements over and over. */
  prepare(sql: string): SqlStatement;
  exec(sql: string): void;
  /** Runs `fn` in one IMMEDIATE transaction (the write lock is taken up front, so it cannot fail half way for BUSY). */
  transaction<T>(fn: () => T): T;
  /** A pragma's single value (`PRAGMA user_version` → 3). */
  pragmaValue(pragma: string): SqlValue | undefined;
  close(): void;
}

export interface OpenOptions {
  readOnly: boolean;
  fileMustExist: boolean;
}

class BetterSqliteDatabase implements SqlDatabase {
  private readonly cache = new Map<string, SqlStatement>();
  constructor(private readonly db: BetterSqlite3.Database) {}

  get readOnly(): boolean {
    return this.db.readonly;
  }

  prepare(sql: string): SqlStatement {
    let statement = this.cache.get(sql);
    if (!statement) {
      const prepared = this.db.prepare<unknown[], unknown>(sql);
      statement = {
        run: (...params) => {
          const result = prepared.run(...params);
          return { changes: result.changes, lastInsertRowid: Number(result.lastInsertRowid) };
        },
        get: <T>(...params: SqlParams) => prepared.get(...params) as T | undefined,
        all: <T>(...params: SqlParams) => prepared.all(...params) as T[],
        iterate: <T>(...params: SqlParams) => prepared.iterate(...params) as IterableIterator<T>,
      };
      this.cache.set(sql, statement);
    }
    return statement;
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  pragmaValue(pragma: string): SqlValue | undefined {
    return this.db.pragma(pragma, { simple: true }) as SqlValue | undefined;
  }

  close(): void {
    this.cache.clear();
    this.db.close();
  }
}

export function openSqlite(path: string, options: OpenOptions): SqlDatabase {
  const db = new BetterSqlite3(path, { readonly: options.readOnly, fileMustExist: options.fileMustExist });
  return new BetterSqliteDatabase(db);
}
