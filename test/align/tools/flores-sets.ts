// Alignment dev sets from the FLORES pairs (flores.ts) and the figures issue 13 asks for: strict F1,
// found/gold per link type, 1-3/3-1 links proposed, and how often links of each confidence band are right.
import { buildDevSet, type GoldDocument, type Scores } from '../../../src/align/evaluate';
import type { AlignmentLink } from '../../../src/model';
import { floresArticles, loadFlores, type Half, type Kind } from './flores';

export interface DevSet {
  label: string;
  kind: Kind;
  half: Half;
  docs: GoldDocument[];
}

/** News and encyclopaedic documents, tuning half and check half: pairs chained in article order. */
export function floresDevSets(documents: number, seed: number): DevSet[] {
  const all = loadFlores();
  const out: DevSet[] = [];
  for (const kind of ['news', 'encyclopaedic'] as const)
    for (const half of ['tuning', 'check'] as const) {
      const articles = floresArticles(kind, half, all);
      const pairs = articles.flatMap((a) => a.pairs);
      const docs = buildDevSet(pairs, {
        seed: seed * 31 + (kind === 'news' ? 0 : 2) + (half === 'tuning' ? 0 : 1),
        documents,
        minSentences: 20,
        maxSentences: Math.min(60, pairs.length),
        mergeRate: 0.1,
        dropRate: 0.08,
        tripleRate: 0,
        ordered: true,
      });
      const name = kind === 'news' ? 'news documents (Wikinews)' : 'short encyclopaedic articles (Wikivoyage, Wikibooks)';
      out.push({ label: `FLORES ${half.toUpperCase()} half: ${name}, ${articles.length} articles, ${pairs.length} pairs, ${docs.length} documents`, kind, half, docs });
    }
  return out;
}

/** `1-0 found 31/42 · 0-1 … · 1-3 proposed 0 (0 right)`: the per-type line of the table. */
export function typeSummary(scores: Scores): string {
  const c = (t: string) => scores.byType[t] ?? { correct: 0, predicted: 0, gold: 0 };
  const found = ['1-0', '0-1', '1-2', '2-1'].map((t) => `${t} found ${c(t).correct}/${c(t).gold} (${c(t).predicted} proposed)`);
  const invented = ['1-3', '3-1'].map((t) => `${t} proposed ${c(t).predicted} (${c(t).correct} right, ${c(t).gold} gold)`);
  return `per type: ${found.join(' · ')} · ${invented.join(' · ')}`;
}

export interface Reliability {
  add(pred: readonly AlignmentLink[], gold: readonly AlignmentLink[]): void;
  report(): string;
}

const BINS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];

/** Share of links right in each confidence band; the line the calibration goal reads is "score ≥ 0.9". */
export function reliability(): Reliability {
  const n = new Array<number>(BINS.length - 1).fill(0);
  const right = new Array<number>(BINS.length - 1).fill(0);
  let hi = 0;
  let hiRight = 0;
  const key = (l: AlignmentLink) => `${l.a.join(',')}|${l.b.join(',')}`;
  return {
    add(pred, gold) {
      const g = new Set(gold.map(key));
      for (const l of pred) {
        const ok = g.has(key(l)) ? 1 : 0;
        const k = BINS.findIndex((b, x) => l.score >= b && l.score < (BINS[x + 1] as number));
        n[k] = (n[k] as number) + 1;
        right[k] = (right[k] as number) + ok;
        if (l.score >= 0.9) {
          hi++;
          hiRight += ok;
        }
      }
    },
    report() {
      const rows = n.map((c, k) => `[${BINS[k]?.toFixed(2)}, ${Math.min(1, BINS[k + 1] as number).toFixed(2)}${k === n.length - 1 ? ']' : ')'} ${c} links, ${c ? (((right[k] as number) / c) * 100).toFixed(1) : '-'} % right`);
      return `confidence: links scored >= 0.9: ${hi}, ${hi ? ((hiRight / hi) * 100).toFixed(1) : '-'} % right\n  ${rows.join('\n  ')}`;
    },
  };
}
