import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../src/text';
import { SEED_LINES, WRITTEN_LINES, type LangCase } from './langid-cases';

const ALL = [...SEED_LINES, ...WRITTEN_LINES];
const ISO1: Record<string, string> = { deu: 'de', vie: 'vi', eng: 'en' };

/** Plain franc as a baseline: unrestricted, with markers counted as wrong unless it happens to agree. */
const plainFranc = (text: string) => ISO1[franc(text)] ?? 'und';
const restrictedFranc = (text: string) => ISO1[franc(text, { only: ['deu', 'vie', 'eng'], minLength: 1 })] ?? 'und';

function accuracy(cases: LangCase[], detect: (t: string) => string | null): number {
  return cases.filter(([text, lang]) => detect(text) === lang).length / cases.length;
}

describe('identifyLanguage', () => {
  it('gets the short lines of the issue right', () => {
    expect(identifyLanguage('Kommentar (0)')).toBe('de');
    expect(identifyLanguage('No data')).toBe('en');
    expect(identifyLanguage('Quelle')).toBe('de');
    expect(identifyLanguage('Quellenlink')).toBe('de');
    expect(identifyLanguage('KHANH MINH')).toBe('vi');
    expect(identifyLanguage('[Anzeige_1]')).toBeNull();
  });

  it('reads decomposed (NFD) Vietnamese like composed text', () => {
    expect(identifyLanguage('Lãnh đạo Nga và Triều Tiên'.normalize('NFD'))).toBe('vi');
  });

  it('labels every seed line correctly', () => {
    const wrong = SEED_LINES.filter(([text, lang]) => identifyLanguage(text) !== lang).map(([t, l]) => `${l}: ${t}`);
    expect(wrong).toEqual([]);
  });

  it('is right on at least 95% of the written set and beats plain and restricted franc', () => {
    const ours = accuracy(ALL, identifyLanguage);
    const plain = accuracy(ALL, plainFranc);
    const restricted = accuracy(ALL, restrictedFranc);
    console.log(`language ID on ${ALL.length} labelled lines: ours ${(ours * 100).toFixed(1)}%, franc ${(plain * 100).toFixed(1)}%, franc de/vi/en ${(restricted * 100).toFixed(1)}%`);
    expect(ours).toBeGreaterThanOrEqual(0.95);
    expect(ours).toBeGreaterThan(plain);
    expect(ours).toBeGreaterThan(restricted);
  });

  for (const [text, lang] of WRITTEN_LINES)
    it(`${String(lang)}: ${text}`, () => expect(identifyLanguage(text)).toBe(lang));
});
