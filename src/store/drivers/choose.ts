// Picks the SQLite driver once per process: node:sqlite where the running Node has it (Electron's Node, Node ≥ 22.13),
// else better-sqlite3. BITEXT_SQLITE_DRIVER=node|better-sqlite3 forces one (tests, and a way out if one misbehaves).
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { DriverName, SqlDriver } from '../driver';
import { betterSqliteDriver } from './betterSqlite';
import { nodeSqliteDriver, type NodeSqliteModule } from './nodeSqlite';

export const DRIVER_ENV = 'BITEXT_SQLITE_DRIVER';
const NAMES: readonly DriverName[] = ['node', 'better-sqlite3'];

function isSqliteExperimentalWarning(warning: unknown, type: unknown): boolean {
  const text = warning instanceof Error ? `${warning.name} ${warning.message}` : `${String(type)} ${String(warning)}`;
  return text.includes('ExperimentalWarning') && text.includes('SQLite');
}

/** node:sqlite, or undefined on a Node without it (Node 20; Node 22 before 22.13 without a flag). */
export function loadNodeSqlite(): NodeSqliteModule | undefined {
  if (typeof process.getBuiltinModule !== 'function') return undefined;
  // Node 22 and 24 print "SQLite is an experimental feature" when the module loads; that line would land in the
  // CLI's stderr, the desktop app's log and every test run, so exactly that warning is dropped, only while loading.
  const emit = process.emitWarning;
  const filtered = (warning: string | Error, ...rest: unknown[]): void => {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: unknown } | undefined)?.type;
    if (!isSqliteExperimentalWarning(warning, type)) Reflect.apply(emit, process, [warning, ...rest]);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return process.getBuiltinModule('node:sqlite') as NodeSqliteModule | undefined;
  } finally {
    process.emitWarning = emit;
  }
}

function loadBetterSqlite(builtIn: boolean): typeof BetterSqlite3 {
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    // The native part loads at the first open; a build for another Node fails here, with the advice below.
    new Database(':memory:').close();
    return Database;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const instead = builtIn ? `or unset ${DRIVER_ENV} to use this Node's built-in SQLite` : "or use Node 22.13 or later, whose built-in SQLite needs nothing installed";
    throw new Error(`The project database could not load better-sqlite3 on Node ${process.versions.node} (${reason}). Run \`npm rebuild better-sqlite3\` with this Node, ${instead}.`, { cause: error });
  }
}

/** The driver `BITEXT_SQLITE_DRIVER` asks for (`wanted`), or the one this Node suits when it asks for none. */
export function pickDriver(wanted: string | undefined): SqlDriver {
  wanted ??= '';
  if (wanted !== '' && !NAMES.includes(wanted as DriverName)) {
    throw new Error(`${DRIVER_ENV}=${wanted} is not a SQLite driver: set it to ${NAMES.join(' or ')}, or unset it to choose by the Node version.`);
  }
  const sqlite = loadNodeSqlite();
  if (wanted === 'better-sqlite3') return betterSqliteDriver(loadBetterSqlite(sqlite !== undefined));
  if (sqlite) return nodeSqliteDriver(sqlite);
  if (wanted === 'node') {
    throw new Error(`${DRIVER_ENV}=node needs a Node with node:sqlite (22.13 or later); this is Node ${process.versions.node}. Unset ${DRIVER_ENV} to use better-sqlite3.`);
  }
  return betterSqliteDriver(loadBetterSqlite(false));
}

let chosen: SqlDriver | null = null;

export function chooseDriver(): SqlDriver {
  chosen ??= pickDriver(process.env[DRIVER_ENV]);
  return chosen;
}
