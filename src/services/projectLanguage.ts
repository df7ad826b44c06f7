// The language a project's pages are translated into, which decides the direction of what comes in without a
// stated one (a pair of pages, a plain two-column TSV): the side in that language is the translation.
import type { Project } from '../store';

/** Until the project has a setting of its own, new projects translate into German, as the first users do. */
export const DEFAULT_TRANSLATION_LANGUAGE = 'de';

/** Until a project has documents, their original language is taken to be Vietnamese, as the first users' pages are. */
const DEFAULT_ORIGINAL_LANGUAGE = 'vi';

/** The known languages of one side of the project's documents, most frequent first. */
function languagesOf(project: Project, side: 'translation' | 'original'): string[] {
  const counts = new Map<string, number>();
  for (const d of project.listDocuments()) {
    const lang = d.languages[side];
    if (lang && lang !== 'und') counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([lang]) => lang);
}

/** The translation language most of the project's documents have, else the default. */
export function projectTranslationLanguage(project: Project): string {
  return languagesOf(project, 'translation')[0] ?? DEFAULT_TRANSLATION_LANGUAGE;
}

/**
 * The project's languages in order of preference: its translation language, then the original languages of its
 * documents, most frequent first (what to take from a file that holds more languages than two).
 */
export function projectLanguages(project: Project): string[] {
  const originals = languagesOf(project, 'original');
  return [...new Set([projectTranslationLanguage(project), ...(originals.length ? originals : [DEFAULT_ORIGINAL_LANGUAGE])])];
}
