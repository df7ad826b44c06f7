import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest';
import type { PageDocument } from '../../src/model';
import { floresArticles, loadFlores } from '../align/tools/flores';
import { generatePages } from './tools/flores-pages';

// Pages in the seeds' style written from the FLORES tuning half (FLORES-200, NLLB Team (2022), CC BY-SA 4.0;
// read from ../shared at run time), four layouts of each article. A decoy is a Vietnamese headline whose German
// is not on the page: evidence that chance words and short words inside compounds give must not pair it.
describe('leftover pairing on the FLORES tuning pages', () => {
  const all = loadFlores();
  const articles = [...floresArticles('news', 'tuning', all), ...floresArticles('encyclopaedic', 'tuning', all)].sort((a, b) => a.index - b.index);
  const pages = [101, 1101, 2101, 3101].flatMap((seed) => generatePages(articles, seed));
  const norm = (s: string) => s.normalize('NFC').replace(/[\s.]+$/u, '').replace(/\s+/g, ' ').trim();
  const textOf = (doc: PageDocument, ids: string[]) => norm(ids.map((id) => doc.sentences.find((s) => s.id === id)?.text ?? '').join(' '));
  let decoys = 0;
  let decoysLinked = 0;
  let headlines = 0;
  let found = 0;
  for (const page of pages) {
    const doc = readPage(page.lines.map((l) => l.text).join('\n') + '\n', page.name);
    for (const left of page.leftovers) {
      const link = doc.links.find((k) => norm(left.vi).includes(textOf(doc, k.original)) && textOf(doc, k.original).length >= norm(left.vi).length * 0.6);
      if (left.de === null) {
        decoys++;
        if (link) decoysLinked++;
      } else if (left.kind === 'headline') {
        headlines++;
        if (link && norm(left.de).includes(textOf(doc, link.translation)) && textOf(doc, link.translation).length >= norm(left.de).length * 0.6) found++;
      }
    }
  }

  it('leaves nine in ten decoys unpaired', () => {
    expect(decoys).toBeGreaterThan(30);
    expect(decoysLinked / decoys).toBeLessThan(0.1);
  });

  it('pairs at least 98.5 % of the headlines with their German, also where it was split into two sentences', () => {
    expect(found / headlines).toBeGreaterThanOrEqual(0.985);
  });
});
