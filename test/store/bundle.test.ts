// The desktop app opens out of the box: the Electron main bundle runs the store on node:sqlite without better-sqlite3
// (which is built for the system Node and cannot load in Electron's), and says what to do on a Node without it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeSqlite } from '../../src/store/drivers/choose';
import { tempFolder } from './fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const node22 = join(ROOT, '.cache', 'node22', 'node_modules', '.bin', 'node');
const HERE_HAS_NODE_SQLITE = loadNodeSqlite() !== undefined;

/** This Node and, where there is one, a Node of the other kind (with node:sqlite from Node 20; Node 20 from Node 22). */
function nodes(): Array<{ path: string; hasNodeSqlite: boolean }> {
  const list = [{ path: process.execPath, hasNodeSqlite: HERE_HAS_NODE_SQLITE }];
  const other = process.env.BITEXT_OTHER_NODE ?? (HERE_HAS_NODE_SQLITE ? undefined : node22);
  if (other && existsSync(other)) list.push({ path: other, hasNodeSqlite: !HERE_HAS_NODE_SQLITE });
  else console.warn(`bundle.test.ts: only ${process.execPath} is tried: no Node of the other kind (${other ?? 'BITEXT_OTHER_NODE unset'}); run \`node scripts/test-node22.mjs\` to install one`);
  return list;
}

let folder: ReturnType<typeof tempFolder>;
let bundle: string;
beforeAll(async () => {
  folder = tempFolder();
  bundle = folder.file('main.cjs');
  const script = pathToFileURL(join(ROOT, 'scripts', 'build-electron.mjs')).href;
  const { mainProcessOptions } = (await import(script)) as { mainProcessOptions: BuildOptions };
  await build({ ...mainProcessOptions, entryPoints: [join(ROOT, 'test', 'store', 'bundle-entry.ts')], outfile: bundle, logLevel: 'silent' });
}, 60_000);
afterAll(() => folder.remove());

describe('the Electron main bundle', () => {
  it.each(nodes())('opens and writes a project under $path when that Node has node:sqlite, and otherwise says what to do', ({ path, hasNodeSqlite }) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.BITEXT_SQLITE_DRIVER;
    const project = folder.file(`p-${hasNodeSqlite ? 'node' : 'better'}.bitext`);
    const run = spawnSync(path, [bundle, project], { cwd: folder.dir, env, encoding: 'utf8', timeout: 60_000 });
    if (hasNodeSqlite) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ driver: 'node', rows: expect.any(Number) as number, betterSqliteLoaded: false });
      expect((JSON.parse(run.stdout) as { rows: number }).rows).toBeGreaterThan(5);
    } else {
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/could not load better-sqlite3 on Node 20\.\d+\.\d+ \(Cannot find module 'better-sqlite3'.*Run `npm rebuild better-sqlite3` with this Node, or use Node 22\.13 or later/);
    }
  });
});
