// countLines reads a counts file in batches of one read each: lines that cross a read, characters of several bytes
// cut by one, CRLF ends and a last line without an end all come out as the lines of the text.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countLines } from '../../src/cli/countsFiles';

const dir = mkdtempSync(join(tmpdir(), 'count-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(text: string): Promise<string[]> {
  const file = join(dir, 'counts.tsv');
  writeFileSync(file, text);
  const out: string[] = [];
  for await (const batch of countLines(file)) out.push(...batch);
  return out;
}

describe('countLines', () => {
  it('gives every line of a file many reads long, whole', async () => {
    // Three-byte Vietnamese letters at every offset, so that some read ends inside one.
    const lines = Array.from({ length: 20_000 }, (_, k) => `p\tđường${'ữ'.repeat(k % 7)}\tstraße${k}\t${k + 1}`);
    expect(await linesOf(lines.join('\n') + '\n')).toEqual(lines);
    expect(await linesOf(lines.join('\r\n'))).toEqual(lines);
  });

  it('keeps empty lines in the middle and drops nothing at the end', async () => {
    expect(await linesOf('a\tx\t1\n\nb\ty\t2')).toEqual(['a\tx\t1', '', 'b\ty\t2']);
    expect(await linesOf('')).toEqual([]);
  });
});
