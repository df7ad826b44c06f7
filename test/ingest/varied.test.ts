import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest';
import { listAnnotated, loadAnnotated, scorePairs } from './annotated';
import { roleRows, sentenceText } from './helpers';

describe('annotated pages (other publishers, date formats, caption styles, leftover positions)', () => {
  it('has at least 15 pages', () => expect(listAnnotated().length).toBeGreaterThanOrEqual(15));

  for (const name of listAnnotated()) {
    const page = loadAnnotated(name);
    const doc = readPage(page.bytes, name);

    it(`${name}: every line has the right roles and language`, () => {
      expect(roleRows(doc)).toEqual(page.lines.flatMap((l) => l.rows));
    });

    it(`${name}: metadata`, () => {
      const meta = doc.meta as unknown as Record<string, string | null>;
      for (const [key, value] of Object.entries(page.meta)) expect(meta[key], key).toBe(value);
    });

    it(`${name}: each leftover pairs with the German it translates, surely, and nothing else is linked`, () => {
      const score = scorePairs(doc, page.pairs);
      expect(score.missing).toEqual([]);
      expect(score.wrong).toEqual([]);
      for (const s of score.rightScores) expect(s).toBeGreaterThanOrEqual(0.5);
    });

    // Without the German text it translates (other than a title, whose facts the lead repeats), a leftover may
    // still find a partner, but never with a score that claims it is sure.
    it(`${name}: a leftover whose German text is gone gets no sure link`, () => {
      const text = new TextDecoder().decode(page.bytes).normalize('NFC').replace(/^\uFEFF/, '');
      for (const pair of page.pairs.filter((x) => !x.weak)) {
        const target = page.lines.find((l) => l.text && (l.text.includes(pair.de) || pair.de.includes(l.text)));
        if (!target || target.rows.some((r) => r.includes(' title '))) continue;
        const cut = text.split(/\r\n|\r|\n/).map((l) => (l === target.text ? '' : l)).join('\n');
        const decoy = readPage(cut, name);
        const link = decoy.links.find((l) => sentenceText(decoy, l.original).startsWith(pair.vi.slice(0, 20)));
        expect(link?.score ?? 0, pair.vi).toBeLessThan(0.5);
      }
    });
  }
});
