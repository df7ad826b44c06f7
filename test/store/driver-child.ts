// The other side of the cross-driver tests, run under another Node (and so another SQLite driver).
// Usage: node --import tsx driver-child.ts write|describe|statements PATH — prints one JSON object.
import { createRequire } from 'node:module';
import { sqliteDriverName } from '../../src/store/driver';
import { describeProject, statementResults, writeScenario } from './driverScenario';

const [mode, path] = process.argv.slice(2);
if (!path) throw new Error('usage: driver-child.ts write|describe|statements PATH');
let output: unknown;
if (mode === 'write') {
  writeScenario(path);
  output = describeProject(path);
} else if (mode === 'describe') {
  output = describeProject(path);
} else if (mode === 'statements') {
  output = { driver: sqliteDriverName(), results: statementResults(path) };
} else {
  throw new Error(`driver-child.ts: unknown mode ${mode}; use write, describe or statements`);
}
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((key) => key.includes('better-sqlite3'));
process.stdout.write(JSON.stringify({ node: process.version, betterSqliteLoaded: loaded.length > 0, output }));
