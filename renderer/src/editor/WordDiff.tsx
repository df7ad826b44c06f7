// A word-level diff of a fixed sentence against the machine translation. Word boundaries come from
// Intl.Segmenter, so Vietnamese syllables and German compounds are whole units; both sides are NFC first
// so decomposed input shows no phantom edits.
import { diffWords } from 'diff';
import { useMemo } from 'react';

export function WordDiff({ before, after, lang }: { before: string; after: string; lang: string | null }) {
  const parts = useMemo(() => {
    const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'word' });
    return diffWords(before.normalize('NFC'), after.normalize('NFC'), { intlSegmenter: segmenter });
  }, [before, after, lang]);
  return (
    <p className="text diff" lang={lang ?? undefined} data-testid="word-diff">
      {parts.map((part, i) => (
        <span key={i} className={part.added ? 'ins' : part.removed ? 'del' : undefined}>
          {part.value}
        </span>
      ))}
    </p>
  );
}
