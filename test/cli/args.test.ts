// The option reader every command uses: strict, so a typo or a misplaced value is an error, never ignored.
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../src/cli/args';

const spec = { flags: ['--json', '--overwrite'], values: ['--out', '--format'] };

describe('parseArgs', () => {
  it('reads flags, values in both spellings and positionals', () => {
    const parsed = parseArgs(['a.txt', '--json', '--out', 'x.tmx', '--format=tmx', 'b.txt'], spec);
    expect(parsed.positional).toEqual(['a.txt', 'b.txt']);
    expect([...parsed.flags]).toEqual(['--json']);
    expect(Object.fromEntries(parsed.values)).toEqual({ '--out': 'x.tmx', '--format': 'tmx' });
  });

  it('ends options at "--", so a file may be called --json', () => {
    const parsed = parseArgs(['--json', '--', '--json', '--out'], spec);
    expect(parsed.positional).toEqual(['--json', '--out']);
    expect([...parsed.flags]).toEqual(['--json']);
  });

  it('refuses a value given to a flag, naming it', () => {
    expect(() => parseArgs(['--json=x'], spec)).toThrow(UsageError);
    expect(() => parseArgs(['--json=x'], spec)).toThrow(/--json/);
  });

  it('refuses unknown options and missing or empty values, naming the option', () => {
    expect(() => parseArgs(['--jsn'], spec)).toThrow(/--jsn/);
    expect(() => parseArgs(['--out'], spec)).toThrow(/--out/);
    expect(() => parseArgs(['--out='], spec)).toThrow(/--out needs a value/);
  });

  it('collects a repeatable option in order', () => {
    const parsed = parseArgs(['--allow-dir', 'a', '--allow-dir=b'], { lists: ['--allow-dir'] });
    expect(parsed.lists.get('--allow-dir')).toEqual(['a', 'b']);
    expect(() => parseArgs(['--allow-dir='], { lists: ['--allow-dir'] })).toThrow(/--allow-dir needs a value/);
  });
});
