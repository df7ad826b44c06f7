// Deterministic generator of hostile units for round-trip tests: control characters, astral characters, `]]>`,
// `<`/`&`, right-to-left text, NFD Vietnamese, surrogate pairs, CR/LF/tab, XML-forbidden U+FFFE/U+FFFF. No lone
// surrogates: every reader refuses them (import-validation.test.ts), so no project or corpus holds one.
import type { AlignedUnit } from '../../src/formats';
import { ROLES } from '../../src/model';
import { seededRandom } from '../../src/align/evaluate';

/** The project's one seedable generator (mulberry32), so generated cases are the same on every run. */
export const rng = seededRandom;

const PIECES = [
  'Am 12. Oktober',
  ' ',
  '  ',
  'Kim Jong-un',
  ']]>',
  '<',
  '&',
  '&amp;',
  '<seg>',
  '"',
  "'",
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001F',
  '\u007F',
  '\u0085',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uDBFF\uDFFF',
  '😀',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'שלום עולם',
  'مرحبا بالعالم',
  '\u200F\u202E',
  'Việt Nam'.normalize('NFD'),
  'Triều Tiên trao đổi thư'.normalize('NFD'),
  'Nga và Triều Tiên',
  '\u2028',
  '\\',
  '\\u0041',
  '\\t',
  '<ph type="x-bitext-cp">0001</ph>',
  '<cp hex="0001"/>',
  'ä ö ü ß',
  '  trailing  ',
];

export function hostileString(next: () => number): string {
  const n = Math.floor(next() * 6);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

export function hostileUnits(count: number, seed = 7): AlignedUnit[] {
  const next = rng(seed);
  const units: AlignedUnit[] = [];
  for (let i = 0; i < count; i++) {
    const doc = Math.floor(i / 25);
    const edited = next() < 0.4;
    units.push({
      id: `l${i}`,
      docId: `d${doc}`,
      file: `seeds/page ${doc} & <co>.txt`,
      role: next() < 0.2 ? null : ROLES[Math.floor(next() * ROLES.length)]!,
      source: { lang: 'vi', text: hostileString(next) },
      target: { lang: 'de', text: hostileString(next) },
      machineTarget: edited ? hostileString(next) : null,
      state: (['proposed', 'confirmed', 'rejected'] as const)[Math.floor(next() * 3)]!,
      origin: next() < 0.5 ? 'auto' : 'manual',
      score: next() < 0.1 ? null : Math.round(next() * 1e6) / 1e6,
      annotations:
        next() < 0.3
          ? [{ side: next() < 0.5 ? 'source' : 'target', start: 0, end: 3, category: 'Accuracy/Mistranslation', severity: 'major', comment: hostileString(next) }]
          : [],
    });
  }
  // An annotation lies within its text, as the readers insist.
  for (const u of units) for (const a of u.annotations) a.end = Math.min(a.end, u[a.side].text.length);
  return units;
}
