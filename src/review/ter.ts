// TER with shifts, following sacreBLEU's port of tercom (default settings: lower-cased, split on whitespace, no
// punctuation handling): greedy shifts of up to 10 words within 50 positions, chosen by the largest drop in a
// beam-limited edit distance (beam 25 around the length-scaled diagonal), at most 1000 candidates a sentence.
// Tie-breaking follows sacreBLEU's order (gain, length, earliest start, earliest target), so scores agree.
import { PYTHON_WHITESPACE } from './chrf';

const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;
const MAX_SHIFT_CANDIDATES = 1000;

/** Words as sacreBLEU's TER tokenizer gives them by default: lower-cased, split on whitespace. */
export function terWords(text: string): string[] {
  const t = text.toLowerCase().replace(PYTHON_WHITESPACE, ' ').trim();
  return t === '' ? [] : t.split(' ');
}

// Ops on the hypothesis-by-reference matrix: ' ' match, 's' substitute, 'd' hypothesis word dropped, 'i' reference word inserted.
function editDistance(hyp: readonly string[], ref: readonly string[]): { cost: number; trace: string } {
  const nh = hyp.length;
  const nr = ref.length;
  const cost: Float64Array[] = [];
  const ops: string[][] = [];
  cost.push(Float64Array.from({ length: nr + 1 }, (_, j) => j));
  ops.push(new Array<string>(nr + 1).fill('i'));
  const ratio = nh > 0 ? nr / nh : 1;
  const beam = BEAM_WIDTH < ratio / 2 ? Math.ceil(ratio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
  for (let i = 1; i <= nh; i++) {
    const row = new Float64Array(nr + 1).fill(Infinity);
    const rowOps = new Array<string>(nr + 1).fill('x');
    const prev = cost[i - 1]!;
    const diag = Math.floor(i * ratio);
    const minJ = Math.max(0, diag - beam);
    const maxJ = i === nh ? nr + 1 : Math.min(nr + 1, diag + beam);
    for (let j = minJ; j < maxJ; j++) {
      if (j === 0) {
        row[0] = prev[0]! + 1;
        rowOps[0] = 'd';
        continue;
      }
      const same = hyp[i - 1] === ref[j - 1];
      const candidates: Array<[number, string]> = [
        [prev[j - 1]! + (same ? 0 : 1), same ? ' ' : 's'],
        [prev[j]! + 1, 'd'],
        [row[j - 1]! + 1, 'i'],
      ];
      for (const [c, op] of candidates) {
        if (row[j]! > c) {
          row[j] = c;
          rowOps[j] = op;
        }
      }
    }
    cost.push(row);
    ops.push(rowOps);
  }
  let trace = '';
  let i = nh;
  let j = nr;
  while (i > 0 || j > 0) {
    const op = ops[i]![j]!;
    trace = op + trace;
    if (op === ' ' || op === 's') {
      i--;
      j--;
    } else if (op === 'i') j--;
    else if (op === 'd') i--;
    else throw new Error('TER: edit path left the beam');
  }
  return { cost: cost[nh]![nr]!, trace };
}

function performShift(words: readonly string[], start: number, length: number, target: number): string[] {
  if (target < start) return [...words.slice(0, target), ...words.slice(start, start + length), ...words.slice(target, start), ...words.slice(start + length)];
  if (target > start + length) return [...words.slice(0, start), ...words.slice(start + length, target), ...words.slice(start, start + length), ...words.slice(target)];
  return [...words.slice(0, start), ...words.slice(start + length, length + target), ...words.slice(start, start + length), ...words.slice(length + target)];
}

function bestShift(hyp: string[], ref: readonly string[], checked: number): { gain: number; words: string[]; checked: number } {
  const { cost: before, trace } = editDistance(hyp, ref);
  // Alignment of reference positions to hypothesis positions, and which words are errors on each side.
  const align = new Map<number, number>();
  const hypErr: number[] = [];
  const refErr: number[] = [];
  let ph = -1;
  let pr = -1;
  for (const op of trace) {
    if (op === ' ' || op === 's') {
      ph++;
      pr++;
      align.set(pr, ph);
      hypErr.push(op === 's' ? 1 : 0);
      refErr.push(op === 's' ? 1 : 0);
    } else if (op === 'd') {
      ph++;
      hypErr.push(1);
    } else {
      pr++;
      align.set(pr, ph);
      refErr.push(1);
    }
  }
  const sum = (a: number[], s: number, n: number): number => a.slice(s, s + n).reduce((x, y) => x + y, 0);
  let best: { gain: number; length: number; negStart: number; negIdx: number; words: string[] } | null = null;
  const better = (c: NonNullable<typeof best>): boolean =>
    best === null ||
    c.gain > best.gain ||
    (c.gain === best.gain && (c.length > best.length || (c.length === best.length && (c.negStart > best.negStart || (c.negStart === best.negStart && c.negIdx > best.negIdx)))));
  outer: for (let sh = 0; sh < hyp.length; sh++) {
    for (let sr = 0; sr < ref.length; sr++) {
      if (Math.abs(sr - sh) > MAX_SHIFT_DIST) continue;
      for (let length = 1; length <= MAX_SHIFT_SIZE && hyp[sh + length - 1] === ref[sr + length - 1]; length++) {
        if (sh + length - 1 >= hyp.length || sr + length - 1 >= ref.length) break;
        if (sum(hypErr, sh, length) !== 0 && sum(refErr, sr, length) !== 0) {
          const at = align.get(sr)!;
          if (!(sh <= at && at < sh + length)) {
            let prevIdx = -1;
            for (let offset = -1; offset < length; offset++) {
              let idx: number;
              if (sr + offset === -1) idx = 0;
              else if (align.has(sr + offset)) idx = align.get(sr + offset)! + 1;
              else break;
              if (idx === prevIdx) continue;
              prevIdx = idx;
              const shifted = performShift(hyp, sh, length, idx);
              const candidate = { gain: before - editDistance(shifted, ref).cost, length, negStart: -sh, negIdx: -idx, words: shifted };
              checked++;
              if (better(candidate)) best = candidate;
            }
          }
        }
        if (checked >= MAX_SHIFT_CANDIDATES) break outer;
        if (sh + length === hyp.length || sr + length === ref.length) break;
      }
    }
  }
  return best ? { gain: best.gain, words: best.words, checked } : { gain: 0, words: hyp, checked };
}

/** Edits (shifts + insertions + deletions + substitutions) and reference length for one sentence pair. */
export function terStatistics(hypothesis: string, reference: string): { edits: number; refLength: number } {
  const ref = terWords(reference);
  if (hypothesis === reference) return { edits: 0, refLength: ref.length };
  let hyp = terWords(hypothesis);
  if (ref.length === 0) return { edits: hyp.length, refLength: 0 };
  let shifts = 0;
  let checked = 0;
  for (;;) {
    const s = bestShift(hyp, ref, checked);
    checked = s.checked;
    if (checked >= MAX_SHIFT_CANDIDATES || s.gain <= 0) break;
    shifts++;
    hyp = s.words;
  }
  return { edits: shifts + editDistance(hyp, ref).cost, refLength: ref.length };
}

function terFrom(edits: number, refLength: number): number {
  if (refLength > 0) return (100 * edits) / refLength;
  return edits > 0 ? 100 : 0;
}

/** TER in percent (0 = identical; can exceed 100). */
export function sentenceTer(hypothesis: string, reference: string): number {
  const s = terStatistics(hypothesis, reference);
  return terFrom(s.edits, s.refLength);
}

/** Corpus TER: summed edits over summed reference lengths, as sacreBLEU. */
export function corpusTer(hypotheses: readonly string[], references: readonly string[]): number {
  if (hypotheses.length !== references.length) throw new Error(`corpusTer: ${hypotheses.length} hypotheses but ${references.length} references`);
  let edits = 0;
  let length = 0;
  hypotheses.forEach((h, k) => {
    const s = terStatistics(h, references[k]!);
    edits += s.edits;
    length += s.refLength;
  });
  return terFrom(edits, length);
}
