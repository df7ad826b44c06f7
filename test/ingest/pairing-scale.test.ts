import { describe, expect, it, vi } from 'vitest';
import { numberAnchors } from '../../src/align/numbers';
import { pairLeftovers, readPage, type PairingWork } from '../../src/ingest';
import type { PageDocument } from '../../src/model';
import { sentenceText } from './helpers';

// A long page: German paragraphs, and after every other one the Vietnamese original of its last sentence left
// in. Every sentence carries its own number, so each leftover has exactly one right partner.
const GERMAN = ['Der Minister traf am Montag in Hanoi ein', 'Die Gespräche über den Handel dauerten drei Stunden', 'Die Delegation besuchte auch den Hafen', 'Vertreter beider Länder lobten die offene Atmosphäre'];
const VIETNAMESE = ['Bộ trưởng đến Hà Nội vào thứ Hai', 'Cuộc hội đàm về thương mại kéo dài ba giờ', 'Phái đoàn cũng thăm cảng', 'Đại diện hai nước khen ngợi bầu không khí cởi mở'];

function longPage(paragraphs: number): { text: string; expected: Map<string, string> } {
  const lines = ['Besuch des Ministers in Hanoi'];
  const expected = new Map<string, string>();
  let n = 0;
  for (let p = 0; p < paragraphs; p++) {
    const parts: string[] = [];
    for (let k = 0; k < 5; k++, n++) parts.push(`${GERMAN[n % GERMAN.length]} (Nr. ${1000 + n}).`);
    lines.push(parts.join(' '));
    if (p % 2 === 0) {
      const vi = `${VIETNAMESE[(n - 1) % VIETNAMESE.length]} (số ${1000 + n - 1}).`;
      lines.push(vi);
      expected.set(vi, parts[4] as string);
    }
  }
  return { text: `${lines.join('\n')}\n`, expected };
}

// Counts the texts read for numbers and dates (the real patterns still run).
vi.mock('../../src/align/numbers', async (actual) => {
  const real = await actual<typeof import('../../src/align/numbers')>();
  return { ...real, numberAnchors: vi.fn(real.numberAnchors) };
});

function workOf(doc: PageDocument): PairingWork {
  const work: PairingWork = { scored: 0, read: 0, signals: 0 };
  pairLeftovers(doc.blocks, doc.sentences, doc.languages, work);
  return work;
}

const pairWork = (doc: PageDocument): number => workOf(doc).scored;
const german = (doc: PageDocument): number => doc.sentences.filter((s) => s.lang === 'de').length;
const leftoversOf = (doc: PageDocument): number => doc.blocks.filter((b) => b.lang === 'vi').length;

describe('leftover pairing on long pages', () => {
  it('weighs a bounded number of candidates per leftover: four times the page is about four times the work, not sixteen', () => {
    const small = readPage(longPage(100).text, 'small.txt');
    const big = readPage(longPage(400).text, 'big.txt');
    expect(small.sentences.length).toBeGreaterThan(500);
    expect(big.sentences.length).toBeGreaterThan(2000);
    const ratio = pairWork(big) / pairWork(small);
    // Leftovers × sentences would give 16; a fixed pool per leftover gives 4.
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });

  it('still pairs every leftover of a long page with the sentence it translates', () => {
    const { text, expected } = longPage(400);
    const doc = readPage(text, 'big.txt');
    expect(expected.size).toBe(200);
    let right = 0;
    for (const link of doc.links) if (expected.get(sentenceText(doc, link.original)) === sentenceText(doc, link.translation)) right++;
    expect(right).toBe(200);
  });

  it('reads each German sentence once for the evidence, however many leftovers and runs weigh it', () => {
    // Two-sentence leftovers make every candidate run up to two sentences long: runs outnumber sentences.
    for (const paragraphs of [4, 40]) {
      const { text } = longPage(paragraphs);
      const doc = readPage(text.replace(/\(số (\d+)\)\./g, '(số $1). Phái đoàn cũng thăm cảng.'), 'runs.txt');
      const work = workOf(doc);
      expect(leftoversOf(doc)).toBe(paragraphs / 2);
      expect(work.scored).toBeGreaterThan(german(doc));
      // Reading the text of every run (the regression of the evidence-based pairing) reads about three times as much.
      expect(work.read).toBe(leftoversOf(doc) + german(doc));
      expect(work.signals).toBeLessThanOrEqual(german(doc));
    }
  });

  it('reads the signals of only the sentences a leftover weighs on a long page with one headline', () => {
    // The long page with the Vietnamese lines after the first paragraph taken out: one leftover, 2,000 German sentences.
    const { text } = longPage(400);
    const doc = readPage(`${text.split('\n').filter((line, i) => i < 3 || !line.includes('(số')).join('\n')}\n`, 'one.txt');
    expect(leftoversOf(doc)).toBe(1);
    expect(german(doc)).toBeGreaterThan(1900);
    const work = workOf(doc);
    expect(work.scored).toBeLessThan(200);
    expect(work.signals).toBeLessThan(200);
  });

  it('looks for numbers in the German sentences only when a leftover holds one', () => {
    const count = vi.mocked(numberAnchors);
    // Numbers no other test uses, so that no sentence is already in the aligner's sentence cache.
    const { text } = longPage(40);
    const fresh = (salt: string): string => text.replace(/\(Nr\. /g, `(Nr. ${salt}`).replace(/\(số /g, `(số ${salt}`);
    const withNumbers = readPage(fresh('7'), 'numbers.txt');
    const calls = (page: string): number => {
      count.mockClear();
      readPage(page, 'page.txt');
      return count.mock.calls.filter(([, lang]) => lang === 'de').length;
    };
    expect(calls(fresh('8'))).toBeGreaterThanOrEqual(withNumbers.sentences.filter((x) => x.lang === 'de' && x.text.includes('(Nr.')).length);
    // The same page with the leftovers' numbers taken out: their sentences hold no number, so no German sentence is read for one.
    expect(calls(fresh('9').replace(/ \(số \d+\)/g, ''))).toBe(0);
  });
});

