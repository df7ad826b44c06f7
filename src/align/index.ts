// The sentence aligner: public surface.
import type { AlignmentLink } from '../model';
import { alignWithLocks, type AlignOptions } from './locks';

export type { AlignOptions } from './align';
export type { AlignmentLink } from '../model';
export { realignBetween } from './locks';
export { builtinLexicon, cldrLexicon } from './builtin';
export { learnLexicon, type LearnOptions } from './learn';
export {
  emptyLexicon,
  invertLexicon,
  lexiconFromPairs,
  lexiconFromTsv,
  LexiconFormatError,
  mergeLexicons,
  normalizeTerm,
  parseDictd,
  type Lexicon,
} from './lexicon';
export { numberAnchors } from './numbers';
export { sentenceAnchors, nameKey } from './anchors';

/**
 * Align two lists of sentences monotonically. Every index of each side appears exactly once, in order;
 * links are 1-1, 1-2, 2-1, 1-0, 0-1, 2-2, 1-3 or 3-1 (locked links may be of any shape).
 */
export function alignSentences(a: string[], b: string[], options: AlignOptions): AlignmentLink[] {
  return alignWithLocks(a, b, options.locked ?? [], options);
}
export { textEvidence, type TextEvidence } from './evidence';
export { LOW_CONFIDENCE } from './calibration';
