// Derives data/tatoeba-de-vi.tsv from the EVEN-indexed lines of the Tatoeba German–Vietnamese pairs
// (the odd-indexed lines are kept for evaluation, scripts/eval-align.ts). IBM model 1 over the pairs.
// Run: npx tsx test/align/tools/build-tatoeba-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnLexicon } from '../../../src/align/index';

const dir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'tatoeba-deu-vie');
const de = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.deu'), 'utf8').split('\n');
const vi = readFileSync(join(dir, 'tatoeba-test-v2021-08-07.vie'), 'utf8').split('\n');
const a: string[] = [];
const b: string[] = [];
for (let k = 0; k < Math.min(de.length, vi.length); k += 2) {
  if (!de[k]?.trim() || !vi[k]?.trim()) continue;
  a.push(de[k] as string);
  b.push(vi[k] as string);
}
const links = a.map((_, i) => ({ a: [i], b: [i], score: 1 }));
const lex = learnLexicon(links, a, b, { langA: 'de', langB: 'vi', iterations: 8, minProb: 0.2, minCount: 2 });
const rows = [...lex.entries].sort(([x], [y]) => x.localeCompare(y)).map(([w, ts]) => `${w}\t${[...ts].sort().join(';')}`);
const header = [
  '#lang\tde\tvi',
  '# Word pairs learned (IBM model 1) from the even-numbered lines of 400 Tatoeba German–Vietnamese sentence pairs.',
  '# Source: Tatoeba (https://tatoeba.org), CC BY 2.0 FR. Words are stems (first six letters). Regenerate with',
  '# npx tsx test/align/tools/build-tatoeba-lexicon.ts',
];
writeFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'tatoeba-de-vi.tsv'), `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} entries from ${a.length} pairs`);
