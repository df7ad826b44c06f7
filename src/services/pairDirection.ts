// Which page of a pair is the original and which the translation. A file dialog hands pages over in name order
// (story.de.txt before story.vi.txt), so the order says nothing: the translation is the page in the project's
// translation language. The import and its dry run both decide here, so what a person is shown is what is imported.
import type { PageDocument } from '../model';

/** The language most of a page's text is in (by characters), or 'und'. */
export function dominantLanguage(doc: PageDocument): string {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) if (s.lang && s.lang !== 'und') counts.set(s.lang, (counts.get(s.lang) ?? 0) + s.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
}

/**
 * How the direction was settled: by the person (an explicit pair, or a direction confirmed before import), by the
 * languages (one page is in the translation language, the other not), or only by file order (the languages did not
 * tell: both the same, or neither in the translation language), which a person should check.
 */
export type DirectionReason = 'person' | 'language' | 'order';

export interface OrientedPair {
  original: PageDocument;
  translation: PageDocument;
  languages: { translation: string; original: string };
  decidedBy: DirectionReason;
  /** True when the pages were exchanged relative to the order they came in. */
  swapped: boolean;
}

/** Orients two pages that came as (first, second); an explicit pair keeps its order. Both pages get the pair's languages. */
export function orientPair(first: PageDocument, second: PageDocument, options: { explicit: boolean; translationLanguage: string }): OrientedPair {
  const [firstLang, secondLang] = [dominantLanguage(first), dominantLanguage(second)];
  const tells = firstLang !== secondLang && (firstLang === options.translationLanguage || secondLang === options.translationLanguage);
  const swapped = !options.explicit && tells && firstLang === options.translationLanguage;
  const [original, translation] = swapped ? [second, first] : [first, second];
  const languages = { translation: swapped ? firstLang : secondLang, original: swapped ? secondLang : firstLang };
  return {
    original: { ...original, languages },
    translation: { ...translation, languages },
    languages,
    decidedBy: options.explicit ? 'person' : tells ? 'language' : 'order',
    swapped,
  };
}
