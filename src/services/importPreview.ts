// The dry run of an import: what each document the import would create is (a pair with its original and its
// translation, a single page, a corpus file), read and decided exactly as the import does, with nothing written.
// A person confirms or swaps each pair's direction, and the import takes those directions as explicit pairs.
import { readPage } from '../ingest';
import type { Project } from '../store';
import { ServiceError } from './errors';
import { contentOf, failureReason, planUnits, type ImportInput, type ImportSummary } from './importing';
import { orientPair, type DirectionReason } from './pairDirection';
import { projectTranslationLanguage } from './projectLanguage';
import { corpusFormatOf } from './unitImport';
import type { ImportFormat } from './unitImportFormats';

export interface PreviewPage {
  /** The file's name. */
  file: string;
  /** Where it came from (a path, or the name of a file sent with the request): name it in `directions`. */
  source: string;
  language: string;
}

export type PreviewDocument =
  | { kind: 'pair'; original: PreviewPage; translation: PreviewPage; decidedBy: DirectionReason }
  | { kind: 'page'; file: string; source: string; languages: { translation: string; original: string } }
  | { kind: 'corpus'; file: string; source: string; format: ImportFormat };

export interface ImportPreview {
  /** The language the project translates into, which decides each pair's direction. */
  translationLanguage: string;
  documents: PreviewDocument[];
  failed: ImportSummary['failed'];
}

/** A direction a person confirmed: the `source` of the original page and of its translation. */
export interface PairDirection {
  original: string;
  translation: string;
}

/**
 * Takes the pages named in `directions` out of `inputs` as explicit pairs (kept in that direction whatever their
 * languages); the rest are imported as usual. A name that is not among the inputs is refused, naming the field.
 */
export function applyDirections(inputs: readonly ImportInput[], directions: readonly PairDirection[]): { inputs: ImportInput[]; explicitPairs: Array<[ImportInput, ImportInput]> } {
  const rest = [...inputs];
  const take = (source: string, field: string): ImportInput => {
    const at = rest.findIndex((input) => input.source === source);
    if (at < 0) throw new ServiceError('invalid_argument', `${field} names "${source}", which is not among the files to import (or is named twice); use the "source" the preview reported.`);
    return rest.splice(at, 1)[0] as ImportInput;
  };
  const explicitPairs = directions.map((d, i): [ImportInput, ImportInput] => [take(d.original, `directions.${i}.original`), take(d.translation, `directions.${i}.translation`)]);
  return { inputs: rest, explicitPairs };
}

/** Reads every input as the import would and says what it would create; the project is only read. */
export async function previewInputs(project: Project, inputs: ImportInput[], explicitPairs: Array<[ImportInput, ImportInput]> = []): Promise<ImportPreview> {
  const translationLang = projectTranslationLanguage(project);
  const preview: ImportPreview = { translationLanguage: translationLang, documents: [], failed: [] };
  for (const unit of planUnits(inputs, explicitPairs)) {
    try {
      if (unit.kind === 'pair') {
        const first = readPage(await contentOf(unit.source), unit.source.name);
        const second = readPage(await contentOf(unit.translation), unit.translation.name);
        const pair = orientPair(first, second, { explicit: unit.explicit, translationLanguage: translationLang });
        const [original, translation] = pair.swapped ? [unit.translation, unit.source] : [unit.source, unit.translation];
        preview.documents.push({
          kind: 'pair',
          original: { file: original.name, source: original.source, language: pair.languages.original },
          translation: { file: translation.name, source: translation.source, language: pair.languages.translation },
          decidedBy: pair.decidedBy,
        });
        continue;
      }
      const { name: file, source } = unit.input;
      const bytes = await contentOf(unit.input);
      const format = corpusFormatOf(file, bytes);
      preview.documents.push(format ? { kind: 'corpus', file, source, format } : { kind: 'page', file, source, languages: readPage(bytes, file).languages });
    } catch (error) {
      const label = unit.kind === 'page' ? unit.input.name : `${unit.source.name} + ${unit.translation.name}`;
      preview.failed.push({ file: label, reason: failureReason(error, label, ...(unit.kind === 'page' ? [unit.input.source] : [])) });
    }
  }
  return preview;
}
