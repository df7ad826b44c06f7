// Every command answers --help with its usage, naming its options, and exits 0.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';

async function help(command: string): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), readFile: async () => new Uint8Array(), writeFile: async () => undefined };
  return { code: await runCli([command, '--help'], io), out };
}

describe('--help', () => {
  it.each([
    ['serve', '--allow-dir'],
    ['import', '--pair'],
    ['export', '--pairs-only'],
    ['inspect', '--json'],
    ['qa', '--project'],
  ])('bitext %s --help prints its usage with %s', async (command, option) => {
    const { code, out } = await help(command);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^usage: bitext ${command}`));
    expect(out).toContain(option);
  });
});
