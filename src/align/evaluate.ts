// The evaluation core: documents with gold links built from parallel sentence pairs (sentences merged and
// dropped at random, seeded), and strict precision/recall/F1 over all links, non-1-1 links and each type.
import type { AlignmentLink } from '../model';

export interface GoldDocument {
  a: string[];
  b: string[];
  gold: AlignmentLink[];
}

export interface DevSetOptions {
  seed: number;
  documents: number;
  minSentences: number;
  maxSentences: number;
  /** Chance that a pair is merged with the next on one side (a 2-1 or 1-2 link). */
  mergeRate: number;
  /** Chance that a pair loses its sentence on one side (a 1-0 or 0-1 link). */
  dropRate: number;
  /** Chance that a merge takes three pairs (a 3-1 or 1-3 link). */
  tripleRate: number;
  /** Take a run of consecutive pairs (articles stay in their order, as in a real page) instead of a random selection. */
  ordered?: boolean;
}

export const DEFAULT_DEVSET: DevSetOptions = { seed: 1, documents: 40, minSentences: 30, maxSentences: 80, mergeRate: 0.07, dropRate: 0.05, tripleRate: 0.1 };

/** mulberry32: small, fast, seedable. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildDevSet(pairs: ReadonlyArray<readonly [string, string]>, options: Partial<DevSetOptions> = {}): GoldDocument[] {
  const o = { ...DEFAULT_DEVSET, ...options };
  const rnd = seededRandom(o.seed);
  const docs: GoldDocument[] = [];
  for (let d = 0; d < o.documents; d++) {
    const size = Math.min(pairs.length, o.minSentences + Math.floor(rnd() * (o.maxSentences - o.minSentences + 1)));
    // A random selection without repeats inside one document, in random order; or a run from a random start.
    const order = pairs.map((_, k) => k);
    if (o.ordered) {
      const from = Math.floor(rnd() * pairs.length);
      for (let k = 0; k < order.length; k++) order[k] = (from + k) % pairs.length;
    } else
      for (let k = order.length - 1; k > 0; k--) {
        const r = Math.floor(rnd() * (k + 1));
        [order[k], order[r]] = [order[r] as number, order[k] as number];
      }
    const picked = order.slice(0, size).map((k) => pairs[k] as readonly [string, string]);
    const doc: GoldDocument = { a: [], b: [], gold: [] };
    let k = 0;
    while (k < picked.length) {
      const x = rnd();
      const [sa, sb] = picked[k] as readonly [string, string];
      if (x < o.dropRate) {
        if (rnd() < 0.5) {
          doc.gold.push({ a: [doc.a.length], b: [], score: 1 });
          doc.a.push(sa);
        } else {
          doc.gold.push({ a: [], b: [doc.b.length], score: 1 });
          doc.b.push(sb);
        }
        k++;
        continue;
      }
      if (x < o.dropRate + o.mergeRate && k + 1 < picked.length) {
        const take = rnd() < o.tripleRate && k + 2 < picked.length ? 3 : 2;
        const group = picked.slice(k, k + take);
        const mergeA = rnd() < 0.5;
        if (mergeA) {
          doc.gold.push({ a: [doc.a.length], b: group.map((_, g) => doc.b.length + g), score: 1 });
          doc.a.push(group.map((p) => p[0]).join(' '));
          doc.b.push(...group.map((p) => p[1]));
        } else {
          doc.gold.push({ a: group.map((_, g) => doc.a.length + g), b: [doc.b.length], score: 1 });
          doc.a.push(...group.map((p) => p[0]));
          doc.b.push(group.map((p) => p[1]).join(' '));
        }
        k += take;
        continue;
      }
      doc.gold.push({ a: [doc.a.length], b: [doc.b.length], score: 1 });
      doc.a.push(sa);
      doc.b.push(sb);
      k++;
    }
    docs.push(doc);
  }
  return docs;
}

export function linkType(l: AlignmentLink): string {
  return `${l.a.length}-${l.b.length}`;
}

function linkKey(l: AlignmentLink): string {
  return `${l.a.join(',')}|${l.b.join(',')}`;
}

export interface Counts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  all: Counts;
  non11: Counts;
  byType: Record<string, Counts>;
}

export function emptyScores(): Scores {
  return { all: { correct: 0, predicted: 0, gold: 0 }, non11: { correct: 0, predicted: 0, gold: 0 }, byType: {} };
}

/** Adds one document's strict link matches to `into`: a link counts only when both sides are exactly right. */
export function scoreDocument(pred: readonly AlignmentLink[], gold: readonly AlignmentLink[], into: Scores = emptyScores()): Scores {
  const goldKeys = new Set(gold.map(linkKey));
  const bump = (type: string, field: keyof Counts): void => {
    const c = (into.byType[type] ??= { correct: 0, predicted: 0, gold: 0 });
    c[field]++;
    into.all[field]++;
    if (type !== '1-1') into.non11[field]++;
  };
  for (const l of gold) bump(linkType(l), 'gold');
  for (const l of pred) {
    bump(linkType(l), 'predicted');
    if (goldKeys.has(linkKey(l))) bump(linkType(l), 'correct');
  }
  return into;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted > 0 ? c.correct / c.predicted : 0;
  const recall = c.gold > 0 ? c.correct / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
