// MQM scores, word edit rate, edit statistics and word diffs.
import { describe, expect, it } from 'vitest';
import { countWords, editStatistics, mqmReport, wordDiff, wordEditRate } from '../../src/review';
import { unit } from './helpers';

describe('MQM', () => {
  it('penalty = Σ weights; score = 100 × (1 − penalty / words), per page and per corpus', () => {
    const a = unit('x', 'Das ist ein Satz mit sieben Wörtern.', {
      docId: 'p1',
      annotations: [
        { side: 'target', start: 0, end: 3, category: 'Accuracy/Mistranslation', severity: 'major', comment: '' },
        { side: 'target', start: 4, end: 7, category: 'Fluency/Grammar', severity: 'minor', comment: '' },
      ],
    });
    const b = unit('x', 'Drei Wörter hier', { docId: 'p2', annotations: [{ side: 'source', start: 0, end: 1, category: 'Accuracy/Omission', severity: 'critical', comment: '' }] });
    const c = unit('x', 'Noch drei Wörter', { docId: 'p1', annotations: [{ side: 'target', start: 0, end: 1, category: 'Style', severity: 'neutral', comment: '' }] });
    expect(countWords(a.target.text, 'de')).toBe(7);
    const r = mqmReport([a, b, c]);
    // p1: 10 words, penalty 5 + 1 + 0 = 6 -> 40; p2: 3 words, penalty 25 -> 100 × (1 − 25/3); corpus: 13 words, 31.
    expect(r.pages.map((p) => [p.docId, p.words, p.penalty])).toEqual([
      ['p1', 10, 6],
      ['p2', 3, 25],
    ]);
    expect(r.pages[0]!.score).toBeCloseTo(40, 10);
    expect(r.pages[1]!.score).toBeCloseTo(100 * (1 - 25 / 3), 10);
    expect(r.corpus.score).toBeCloseTo(100 * (1 - 31 / 13), 10);
    expect(r.corpus.counts).toEqual({ neutral: 1, minor: 1, major: 1, critical: 1 });
    expect(mqmReport([a], { neutral: 0, minor: 0, major: 0, critical: 0 }).corpus.score).toBe(100);
    expect(mqmReport([unit('x', '')]).corpus.score).toBeNull();
  });
});

describe('edit statistics', () => {
  it('word edit rate: token Levenshtein over the fixed text', () => {
    expect(wordEditRate('Das ist gut.', 'Das ist gut.', 'de')).toBe(0);
    // 4 tokens in the fixed text (Das, war, gut, .), one substitution.
    expect(wordEditRate('Das ist gut.', 'Das war gut.', 'de')).toBe(25);
    expect(wordEditRate('Việt Nam'.normalize('NFD'), 'Việt Nam', 'vi')).toBe(0);
  });

  it('per page and corpus; unedited units count as unchanged', () => {
    const edited = unit('x', 'Das war gut.', { docId: 'p1', machineTarget: 'Das ist gut.' });
    const same = unit('x', 'Alles bleibt.', { docId: 'p2' });
    const s = editStatistics([edited, same]);
    expect(s.corpus.units).toBe(2);
    expect(s.corpus.edited).toBe(1);
    expect(s.pages.find((p) => p.docId === 'p2')).toMatchObject({ chrf: 100, ter: 0, wordEditRate: 0 });
    const p1 = s.pages.find((p) => p.docId === 'p1')!;
    expect(p1.ter).toBeCloseTo(100 / 3, 10); // "das ist gut." vs "das war gut.": 1 of 3 words
    expect(p1.wordEditRate).toBe(25);
    expect(p1.chrf).toBeLessThan(100);
  });
});

describe('word diff', () => {
  it('marks changed words and shows no phantom edits for NFD input', () => {
    expect(wordDiff('Nga và Triều Tiên'.normalize('NFD'), 'Nga và Triều Tiên', 'vi')).toEqual([{ kind: 'same', text: 'Nga và Triều Tiên' }]);
    const d = wordDiff('Der Minister Shoigu kam.', 'Der Minister Schoigu kam.', 'de');
    expect(d.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['Shoigu']);
    expect(d.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['Schoigu']);
    expect(
      d
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('Der Minister Schoigu kam.');
  });
});
