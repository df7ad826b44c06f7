import { describe, expect, it } from 'vitest';
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

function pairWork(doc: PageDocument): number {
  const work: PairingWork = { scored: 0 };
  pairLeftovers(doc.blocks, doc.sentences, doc.languages, work);
  return work.scored;
}

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
});
