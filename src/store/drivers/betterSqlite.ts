// better-sqlite3: the driver on Node 20, which has no node:sqlite. It is a native module built for the Node that
// installed it, so only the chooser loads it, and only when it picks it: a Node with its own SQLite never touches it.
import type BetterSqlite3 from 'better-sqlite3';
import type { DriverName, OpenOptions, SqlDatabase, SqlDriver, SqlParams, SqlStatement, SqlValue } from '../driver';

type BetterSqliteConstructor = typeof BetterSqlite3;

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

/** `Database` is better-sqlite3's constructor, which the chooser loads only when it picks this driver. */
export function betterSqliteDriver(Database: BetterSqliteConstructor): SqlDriver {
  const name: DriverName = 'better-sqlite3';
  return {
    name,
    open(path: string, options: OpenOptions): SqlDatabase {
      return new BetterSqliteDatabase(new Database(path, { readonly: options.readOnly, fileMustExist: options.fileMustExist }));
    },
  };
}
