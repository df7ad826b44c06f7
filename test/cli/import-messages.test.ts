// Import failures name the file once: the summary's `file` and the line on stderr carry the name, the reason
// does not repeat it (it used to read `empty.txt: empty.txt: the file is empty`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/api/contract';
import { nodeIO, runCli } from '../../src/cli/main';

describe('import failure messages', () => {
  it('say the file name once, on stderr and in the JSON summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-import-messages-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIO, stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) };
    expect(await runCli(['import', join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--project', join(dir, 'p.bitext'), '--json'], io)).toBe(1);
    const summary = JSON.parse(out.join('')) as ImportSummary;
    expect(summary.failed.map((f) => f.file)).toEqual([join(dir, 'missing.txt'), 'empty.txt']);
    expect(summary.failed[0]!.reason).toBe('no such file; check the path');
    expect(summary.failed[1]!.reason).toMatch(/^the file is empty/);
    const stderr = err.join('');
    expect(stderr).toContain('bitext import: empty.txt: the file is empty');
    expect(stderr).not.toMatch(/empty\.txt: empty\.txt/);
    expect(stderr).not.toMatch(/missing\.txt: .*missing\.txt/);
  });
});
