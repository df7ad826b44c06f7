// On the sample corpus (the German pages read as plain lines) the checks find what a reviewer would.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkTexts, segmentsFromLines, type TextDoc } from '../../src/review';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const docs: TextDoc[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ docId: f, lang: 'de', originalLang: 'vi', segments: segmentsFromLines(f, readFileSync(join(SEEDS, f), 'utf8')) }));
const findings = checkTexts(docs);
const textOf = new Map(docs.flatMap((d) => d.segments.map((s) => [s.id, s.text] as const)));
const flagged = (check: string): string[] => findings.filter((f) => f.check === check).map((f) => textOf.get(f.unitId)!.slice(f.start, f.end));

it('finds the Vietnamese headlines left in', () => {
  const left = flagged('leftover-source');
  expect(left).toContain('Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương');
  expect(left.some((s) => s.startsWith('muốn phát triển hợp tác với Triều Tiên'))).toBe(true);
});

it('finds Shoigu/Schoigu and Kim Jong Un/Kim Jong-un', () => {
  const names = flagged('name-variant');
  expect(names).toContain('Shoigu');
  expect(names).toContain('Kim Jong-un');
  expect(findings.find((f) => f.check === 'name-variant' && textOf.get(f.unitId)!.slice(f.start, f.end) === 'Shoigu')!.message).toMatch(/Schoigu/);
});

it('finds the space in "Außenministerium , Moskau"', () => {
  const f = findings.find((x) => x.check === 'space-before-punctuation' && textOf.get(x.unitId)!.includes('Außenministerium , Moskau'));
  expect(f).toBeDefined();
  expect(textOf.get(f!.unitId)!.slice(f!.start - 16, f!.end)).toBe('Außenministerium ,');
});

it('finds every [Anzeige_…] marker', () => {
  const markers = [...textOf.values()].filter((t) => /\[Anzeige_\d+\]/.test(t)).length;
  expect(markers).toBeGreaterThanOrEqual(5);
  expect(flagged('boilerplate').filter((s) => s.startsWith('[Anzeige_')).length).toBe(markers);
});

it('does not flag ordinary German lines', () => {
  const noisy = findings.filter((f) => f.check === 'doubled-word' || f.check === 'unbalanced-quotes' || f.check === 'unbalanced-brackets');
  expect(noisy).toEqual([]);
});
