// FLORES-200 dev German–Vietnamese pairs (../shared/data/flores-dev-de-vi; CC BY-SA 4.0, credit "FLORES-200,
// NLLB Team (2022)"), read at run time and never copied into the repository. Articles are split by a fixed
// rule — even article index: tuning half, odd: check half — so that weights are set on one half only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Half = 'tuning' | 'check';
export type Kind = 'news' | 'encyclopaedic';

export interface FloresArticle {
  index: number;
  url: string;
  /** Wikinews articles are news; Wikivoyage and Wikibooks are short encyclopaedic articles. */
  kind: Kind;
  half: Half;
  pairs: Array<[string, string]>;
}

export const FLORES_DIR = process.env.FLORES_DIR ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'flores-dev-de-vi');
export const FLORES_CREDIT = 'FLORES-200, NLLB Team (2022), CC BY-SA 4.0';

export function loadFlores(dir = FLORES_DIR): FloresArticle[] {
  const file = join(dir, 'flores-dev.de-vi.tsv');
  if (!existsSync(file)) throw new Error(`${file} is missing: the FLORES dev pairs are read from ../shared/data (set FLORES_DIR to their folder)`);
  const rows = readFileSync(file, 'utf8').split('\n');
  const header = rows[0]?.split('\t') ?? [];
  const col = (name: string): number => {
    const k = header.indexOf(name);
    if (k < 0) throw new Error(`${file}: header has no "${name}" column (found ${header.join(', ')})`);
    return k;
  };
  const [cu, cd, cv] = [col('url'), col('de'), col('vi')];
  const articles: FloresArticle[] = [];
  rows.slice(1).forEach((row, k) => {
    if (!row.trim()) return;
    const cells = row.split('\t');
    const url = cells[cu] ?? '';
    const de = cells[cd]?.trim();
    const vi = cells[cv]?.trim();
    if (!de || !vi) throw new Error(`${file}: line ${k + 2} lacks a German or Vietnamese sentence`);
    let last = articles[articles.length - 1];
    if (!last || last.url !== url) {
      const index = articles.length;
      last = { index, url, kind: url.includes('wikinews') ? 'news' : 'encyclopaedic', half: index % 2 === 0 ? 'tuning' : 'check', pairs: [] };
      articles.push(last);
    }
    last.pairs.push([de, vi]);
  });
  return articles;
}

/** The articles of one kind and half. */
export function floresArticles(kind: Kind, half: Half, all = loadFlores()): FloresArticle[] {
  return all.filter((a) => a.kind === kind && a.half === half);
}
