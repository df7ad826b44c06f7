// Word diffs for the editor: which words a person changed. Both sides are NFC first (NFD input would show
// phantom edits), and words are Intl.Segmenter's for the language, which handles Vietnamese syllables and CJK.
import { diffWords } from 'diff';
import { wordSegmenter } from './words';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function wordDiff(before: string, after: string, lang: string): DiffPart[] {
  const changes = diffWords(before.normalize('NFC'), after.normalize('NFC'), { intlSegmenter: wordSegmenter(lang) });
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}
