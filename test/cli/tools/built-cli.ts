// A compiled `bitext` of the sources as they are when a test starts, in a folder of its own: tests that compare
// several runs (resume, Slurm, GNU parallel) must run the same code each time, while other work in the checkout
// may change the sources or rebuild dist-cli/ meanwhile.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..', '..');

export interface BuiltCli {
  /** A script that runs the command line: `node <runner> batch align …`. */
  runner: string;
  remove(): void;
}

export async function buildTestCli(name: string): Promise<BuiltCli> {
  const dir = join(ROOT, '.bitext-tmp', `cli-${name}-${process.pid}`);
  const { buildCli } = (await import(pathToFileURL(join(ROOT, 'scripts', 'build-cli.mjs')).href)) as { buildCli: (out: string) => Promise<void> };
  await buildCli(dir);
  const runner = join(dir, 'run.mjs');
  writeFileSync(runner, "const { runCli } = await import('./bitext.mjs');\nprocess.exitCode = await runCli(process.argv.slice(2));\n");
  return { runner, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
