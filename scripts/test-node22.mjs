#!/usr/bin/env node
// `npm test` runs the store and API tests a second time under Node 22, where the store uses node:sqlite instead of
// better-sqlite3 (the driver the desktop app gets from Electron's Node). Node 22 comes from the npm registry as the
// `node` package, installed into .cache/node22 and never into the project: its bin/node would shadow the system
// Node inside every npm script, and better-sqlite3 is built for the system Node.
// Usage: node scripts/test-node22.mjs [vitest args…]   (default: test/store test/api)
// BITEXT_NODE22=/path/to/node uses that binary; BITEXT_SKIP_NODE22=1 skips the run, saying so.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.cache', 'node22');
const cached = join(prefix, 'node_modules', '.bin', 'node');

function hasNodeSqlite(node) {
  try {
    const out = execFileSync(node, ['-p', "typeof process.getBuiltinModule === 'function' && process.getBuiltinModule('node:sqlite') !== undefined"], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.trim() === 'true';
  } catch {
    return false;
  }
}

function findNode22() {
  const named = process.env.BITEXT_NODE22;
  if (named) {
    if (!hasNodeSqlite(named)) throw new Error(`BITEXT_NODE22=${named} is not a Node with node:sqlite (22.13 or later). Point it at one, or unset it to use ${cached}.`);
    return named;
  }
  if (!existsSync(cached)) {
    console.log(`test-node22: installing Node 22 into ${prefix} (npm install --prefix .cache/node22 node@22)`);
    const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', 'node@22'], { stdio: 'inherit', cwd: root });
    if (npm.status !== 0) throw new Error(`npm could not install node@22 into ${prefix}. Install it there by hand, set BITEXT_NODE22 to a Node ≥ 22.13, or set BITEXT_SKIP_NODE22=1 to skip this run.`);
  }
  if (!hasNodeSqlite(cached)) throw new Error(`${cached} has no node:sqlite. Delete ${prefix} and run this script again to reinstall it.`);
  return cached;
}

if (process.env.BITEXT_SKIP_NODE22 === '1') {
  console.log('test-node22: skipped (BITEXT_SKIP_NODE22=1): the node:sqlite driver is not tested in this run');
  process.exit(0);
}

let node22;
try {
  node22 = findNode22();
} catch (error) {
  console.error(`test-node22: ${error.message}`);
  process.exit(1);
}
const version = execFileSync(node22, ['--version'], { encoding: 'utf8' }).trim();
// test/api/crash.test.ts spends a minute killing servers; the store's own crash test covers node:sqlite's durability.
const args = process.argv.length > 2 ? process.argv.slice(2) : ['test/store', 'test/api', '--exclude', 'test/api/crash.test.ts'];
console.log(`test-node22: vitest run ${args.join(' ')} under Node ${version} with the node:sqlite driver`);
const env = {
  ...process.env,
  // Child processes the tests start (`npx tsx …`, process.execPath) run under Node 22 too.
  PATH: `${dirname(node22)}${delimiter}${process.env.PATH ?? ''}`,
  BITEXT_SQLITE_DRIVER: 'node',
};
// The cross-driver tests compare with this Node's better-sqlite3 when this Node is one without node:sqlite.
if (!hasNodeSqlite(process.execPath)) env.BITEXT_OTHER_NODE = process.execPath;
else delete env.BITEXT_OTHER_NODE;
const run = spawnSync(node22, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...args], { stdio: 'inherit', cwd: root, env });
process.exit(run.status ?? 1);
