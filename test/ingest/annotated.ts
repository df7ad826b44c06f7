// Annotated test pages (test/fixtures/pages/varied/*.page): each line of the page carries its expected roles and
// languages in front of a `|`, so labels cannot drift from line numbers. Directives at the top:
//   # variant: crlf | cr | bom | nfd   how the page is turned into bytes
//   # meta: key=value; key=value      expected metadata (an empty value means null)
//   # pair: VIETNAMESE => GERMAN      a leftover and the German text it translates
//   # weak-pair: VIETNAMESE => GERMAN the same, where the page gives too little evidence to demand a link: the
//                                     leftover may stay unpaired, but if it is paired, then with this German text
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PageDocument } from '../../src/model';
import { sentenceText } from './helpers';

export const VARIED_DIR = fileURLToPath(new URL('../fixtures/pages/varied/', import.meta.url));

export interface AnnotatedPage {
  name: string;
  bytes: Uint8Array;
  /** One entry per input line: the `line role lang` rows expected on it (none for a blank line). */
  lines: Array<{ line: number; text: string; rows: string[] }>;
  pairs: Array<{ vi: string; de: string; weak?: boolean }>;
  meta: Record<string, string | null>;
}

export const listAnnotated = () => readdirSync(VARIED_DIR).filter((f) => f.endsWith('.page')).sort();

export function loadAnnotated(name: string): AnnotatedPage {
  const source = readFileSync(VARIED_DIR + name, 'utf8').split('\n');
  if (source[source.length - 1] === '') source.pop();
  const variants = new Set<string>();
  const pairs: AnnotatedPage['pairs'] = [];
  const meta: AnnotatedPage['meta'] = {};
  const lines: AnnotatedPage['lines'] = [];
  for (const raw of source) {
    if (raw.startsWith('#')) {
      const [key, ...rest] = raw.slice(1).split(':');
      const value = rest.join(':').trim();
      if (key?.trim() === 'variant') value.split(/\s+/).forEach((v) => variants.add(v));
      else if (key?.trim() === 'pair' || key?.trim() === 'weak-pair') {
        const [vi, de] = value.split(' => ');
        if (!vi || !de) throw new Error(`${name}: a pair needs "VI => DE": ${raw}`);
        pairs.push(key.trim() === 'weak-pair' ? { vi, de, weak: true } : { vi, de });
      } else if (key?.trim() === 'meta')
        for (const kv of value.split(';')) {
          const [k, ...v] = kv.split('=');
          if (k?.trim()) meta[k.trim()] = v.join('=').trim() || null;
        }
      continue;
    }
    const bar = raw.indexOf('|');
    if (bar < 0) throw new Error(`${name}: line without "|": ${raw}`);
    const annotation = raw.slice(0, bar).trim();
    const text = raw.slice(bar + 1).replace(/^ /, '');
    const line = lines.length + 1;
    const rows = annotation ? annotation.split('+').map((r) => `${line} ${r.trim().replace(/\s+/g, ' ')}`) : [];
    lines.push({ line, text, rows });
  }
  let text = lines.map((l) => l.text).join(variants.has('crlf') ? '\r\n' : variants.has('cr') ? '\r' : '\n') + '\n';
  if (variants.has('nfd')) text = text.normalize('NFD');
  if (variants.has('bom')) text = '\uFEFF' + text;
  return { name, bytes: new TextEncoder().encode(text), lines, pairs, meta };
}

const fits = (actual: string, expected: string) => expected.includes(actual) && actual.length >= expected.length / 2;

export interface PairingScore {
  right: number;
  expected: number;
  /** Links that are not an expected pair: wrong partner, or a leftover that should stay unpaired. */
  wrong: Array<{ vi: string; de: string; score: number }>;
  rightScores: number[];
  missing: string[];
  /** Weak pairs left unpaired (allowed). */
  weakMissing: string[];
}

export function scorePairs(doc: PageDocument, pairs: AnnotatedPage['pairs']): PairingScore {
  const out: PairingScore = { right: 0, expected: pairs.length, wrong: [], rightScores: [], missing: [], weakMissing: [] };
  const used = new Set<number>();
  for (const pair of pairs) {
    const i = doc.links.findIndex((l) => fits(sentenceText(doc, l.original), pair.vi) && fits(sentenceText(doc, l.translation), pair.de));
    if (i >= 0) {
      out.right++;
      used.add(i);
      out.rightScores.push((doc.links[i] as { score: number }).score);
    } else if (pair.weak) out.weakMissing.push(pair.vi);
    else out.missing.push(pair.vi);
  }
  doc.links.forEach((l, i) => {
    if (!used.has(i)) out.wrong.push({ vi: sentenceText(doc, l.original), de: sentenceText(doc, l.translation), score: l.score });
  });
  return out;
}
