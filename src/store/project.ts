// A project: one SQLite file holding pages, links, edits, annotations and their history. This class is the façade
// the services call: it checks the file is writable and hands each action to `act` (one IMMEDIATE transaction with
// its history row, so an action that returned is on disk, undoable); the work itself lives beside its siblings.
import type { LinkState, PageDocument } from '../model';
import type { AlignedUnit } from '../formats/units';
import { act, type ActionOutcome } from './act';
import { addAnnotation, deleteAnnotation, updateAnnotation } from './annotations';
import type { Recorder } from './changes';
import { checkProject } from './check';
import { esaTallies, listEsaScores, setEsaScore, type EsaScore, type EsaTally } from './esa';
import { StoreError } from './errors';
import { historyStatus, listHistory, redoNext, undoLast } from './history';
import { addIgnores, listIgnores, removeIgnores, type IgnoredFinding, type IgnoreInput } from './ignores';
import { importDocument, importPair } from './imports';
import { checkState, confirmThrough, detachSentence, mergeLinks, moveSentence, regroupByHand, replaceWithAlignment, setLinkStates, splitLink } from './links';
import { closeProjectFile, openProjectFile, type OpenedProject } from './open';
import * as reader from './reader';
import { removeDocuments } from './removeDocuments';
import type { LinkFilter, NextKind } from './rowFilter';
import { addTranslation, editSentence, joinSentences, revertSentence, splitSentence } from './sentences';
import { swapSides } from './swapSides';
import { searchPattern } from './textPattern';
import { importUnits, unitRows, type UnitImportOptions, type UnitImportResult, type UnitRow } from './units';
import type {
  AnnotationInput, AnnotationPatch, ChangeResult, CheckResult, DocumentSummary, HistoryEntry, HistoryStatus, ImportLink, ImportOptions,
  ImportResult, LinkGroup, LinkRow, OpenProjectOptions, PairImportOptions, SearchHit, StoredAnnotation, StoredDocument, StoredEdit, StoredSentence,
} from './types';

export class Project {
  private opened: OpenedProject | null;

  constructor(opened: OpenedProject) {
    this.opened = opened;
  }

  get path(): string {
    return this.file().path;
  }
  get readOnly(): boolean {
    return this.file().readOnly;
  }
  /** The backup written before this open migrated the file, or null. */
  get backupPath(): string | null {
    return this.file().backupPath;
  }
  get schemaVersion(): number {
    return this.file().version;
  }

  private file(): OpenedProject {
    if (!this.opened) throw new StoreError('bad_request', 'This project has been closed; open it again.');
    return this.opened;
  }
  private get db() {
    return this.file().db;
  }
  private writable(what: string): void {
    if (this.readOnly) throw new StoreError('read_only', `The project ${this.path} is open read-only, so ${what} cannot be saved. Copy it to a writable folder to change it.`);
  }

  close(): void {
    if (!this.opened) return;
    const opened = this.opened;
    this.opened = null;
    closeProjectFile(opened);
  }

  /** `PRAGMA integrity_check` plus the store's own invariants. */
  check(): CheckResult {
    return checkProject(this.db);
  }

  // Import: each one action (see `act`), skipped when its contentHash is already in the project.

  importDocument(doc: PageDocument, links: readonly ImportLink[], options: ImportOptions): ImportResult {
    this.writable(`the import of ${String(doc?.file)}`);
    return importDocument(this.db, doc, links, options);
  }

  importPair(source: PageDocument, translation: PageDocument, links: readonly ImportLink[], options: PairImportOptions): ImportResult {
    this.writable(`the import of ${String(translation?.file)}`);
    return importPair(this.db, source, translation, links, options);
  }

  /** Units read from a corpus file (TMX, XLIFF, TSV, JSONL). */
  importUnits(units: readonly AlignedUnit[], options: UnitImportOptions): UnitImportResult {
    this.writable('the import of the corpus file');
    return importUnits(this.db, units, options);
  }

  /**
   * Takes pages out by id (with their sentences, links, edits and annotations) as one undoable action; a cancelled
   * import removes exactly its own pages this way. Ids no longer in the project are skipped.
   */
  removeDocuments(documentIds: readonly number[], options: { action?: string } = {}): ChangeResult {
    return this.act(options.action ?? 'remove_documents', (r) => removeDocuments(r, documentIds));
  }

