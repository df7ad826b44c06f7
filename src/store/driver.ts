// The store's view of SQLite. Everything outside src/store/drivers talks to `SqlDatabase`, so the driver can change:
// node:sqlite where the running Node has it (Electron's Node, Node ≥ 22.13), better-sqlite3 on Node 20.
import { chooseDriver } from './drivers/choose';

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
  /**
   * Runs `fn` in one IMMEDIATE transaction (the write lock is taken up front, so it cannot fail half way for BUSY);
   * a call inside another transaction becomes a savepoint, rolled back alone if `fn` throws.
   */
  transaction<T>(fn: () => T): T;
  /** A pragma's single value (`PRAGMA user_version` → 3). */
  pragmaValue(pragma: string): SqlValue | undefined;
  close(): void;
}

export interface OpenOptions {
  readOnly: boolean;
  fileMustExist: boolean;
}

export type DriverName = 'node' | 'better-sqlite3';

export interface SqlDriver {
  readonly name: DriverName;
  open(path: string, options: OpenOptions): SqlDatabase;
}

export function openSqlite(path: string, options: OpenOptions): SqlDatabase {
  return chooseDriver().open(path, options);
}

/** Which driver this process uses, for diagnostics and for tests that compare the two. */
export function sqliteDriverName(): DriverName {
  return chooseDriver().name;
}

/** The driver itself: `open.ts` asks for it before touching a file, so a driver that cannot load is reported as such. */
export function sqliteDriver(): SqlDriver {
  return chooseDriver();
}
