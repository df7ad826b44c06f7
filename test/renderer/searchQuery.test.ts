// "Match case" and Unicode normalisation of the search query, built from what the API offers (literal search
// ignores case, patterns respect it).
import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../renderer/src/views/searchQuery';

describe('search query', () => {
  it('sends a literal as it is when case does not matter', () => {
    expect(searchQuery('Kim Jong', { regex: false, matchCase: false })).toEqual({ query: 'Kim Jong', regex: false });
  });
  it('sends a case-sensitive literal as an escaped pattern', () => {
    expect(searchQuery('a.b (c)', { regex: false, matchCase: true })).toEqual({ query: 'a\\.b \\(c\\)', regex: true });
  });
  it('makes a pattern ignore case unless asked to match it', () => {
    expect(searchQuery('kim|jong', { regex: true, matchCase: false })).toEqual({ query: '(?i)kim|jong', regex: true });
    expect(searchQuery('kim|jong', { regex: true, matchCase: true })).toEqual({ query: 'kim|jong', regex: true });
  });
  it('puts a decomposed query in NFC', () => {
    const nfd = 'Vie\u0302\u0323t';
    expect(searchQuery(nfd, { regex: false, matchCase: false }).query).toBe('Việt');
  });
});