  // Reading

  /** Every link of a document with what an export needs (texts, machine texts, annotations, imported ids). */
  unitRows(documentId: number): UnitRow[] {
    return unitRows(this.db, documentId);
  }
  listIgnores(): IgnoredFinding[] {
    return listIgnores(this.db);
  }
  listDocuments(): DocumentSummary[] {
    return reader.listDocuments(this.db);
  }
  getDocument(id: number): StoredDocument {
    return reader.getDocument(this.db, id);
  }
  getSentence(id: number): StoredSentence {
    return reader.getSentence(this.db, id);
  }
  listLinks(documentId: number, range: { offset?: number; limit?: number } = {}): LinkRow[] {
    return reader.listLinks(this.db, documentId, range);
  }
  allLinks(documentId: number): LinkRow[] {
    return reader.allLinks(this.db, documentId);
  }
  isCorpusDocument(documentId: number): boolean {
    return reader.isCorpusDocument(this.db, documentId);
  }
  countLinks(documentId: number): number {
    return reader.countLinks(this.db, documentId);
  }
  /** A page of the rows a filter keeps, with their document indexes, and how many it keeps in all. */
  listFilteredLinks(documentId: number, filter: LinkFilter | undefined, range: { offset?: number; limit?: number } = {}): { total: number; rows: LinkRow[] } {
    return reader.listFilteredLinks(this.db, documentId, filter, range);
  }
  /** The first row after index `from` that the filter keeps and the walk `next` wants, with its place among the kept rows. */
  nextLink(documentId: number, from: number, filter: LinkFilter, next?: NextKind): { index: number; place: number } | null {
    return reader.nextLink(this.db, documentId, from, filter, next);
  }
  /** Where a link is: its document and 0-based row index. */
  locateLink(linkId: number): { documentId: number; index: number } {
    return reader.linkIndex(this.db, linkId);
  }
  /** Text is matched case-insensitively as a literal; `{ regex: true }` reads it as an RE2 pattern (linear time). */
  searchSentences(query: string | RegExp, options: { limit?: number; regex?: boolean; documentId?: number } = {}): SearchHit[] {
    return reader.searchSentences(this.db, searchPattern(query, options.regex === true), Math.min(10_000, Math.max(1, options.limit ?? 100)), options.documentId);
  }
  listAnnotations(documentId: number): StoredAnnotation[] {
    return reader.listAnnotations(this.db, documentId);
  }
  listEdits(sentenceId: number): StoredEdit[] {
    return reader.listEdits(this.db, sentenceId);
  }
  listEsaScores(documentId: number): EsaScore[] {
    return listEsaScores(this.db, documentId);
  }
  /** Count and sum of the ESA scores of each document that has any. */
  esaTallies(): EsaTally[] {
    return esaTallies(this.db);
  }

  // Actions: each one transaction and one history entry. historyId 0 means nothing changed and nothing was recorded.

  private act(action: string, run: (recorder: Recorder) => ActionOutcome): ChangeResult {
    this.writable('this change');
    return act(this.db, action, run).change;
  }

  setLinkState(linkIds: readonly number[], state: LinkState): ChangeResult {
    return this.act(`link_${checkState(state)}`, (r) => ({ documentId: setLinkStates(r, linkIds, state) }));
  }

  /** Confirms every proposed link from the first row down to and including `linkId` (rejected rows stay rejected). */
  confirmLinksThrough(linkId: number): ChangeResult {
    return this.act('confirm_through', (r) => ({ documentId: confirmThrough(r, linkId) }));
  }

  /** Replaces a contiguous run of links by new groups of the same sentences (database sentence ids). */
  regroupLinks(linkIds: readonly number[], groups: readonly LinkGroup[], options: { action?: string } = {}): ChangeResult {
    return this.act(options.action ?? 'regroup', (r) => ({ documentId: regroupByHand(r, linkIds, groups) }));
  }

  /** Replaces a run by re-aligned links (origin auto, with scores); confirmed rows should be left out of the run. */
  replaceWithAlignment(linkIds: readonly number[], groups: readonly LinkGroup[]): ChangeResult {
    return this.act('realign', (r) => ({ documentId: replaceWithAlignment(r, linkIds, groups) }));
  }

