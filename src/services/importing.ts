// Import: read each page, pair leftovers (single pages) or align two pages (a source and its translation,
// paired by name: `story.vi.txt` + `story.de.txt`), and add it to the project, one transaction per file. Files
// are checked up front (regular, within the size limit) but read one at a time as the import reaches them.
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DEFAULT_MAX_BYTES, readPage, ReadError } from '../ingest';
import { checkReadable, readBounded, ReadRefused, statPath } from '../io/readBounded';
import type { PageDocument } from '../model';
import { contentHash, diskFullError, type Project } from '../store';
import { alignRuns } from './alignment';
import { orientPair } from './pairDirection';
import { projectTranslationLanguage } from './projectLanguage';
import { corpusFormatOf, importUnitsBytes } from './unitImport';
import type { Progress } from './exporting';

export interface ImportSummary {
  job: string;
  imported: Array<{ file: string; documentId: number; links: number }>;
  duplicates: string[];
  failed: Array<{ file: string; reason: string }>;
  cancelled: boolean;
}

export interface ImportInput {
  name: string;
  /** A path or other description of where it came from. */
  source: string;
  /** The content, when it came with the request (drag and drop). */
  bytes?: Uint8Array;
  /** Reads the content when the import reaches this file, so a folder of thousands of pages is never all in memory. */
  read?: () => Promise<Uint8Array>;
}

export async function contentOf(input: ImportInput): Promise<Uint8Array> {
  if (input.bytes) return input.bytes;
  if (input.read) return input.read();
  throw new Error(`${input.name} came with no content to import`);
}

/** What a folder import takes: pages, and corpus files whose units are imported as they are. */
const PAGE_FILE = /\.(txt|html?|md|tmx|xlf|xliff|tsv|jsonl)$/i;
const PAIR_NAME = /^(.*)\.([a-z]{2})\.(txt|html?|md)$/i;

/**
 * Why `file` failed, without its name in front again: the summary and the command line show it next to the reason
 * already. An error about another file (one page of a pair) keeps its name.
 */
export function failureReason(error: unknown, ...sameFile: string[]): string {
  if ((error instanceof ReadError && sameFile.includes(error.file)) || (error instanceof ReadRefused && sameFile.includes(error.path))) return error.reason;
  const reason = diskFullError(error) ?? error;
  return reason instanceof Error ? reason.message : String(reason);
}

/**
 * Expands folders (one level of pages, sorted by name) and checks every file: only regular files within the page
 * size limit are kept, to be read (bounded again) when the import reaches them; the others become failures.
 */
export async function collectInputs(paths: string[], failed: ImportSummary['failed']): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  const read = async (name: string, path: string) => {
    try {
      checkReadable(path, await statPath(path), DEFAULT_MAX_BYTES);
      inputs.push({ name, source: path, read: () => readBounded(path, DEFAULT_MAX_BYTES) });
    } catch (error) {
      failed.push({ file: path, reason: failureReason(error, path) });
    }
  };
  for (const path of paths) {
    try {
      if ((await statPath(path)).isDirectory()) {
        const names = (await readdir(path)).filter((n) => PAGE_FILE.test(n)).sort();
        if (names.length === 0) failed.push({ file: path, reason: 'the folder holds no page or corpus files (.txt, .html, .md, .tmx, .xlf, .tsv, .jsonl)' });
        for (const name of names) await read(name, join(path, name));
      } else await read(basename(path), path);
    } catch (error) {
      failed.push({ file: path, reason: failureReason(error, path) });
    }
  }
  return inputs;
}

/** A pair named by the person (`--pair SOURCE TRANSLATION`) keeps its order; one grouped by file names is decided by language. */
export type Unit = { kind: 'page'; input: ImportInput } | { kind: 'pair'; source: ImportInput; translation: ImportInput; explicit: boolean };

/** Pages named `stem.xx.ext` and `stem.yy.ext` form a pair; the other language's page is decided after reading. */
function groupPairs(inputs: ImportInput[]): Unit[] {
  const byStem = new Map<string, ImportInput[]>();
  for (const input of inputs) {
    const match = PAIR_NAME.exec(input.name);
    const stem = match ? (match[1] as string).toLowerCase() : null;
    if (stem) byStem.set(stem, [...(byStem.get(stem) ?? []), input]);
  }
  const paired = new Set<ImportInput>();
  const units: Unit[] = [];
  for (const input of inputs) {
    if (paired.has(input)) continue;
    const match = PAIR_NAME.exec(input.name);
    const group = match ? byStem.get((match[1] as string).toLowerCase()) : undefined;
    if (group && group.length === 2) {
      const [first, second] = group as [ImportInput, ImportInput];
      group.forEach((i) => paired.add(i));
      units.push({ kind: 'pair', source: first, translation: second, explicit: false });
    } else units.push({ kind: 'page', input });
  }
  return units;
}

/** What an import of `inputs` does, one unit a document (or pair): pairs the person named first, then the rest by name. */
export function planUnits(inputs: ImportInput[], explicitPairs: ReadonlyArray<readonly [ImportInput, ImportInput]> = []): Unit[] {
  return [...explicitPairs.map(([source, translation]) => ({ kind: 'pair' as const, source, translation, explicit: true })), ...groupPairs(inputs)];
}

/**
 * A unit read (and, for a pair, aligned) but not yet stored. Making it needs no project, so the command line has
 * worker threads make them (src/cli/importPool.ts) while this thread stores them in order.
 */
