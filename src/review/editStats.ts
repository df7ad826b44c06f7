// How much people changed the machine translation, per page and for the corpus: chrF, TER and word edit rate
// of the machine translation against the fixed text (the fixed text is the reference). Units never edited
// count as unchanged, so the numbers describe the whole corpus; `edited` says how many were touched.
import type { AlignedUnit } from '../formats/units';
import { chrfFromStatistics, chrfStatistics, CHRF_ORDER } from './chrf';
import { terStatistics } from './ter';
import { wordEditStatistics } from './words';

export interface EditStats {
  units: number;
  edited: number;
  chrf: number;
  ter: number;
  wordEditRate: number;
}

interface Acc {
  units: number;
  edited: number;
  chrf: number[];
  terEdits: number;
  terLength: number;
  wordEdits: number;
  wordLength: number;
}

const newAcc = (): Acc => ({ units: 0, edited: 0, chrf: new Array<number>(3 * CHRF_ORDER).fill(0), terEdits: 0, terLength: 0, wordEdits: 0, wordLength: 0 });

function finish(a: Acc): EditStats {
  const rate = (e: number, n: number): number => (n > 0 ? (100 * e) / n : e > 0 ? 100 : 0);
  return { units: a.units, edited: a.edited, chrf: a.units > 0 ? chrfFromStatistics(a.chrf) : 100, ter: rate(a.terEdits, a.terLength), wordEditRate: rate(a.wordEdits, a.wordLength) };
}

interface UnitFigures {
  machine: string;
  lang: string;
  c: number[];
  t: { edits: number; refLength: number };
  w: { edits: number; refLength: number };
}

// A review recomputes the report after every action, and almost every row is as it was: each row's figures are
// kept by its fixed text (bounded, so a huge corpus cannot grow it without end), as words.ts keeps segmentations.
const figuresByText = new Map<string, UnitFigures>();
const FIGURES_LIMIT = 250_000;

function unitFigures(machine: string, fixed: string, lang: string): UnitFigures {
  const known = figuresByText.get(fixed);
  if (known && known.machine === machine && known.lang === lang) return known;
  const figures = { machine, lang, c: chrfStatistics(machine, fixed), t: terStatistics(machine, fixed), w: wordEditStatistics(machine, fixed, lang) };
  if (figuresByText.size >= FIGURES_LIMIT) figuresByText.clear();
  figuresByText.set(fixed, figures);
  return figures;
}

export function editStatistics(units: Iterable<AlignedUnit>): { pages: Array<EditStats & { docId: string }>; corpus: EditStats } {
  const pages = new Map<string, Acc>();
  const corpus = newAcc();
  for (const u of units) {
    const machine = u.machineTarget ?? u.target.text;
    const fixed = u.target.text;
    const { c, t, w } = unitFigures(machine, fixed, u.target.lang);
    let p = pages.get(u.docId);
    if (!p) pages.set(u.docId, (p = newAcc()));
    for (const a of [p, corpus]) {
      a.units++;
      if (u.machineTarget !== null && u.machineTarget !== fixed) a.edited++;
      c.forEach((v, i) => (a.chrf[i]! += v));
      a.terEdits += t.edits;
      a.terLength += t.refLength;
      a.wordEdits += w.edits;
      a.wordLength += w.refLength;
    }
  }
  return { pages: [...pages].map(([docId, a]) => ({ docId, ...finish(a) })), corpus: finish(corpus) };
}
