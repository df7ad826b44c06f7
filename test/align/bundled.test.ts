import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinLexicon, cldrLexicon } from '../../src/align/index';
import { bundledSource, ROOT } from './tools/embed-data';

describe('bundled lexicons', () => {
  it('src/align/bundled.ts matches data/ (run test/align/tools/embed-data.ts after editing data/)', () => {
    expect(readFileSync(join(ROOT, 'src', 'align', 'bundled.ts'), 'utf8')).toBe(bundledSource());
  });
  it('pairs CLDR country and language names across locales', () => {
    const lex = cldrLexicon('de', 'vi');
    expect(lex.entries.get('russland')).toContain('nga');
    expect(lex.entries.get('nordkorea')).toContain('triều tiên');
    expect(lex.entries.get('deutsch')).toContain('đức');
    expect(cldrLexicon('de', 'xx').entries.size).toBe(0);
  });
  it('orients a lexicon for either direction', () => {
    expect(builtinLexicon('de', 'vi').entries.get('zusammenarbeit')).toContain('hợp tác');
    expect(builtinLexicon('vi', 'de').entries.get('hợp tác')).toContain('zusammenarbeit');
  });
  it('carries the general vocabulary of data/general-de-vi.tsv, not only news words', () => {
    const lex = builtinLexicon('de', 'vi');
    expect(lex.entries.get('krankheit')).toContain('bệnh');
    expect(lex.entries.get('wissenschaftler')).toContain('nhà khoa học');
  });
});