export type PreparedUnit =
  | { kind: 'page'; doc: PageDocument; contentHash: string }
  | { kind: 'pair'; source: PageDocument; translation: PageDocument; links: Array<{ translation: string[]; original: string[]; score: number }>; contentHash: string; swappedContentHash: string }
  /** A corpus file's units go to the store as they are read. */
  | { kind: 'corpus'; bytes: Uint8Array; format: NonNullable<ReturnType<typeof corpusFormatOf>> };

async function preparePair(unit: Extract<Unit, { kind: 'pair' }>, translationLang: string): Promise<PreparedUnit> {
  const sourceBytes = await contentOf(unit.source);
  const translationBytes = await contentOf(unit.translation);
  const { original: source, translation, languages } = orientPair(readPage(sourceBytes, unit.source.name), readPage(translationBytes, unit.translation.name), {
    explicit: unit.explicit,
    translationLanguage: translationLang,
  });
  const links = alignRuns(translation.sentences, source.sentences, languages);
  // The files' hash in the order given; the other order names the same pair (a duplicate whichever way it comes).
  return { kind: 'pair', source, translation, links, contentHash: contentHash(sourceBytes, translationBytes), swappedContentHash: contentHash(translationBytes, sourceBytes) };
}

/** A page, or a corpus file (TMX, XLIFF, TSV, JSONL: told by its name or content) whose units are imported as such. */
export async function prepareUnit(unit: Unit, translationLang: string): Promise<PreparedUnit> {
  if (unit.kind === 'pair') return preparePair(unit, translationLang);
  const bytes = await contentOf(unit.input);
  const format = corpusFormatOf(unit.input.name, bytes);
  if (format) return { kind: 'corpus', bytes, format };
  return { kind: 'page', doc: readPage(bytes, unit.input.name), contentHash: contentHash(bytes) };
}

interface Imported {
  skipped: boolean;
  /** Every document the file added (a pair adds two, a corpus file one per page it names). */
  documentIds: number[];
  linkCount: number;
}

function storeUnit(project: Project, unit: Unit, prepared: PreparedUnit): Imported {
  if (prepared.kind === 'pair' && unit.kind === 'pair') {
    const { source, translation, links, contentHash: hash, swappedContentHash } = prepared;
    const result = project.importPair(source, translation, links, { contentHash: hash, swappedContentHash, source: `${unit.source.source} + ${unit.translation.source}` });
    return { skipped: result.skipped, documentIds: result.sourceDocumentId === undefined ? [result.documentId] : [result.documentId, result.sourceDocumentId], linkCount: result.linkCount };
  }
  if (unit.kind !== 'page') throw new Error(`${unit.source.name} + ${unit.translation.name}: prepared as a single page, not as a pair`);
  if (prepared.kind === 'corpus') {
    const units = importUnitsBytes(project, unit.input.name, prepared.bytes, prepared.format, unit.input.source);
    return { skipped: units.skipped, documentIds: units.documentIds, linkCount: units.units };
  }
  if (prepared.kind !== 'page') throw new Error(`${unit.input.name}: prepared as a pair, not as a single page`);
  const result = project.importDocument(prepared.doc, prepared.doc.links, { contentHash: prepared.contentHash, source: unit.input.source });
  return { skipped: result.skipped, documentIds: [result.documentId], linkCount: result.linkCount };
}

/** Reads and aligns unit `index` of `units`: here, one at a time, unless the caller brings a worker pool. */
export type UnitPreparer = (units: readonly Unit[], index: number, translationLang: string) => Promise<PreparedUnit>;

const prepareHere: UnitPreparer = (units, index, translationLang) => prepareUnit(units[index] as Unit, translationLang);

export async function importInputs(
  project: Project,
  inputs: ImportInput[],
  job: { id: string; cancelled: boolean },
  progress: Progress,
  summary: ImportSummary,
  /** Pages a person paired explicitly (source, translation), whatever their names. */
  explicitPairs: Array<[ImportInput, ImportInput]> = [],
  prepare: UnitPreparer = prepareHere,
): Promise<void> {
  const units = planUnits(inputs, explicitPairs);
  // Every page this import added (both pages of a pair), so a cancel can take out exactly these.
  const importedIds: number[] = [];
  // Read once: the project's documents are listed for it, and an import does not change which language leads.
  const translationLang = projectTranslationLanguage(project);
  for (const [index, unit] of units.entries()) {
    if (job.cancelled) break;
    const label = unit.kind === 'page' ? unit.input.name : `${unit.source.name} + ${unit.translation.name}`;
    progress(index, units.length, label);
    try {
      const result = storeUnit(project, unit, await prepare(units, index, translationLang));
      if (result.skipped) summary.duplicates.push(label);
      else {
        importedIds.push(...result.documentIds);
        summary.imported.push({ file: label, documentId: result.documentIds[0]!, links: result.linkCount });
      }
    } catch (error) {
      const files = unit.kind === 'page' ? [label, unit.input.source] : [label];
      summary.failed.push({ file: label, reason: failureReason(error, ...files) });
    }
    // Let progress events and a cancel request through between files.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (job.cancelled) {
    // A cancelled import takes out the pages it added, by id and as one undoable action; edits other people made
    // meanwhile (to other pages) stay. Undo blindly would revert whatever came last, someone else's work included.
    if (importedIds.length > 0) project.removeDocuments(importedIds, { action: 'cancel_import' });
    summary.imported = [];
    summary.cancelled = true;
  }
  progress(units.length, units.length, job.cancelled ? 'cancelled' : 'done');
}