  /** Moves a sentence into the row above (it must be the first of its side in its row) or below (the last). */
  moveSentence(sentenceId: number, direction: 'up' | 'down'): ChangeResult {
    return this.act(`move_sentence_${direction}`, (r) => ({ documentId: moveSentence(r, sentenceId, direction) }));
  }

  mergeLinks(linkIds: readonly number[]): ChangeResult {
    return this.act('merge_links', (r) => ({ documentId: mergeLinks(r, linkIds) }));
  }

  /** Splits a row in two: the first `translation` / `original` sentences of each side stay in the first row. */
  splitLink(linkId: number, at: { translation: number; original: number }): ChangeResult {
    return this.act('split_link', (r) => ({ documentId: splitLink(r, linkId, at) }));
  }

  /** Takes a sentence out of its row into a row of its own (1-0 or 0-1), placed before or after the rest by reading order. */
  detachSentence(sentenceId: number): ChangeResult {
    return this.act('detach_sentence', (r) => ({ documentId: detachSentence(r, sentenceId) }));
  }

  editSentence(sentenceId: number, text: string): ChangeResult {
    return this.act('edit_sentence', (r) => editSentence(r, sentenceId, text));
  }

  revertSentence(sentenceId: number): ChangeResult {
    return this.act('revert_sentence', (r) => revertSentence(r, sentenceId));
  }

  /** Sentence boundary edit: the text after `offset` becomes a new sentence (returned in createdIds). */
  splitSentence(sentenceId: number, offset: number): ChangeResult {
    return this.act('split_sentence', (r) => splitSentence(r, sentenceId, offset));
  }

  /** Writes the translation of a row that has only the original side (returned in createdIds). */
  addTranslation(linkId: number, text: string): ChangeResult {
    return this.act('add_translation', (r) => addTranslation(r, linkId, text));
  }

  joinSentences(firstId: number, secondId: number): ChangeResult {
    return this.act('join_sentences', (r) => joinSentences(r, firstId, secondId));
  }

  addAnnotation(input: AnnotationInput): ChangeResult {
    return this.act('add_annotation', (r) => addAnnotation(r, input));
  }

  updateAnnotation(id: number, patch: AnnotationPatch): ChangeResult {
    return this.act('update_annotation', (r) => updateAnnotation(r, id, patch ?? {}));
  }

  deleteAnnotation(id: number): ChangeResult {
    return this.act('delete_annotation', (r) => deleteAnnotation(r, id));
  }

  /** Exchanges original and translation of a page or a pair (either page's id); reported against the page listing the rows. */
  swapSides(documentId: number): ChangeResult {
    return this.act('swap_sides', (r) => swapSides(r, documentId));
  }

  /** Sets a row's ESA score (0–100), or clears it with null. */
  setEsaScore(linkId: number, score: number | null): ChangeResult {
    return this.act('esa_score', (r) => setEsaScore(r, linkId, score));
  }

  /** Remembers findings as ignored (undoable); findings already ignored are left as they are. */
  ignoreFindings(findings: readonly IgnoreInput[]): ChangeResult {
    return this.act('ignore_findings', (r) => addIgnores(r, findings));
  }

  unignoreFindings(keys: readonly string[]): ChangeResult {
    return this.act('unignore_findings', (r) => removeIgnores(r, keys));
  }

  // History: undo and redo replay a recorded action rather than being one, so they append their own rows.

  /** Reverts the last action (of any kind, imports included); null when there is nothing to undo. */
  undo(): ChangeResult | null {
    this.writable('an undo');
    return this.db.transaction(() => undoLast(this.db));
  }

  /** Reapplies the last undone action; null when there is nothing to redo (or a new action dropped the redo branch). */
  redo(): ChangeResult | null {
    this.writable('a redo');
    return this.db.transaction(() => redoNext(this.db));
  }

  historyStatus(): HistoryStatus {
    return historyStatus(this.db);
  }

  history(limit = 100): HistoryEntry[] {
    return listHistory(this.db, Math.max(1, Math.min(10_000, limit)));
  }
}

export function openProject(path: string, options: OpenProjectOptions = {}): Project {
  return new Project(openProjectFile(path, options));
}
