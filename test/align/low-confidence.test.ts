import { describe, expect, it } from 'vitest';
import { alignSentences, LOW_CONFIDENCE } from '../../src/align/index';
import type { AlignmentLink } from '../../src/model';
import { floresDevSets } from './tools/flores-sets';

// The editor's "low confidence" jump stops at links scored below LOW_CONFIDENCE. On the FLORES tuning documents
// (FLORES-200, NLLB Team (2022), CC BY-SA 4.0) it must lead a reviewer to most of the wrong links while
// stopping at few links, and what it skips must be as right as the calibration promises.
describe('the low-confidence threshold', () => {
  const key = (l: AlignmentLink) => `${l.a.join(',')}|${l.b.join(',')}`;
  let links = 0;
  let wrong = 0;
  let flagged = 0;
  let flaggedWrong = 0;
  let kept = 0;
  let keptRight = 0;
  for (const seed of [1, 2, 3])
    for (const set of floresDevSets(20, seed).filter((s) => s.half === 'tuning'))
      for (const d of set.docs) {
        const gold = new Set(d.gold.map(key));
        for (const l of alignSentences(d.a, d.b, { langA: 'de', langB: 'vi' })) {
          const right = gold.has(key(l));
          links++;
          if (!right) wrong++;
          if (l.score < LOW_CONFIDENCE) {
            flagged++;
            if (!right) flaggedWrong++;
          } else {
            kept++;
            if (right) keptRight++;
          }
        }
      }

  it('finds at least half of the wrong links', () => {
    expect(wrong).toBeGreaterThan(20);
    expect(flaggedWrong / wrong).toBeGreaterThan(0.5);
  });

  it('stops at fewer than one link in twenty, and what it passes over is at least 97 % right', () => {
    expect(flagged / links).toBeLessThan(0.05);
    expect(keptRight / kept).toBeGreaterThan(0.97);
  });
});
