// Scores the page reader on pages written at run time from FLORES pairs (test/ingest/tools/flores-pages.ts): lines whose
// every block has the right role and language, Vietnamese leftovers paired with the German text they translate
// (found / wrong / missed), decoys (a headline whose German is not on the page) left unpaired, and how the
// link scores separate right from wrong. Run: npm run eval:read [-- --verbose] [-- --half tuning|check] [-- --layouts N]
// --layouts N: N page layouts of each half (seeds 101…, 202…) instead of one: more signal from the same articles.
import { readPage } from '../src/ingest';
import type { PageDocument } from '../src/model';
import { FLORES_CREDIT, floresArticles, loadFlores, type Half } from '../test/align/tools/flores';
import { generatePages, type GeneratedPage } from '../test/ingest/tools/flores-pages';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyHalf = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : null;
const layouts = args.includes('--layouts') ? Number(args[args.indexOf('--layouts') + 1]) : 1;

const norm = (s: string) => s.normalize('NFC').replace(/[\s.]+$/u, '').replace(/\s+/g, ' ').trim();
const textOf = (doc: PageDocument, ids: string[]) => ids.map((id) => doc.sentences.find((s) => s.id === id)?.text ?? '').join(' ');
/** The link's text is the expected text, or most of it (a caption's `Foto:` may stay outside the sentence). */
const fits = (actual: string, expected: string) => {
  const a = norm(actual);
  const e = norm(expected);
  return e.includes(a) && a.length >= e.length * 0.6;
};

interface Tally {
  lines: number;
  linesRight: number;
  pages: number;
  gold: { headline: number; caption: number };
  found: { headline: number; caption: number };
  wrong: { headline: number; caption: number };
  decoys: number;
  decoysLinked: number;
  rightScores: number[];
  wrongScores: number[];
}

function score(pages: GeneratedPage[]): Tally {
  const t: Tally = { lines: 0, linesRight: 0, pages: pages.length, gold: { headline: 0, caption: 0 }, found: { headline: 0, caption: 0 }, wrong: { headline: 0, caption: 0 }, decoys: 0, decoysLinked: 0, rightScores: [], wrongScores: [] };
  for (const page of pages) {
    const doc = readPage(page.lines.map((l) => l.text).join('\n') + '\n', page.name);
    page.lines.forEach((l, i) => {
      if (!l.rows.length) return;
      t.lines++;
      const got = doc.blocks.filter((b) => b.line === i + 1).map((b) => `${b.role} ${b.lang}`);
      if (got.join('|') === l.rows.join('|')) t.linesRight++;
      else if (verbose) console.log(`${page.name}:${i + 1} expected ${l.rows.join(' + ')} got ${got.join(' + ') || '-'} | ${l.text.slice(0, 70)}`);
    });
    for (const left of page.leftovers) {
      const link = doc.links.find((k) => fits(textOf(doc, k.original), left.vi));
      if (left.de === null) {
        t.decoys++;
        if (link) {
          t.decoysLinked++;
          t.wrongScores.push(link.score);
          if (verbose) console.log(`${page.name}: decoy linked ${link.score} "${left.vi.slice(0, 50)}" -> "${textOf(doc, link.translation).slice(0, 60)}"`);
        }
        continue;
      }
      t.gold[left.kind]++;
      if (link && fits(textOf(doc, link.translation), left.de)) {
        t.found[left.kind]++;
        t.rightScores.push(link.score);
      } else if (link) {
        t.wrong[left.kind]++;
        t.wrongScores.push(link.score);
        if (verbose) console.log(`${page.name}: WRONG ${left.kind} ${link.score} "${left.vi.slice(0, 50)}" -> "${textOf(doc, link.translation).slice(0, 60)}" (should be "${left.de.slice(0, 50)}")`);
      } else if (verbose) console.log(`${page.name}: missed ${left.kind} "${left.vi.slice(0, 50)}" (should be "${left.de.slice(0, 50)}")`);
    }
  }
  return t;
}

const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)} %` : '-');
const all = loadFlores();
const halves: Tally[] = [];
console.log(`# Pages in the seeds' style written from FLORES pairs (${FLORES_CREDIT}), all articles of each half`);
for (const half of ['tuning', 'check'] as const) {
  if (onlyHalf && half !== onlyHalf) continue;
  const articles = [...floresArticles('news', half, all), ...floresArticles('encyclopaedic', half, all)].sort((a, b) => a.index - b.index);
  const seed = half === 'tuning' ? 101 : 202;
  const t = score(Array.from({ length: layouts }, (_, k) => generatePages(articles, seed + k * 1000)).flat());
  halves.push(t);
  const leftovers = t.gold.headline + t.gold.caption + t.decoys;
  const wrong = t.wrong.headline + t.wrong.caption + t.decoysLinked;
  console.log(`\n## FLORES ${half.toUpperCase()} half${layouts > 1 ? ` (${layouts} layouts)` : ''}: ${t.pages} pages, ${leftovers} Vietnamese leftovers (${t.decoys} decoys)`);
  console.log(`headline paired with its German line: found ${t.found.headline}/${t.gold.headline} (${pct(t.found.headline, t.gold.headline)}), wrong ${t.wrong.headline}`);
  console.log(`caption paired with its German caption: found ${t.found.caption}/${t.gold.caption} (${pct(t.found.caption, t.gold.caption)}), wrong ${t.wrong.caption}`);
  console.log(`decoys (German not on the page) left unpaired: ${t.decoys - t.decoysLinked}/${t.decoys}`);
  const gold = t.gold.headline + t.gold.caption;
  const partner = t.wrong.headline + t.wrong.caption;
  console.log(`paired with the wrong German line: ${partner}/${gold} leftovers that have one (${pct(partner, gold)})`);
  console.log(`pairings wrong, wrong partner or decoy linked: ${wrong}/${leftovers} leftovers (${pct(wrong, leftovers)})`);
  console.log(`lines with the right role and language: ${t.linesRight}/${t.lines} (${pct(t.linesRight, t.lines)})`);
  const min = t.rightScores.length ? Math.min(...t.rightScores) : NaN;
  const max = t.wrongScores.length ? Math.max(...t.wrongScores) : NaN;
  console.log(`link scores: right links min ${min}, wrong links max ${Number.isNaN(max) ? '-' : max}`);
}
if (halves.length === 2) {
  // Both halves together: the figure to quote for the whole set (the check half alone is the one never tuned on).
  const sum = (f: (t: Tally) => number) => halves.reduce((n, t) => n + f(t), 0);
  const leftovers = sum((t) => t.gold.headline + t.gold.caption + t.decoys);
  console.log(`\n## WHOLE SET (both halves${layouts > 1 ? `, ${layouts} layouts` : ''})`);
  console.log(`headline paired with its German line: found ${sum((t) => t.found.headline)}/${sum((t) => t.gold.headline)} (${pct(sum((t) => t.found.headline), sum((t) => t.gold.headline))}), wrong ${sum((t) => t.wrong.headline)}`);
  console.log(`caption paired with its German caption: found ${sum((t) => t.found.caption)}/${sum((t) => t.gold.caption)} (${pct(sum((t) => t.found.caption), sum((t) => t.gold.caption))}), wrong ${sum((t) => t.wrong.caption)}`);
  const wrong = sum((t) => t.wrong.headline + t.wrong.caption + t.decoysLinked);
  console.log(`pairings wrong, wrong partner or decoy linked: ${wrong}/${leftovers} leftovers (${pct(wrong, leftovers)})`);
}
