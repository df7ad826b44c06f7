// Pages in the style of ../shared/seeds written at run time from FLORES pairs (never stored): a German title
// with its Vietnamese headline left in as a caption near the top or further down, German paragraphs, sometimes
// a German photo caption with its Vietnamese original, and the site line, byline, ad markers, source, comments,
// related articles and navigation of a scraped page; or a body-only extract (caption first, one paragraph a
// line, author in capitals, `Quelle: URL` with the headline as slug). Every line carries its expected role and
// language, every Vietnamese leftover the German text it translates (null: a decoy whose German is not there).
import { seededRandom } from '../../../src/align/evaluate';
import type { FloresArticle } from '../../align/tools/flores';

export interface PageLine {
  text: string;
  /** `role lang` of each block on the line (empty for a blank line). */
  rows: string[];
}

export interface Leftover {
  vi: string;
  /** The German text on the page this leftover translates; null when it translates nothing there. */
  de: string | null;
  kind: 'headline' | 'caption';
}

export interface GeneratedPage {
  name: string;
  lines: PageLine[];
  leftovers: Leftover[];
}

const SITES = [
  'Vietnam.vn - Nền tảng quảng bá Việt Nam',
  'VnExpress.net - Báo tiếng Việt nhiều người xem nhất',
  'Baoquocte.vn - Cơ quan ngôn luận của Bộ Ngoại giao',
  'Tuoitre.vn - Tin tức mới nhất',
  'Thanhnien.vn - Tin tức 24h',
];
const PUBLISHERS = ['Báo Quốc Tế', 'VnExpress', 'Tuổi Trẻ', 'Thanh Niên', 'Dân Trí', 'VietnamPlus', 'Báo Tin Tức', 'Nhân Dân'];
const AUTHORS = ['KHANH MINH', 'HUY QUỐC', 'THANH HÀ', 'MINH ANH', 'PHƯƠNG LINH', 'ĐỨC TRUNG'];
const CREDITS = ['(Quelle: Reuters)', '(Foto: AFP)', '(Quelle: VNA)', '(Foto: Internet)'];
const NAV = ['Erbe', 'Figur', 'Geschäft', 'Nachricht', 'Lokal', 'Produkt', 'Reisen', 'Kultur', 'Sport'];

const noStop = (s: string) => s.replace(/[.。]\s*$/u, '');
const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Pages for the articles of one half; `seed` fixes every random choice. */
export function generatePages(articles: readonly FloresArticle[], seed: number): GeneratedPage[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const pages: GeneratedPage[] = [];
  articles.forEach((art, k) => {
    // The shortest pair stands for the title; the rest of the article, topped up from the next articles, is the body.
    const byLength = [...art.pairs].sort((x, y) => x[0].length - y[0].length);
    const head = byLength[0] as [string, string];
    const body = art.pairs.filter((p) => p !== head).map((p) => p[0]);
    for (let n = 1; body.length < 3 && n < articles.length; n++) body.push(...(articles[(k + n) % articles.length] as FloresArticle).pairs.map((p) => p[0]));
    const other = articles[(k + 7) % articles.length] as FloresArticle;
    const decoy = rnd() < 0.1;
    const headlineVi = noStop(decoy ? (other.pairs[0] as [string, string])[1] : head[1]);
    const full = rnd() < 0.6;
    const lines: PageLine[] = [];
    const leftovers: Leftover[] = [];
    const add = (text: string, ...rows: string[]) => lines.push({ text, rows });
    const blank = () => full && add('');
    // A German photo caption with its Vietnamese original (a short pair of a later article), on some pages.
    const capPair = rnd() < 0.35 ? ([...(articles[(k + 3) % articles.length] as FloresArticle).pairs].sort((x, y) => x[0].length - y[0].length)[0] ?? null) : null;
    const date = `${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}/${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}/20${20 + Math.floor(rnd() * 6)}`;
    if (full) {
      const pub = pick(PUBLISHERS);
      add(pick(SITES), 'site vi');
      blank();
      add(noStop(head[0]), 'title de');
      blank();
      add(rnd() < 0.5 ? `${pub}${pub}${date}` : `${pub} - ${date}`, 'byline vi');
      blank();
      if (rnd() < 0.7) add('[Anzeige_1]', 'ad null');
    } else add(noStop(noStop(pick(body.slice(1).concat(head[0]))).split(' ').slice(0, 4 + Math.floor(rnd() * 8)).join(' ').replace(/[,;:(–-]+$/u, '')), 'caption de');
    // On body-only pages the headline translates the lead, the first body line.
    // Where the headline sits: after the first paragraph (as in the seeds), after the second, or late.
    const paragraphs = full ? body : [head[0], ...body];
    const at = Math.min(paragraphs.length, pick([1, 1, 1, 2, paragraphs.length]));
    // A German photo caption glued to the end of a paragraph, with its credit (as in the seeds).
    const glued = full && rnd() < 0.3 ? `Foto: ${noStop((articles[(k + 5) % articles.length] as FloresArticle).pairs[0]?.[0] ?? '')}. ${pick(CREDITS)}` : null;
    paragraphs.forEach((p, i) => {
      if (glued && i === 1) add(`${p} ${glued}`, 'body de', 'caption de');
      else add(p, 'body de');
      if (i + 1 === at) {
        add(headlineVi, 'caption vi');
        leftovers.push({ vi: headlineVi, de: decoy ? null : noStop(head[0]), kind: 'headline' });
      }
      if (capPair && i === 0) {
        blank();
        add(`Foto: ${capPair[0]}`, 'caption de');
        add(noStop(capPair[1]), 'caption vi');
        leftovers.push({ vi: noStop(capPair[1]), de: `Foto: ${capPair[0]}`, kind: 'caption' });
      }
      blank();
    });
    if (full) {
      add('[Anzeige_2]', 'ad null');
      add('Quelle', 'source de');
      blank();
      add('Kommentar (0)', 'comments de');
      blank();
      add('Gleiches Thema', 'related de');
      blank();
      for (let r = 0; r < 3; r++) add(noStop((articles[(k + 11 + r) % articles.length] as FloresArticle).pairs[0]?.[0] ?? '').split(' ').slice(0, 8).join(' '), 'related de');
      blank();
      for (let r = 0; r < 3; r++) {
        add(pick(NAV), 'nav de');
        blank();
      }
    } else {
      add(pick(AUTHORS), 'author vi');
      add('[Anzeige_2]', 'ad null');
      add(`Quelle: https://www.${fold(pick(PUBLISHERS)).replace(/-/g, '')}.vn/${fold(headlineVi)}-post${100000 + k}.html`, 'source de');
      add('Kommentar (0)', 'comments de');
    }
    pages.push({ name: `flores-${art.half}-${String(art.index).padStart(3, '0')}${full ? '-full' : '-body'}${decoy ? '-decoy' : ''}`, lines, leftovers });
  });
  return pages;
}
