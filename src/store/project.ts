// A project: one SQLite file holding pages, links, edits, annotations and their history. Every action is one
// IMMEDIATE transaction that also appends its history row, so an action that returned is on disk, undoable.
import type { LinkState, PageDocument } from '../model';
import { LINK_ORIGINS } from './constants';
import { Recorder } from './changes';
import { StoreError } from './errors';
import { historyStatus, listHistory, recordAction, redoNext, undoLast } from './history';
import { importDocument, importPair } from './imports';
import { checkState, confirmThrough, linkOfSentence, linkRecord, membersOf, neighbour, regroup, setLinkStates } from './links';
import { closeProjectFile, openProjectFile, type OpenedProject } from './open';
import * as reader from './reader';
import { codePattern, literalPattern, userPattern } from './textPattern';
import { addAnnotation, deleteAnnotation, updateAnnotation } from './annotations';
import { removeDocuments } from './removeDocuments';
import { addIgnores, listIgnores, removeIgnores, type IgnoredFinding, type IgnoreInput } from './ignores';
import { importUnits, unitRows, type UnitImportOptions, type UnitImportResult, type UnitRow } from './units';
import type { AlignedUnit } from '../formats/units';
import { addTranslation, editSentence, joinSentences, revertSentence, splitSentence } from './sentences';
import type {
  AnnotationInput, AnnotationPatch, ChangeResult, CheckResult, DocumentSummary, HistoryEntry, HistoryStatus, ImportLink, ImportOptions,
  ImportResult, LinkGroup, LinkRow, OpenProjectOptions, PairImportOptions, SearchHit, StoredAnnotation, StoredDocument, StoredEdit, StoredSentence,
} from './types';

type ActionOutcome = { documentId: number | null; createdIds?: number[] };

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
    const problems = this.db.prepare('PRAGMA integrity_check').all<{ integrity_check: string }>().map((r) => r.integrity_check).filter((m) => m !== 'ok');
    for (const r of this.db.prepare('PRAGMA foreign_key_check').all<{ table: string; rowid: number; parent: string }>()) problems.push(`${r.table} row ${r.rowid} refers to a missing ${r.parent} row`);
    const orphans = this.db.prepare('SELECT count(*) AS n FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.sentence_id = s.id)').get<{ n: number }>()?.n ?? 0;
    if (orphans > 0) problems.push(`${orphans} sentences are in no link`);
    const empty = this.db.prepare('SELECT count(*) AS n FROM links l WHERE NOT EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.link_id = l.id)').get<{ n: number }>()?.n ?? 0;
    if (empty > 0) problems.push(`${empty} links have no sentences`);
    return { ok: problems.length === 0, problems };
  }

  // Import

  importDocument(doc: PageDocument, links: readonly ImportLink[], options: ImportOptions): ImportResult {
    this.writable(`the import of ${String(doc?.file)}`);
    return importDocument(this.db, doc, links, options);
  }

  importPair(source: PageDocument, translation: PageDocument, links: readonly ImportLink[], options: PairImportOptions): ImportResult {
    this.writable(`the import of ${String(translation?.file)}`);
    return importPair(this.db, source, translation, links, options);
  }

  /** Units read from a corpus file (TMX, XLIFF, TSV, JSONL): one undoable action, skipped when already imported. */
  importUnits(units: readonly AlignedUnit[], options: UnitImportOptions): UnitImportResult {
    this.writable('the import of the corpus file');
    return importUnits(this.db, units, options);
  }

  /**
   * Takes pages out by id (with their sentences, links, edits and annotations) as one undoable action; a cancelled
   * import removes exactly its own pages this way. Ids no longer in the project are skipped.
   */
  removeDocuments(documentIds: readonly number[], options: { who?: string | null; action?: string } = {}): ChangeResult {
    return this.act(options.action ?? 'remove_documents', options.who, (r) => {
      removeDocuments(r, documentIds);
      return { documentId: null };
    });
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
  /** Where a link is: its document and 0-based row index. */
  locateLink(linkId: number): { documentId: number; index: number } {
    return reader.linkIndex(this.db, linkId);
  }
  /** Text is matched case-insensitively as a literal; `{ regex: true }` reads it as an RE2 pattern (linear time). */
  searchSentences(query: string | RegExp, options: { limit?: number; regex?: boolean; documentId?: number } = {}): SearchHit[] {
    const pattern = query instanceof RegExp ? codePattern(query) : options.regex ? userPattern(query) : literalPattern(query);
    return reader.searchSentences(this.db, pattern, Math.min(10_000, Math.max(1, options.limit ?? 100)), options.documentId);
  }
  listAnnotations(documentId: number): StoredAnnotation[] {
    return reader.listAnnotations(this.db, documentId);
  }
  listEdits(sentenceId: number): StoredEdit[] {
    return reader.listEdits(this.db, sentenceId);
  }

  // Actions: each one transaction and one history entry. historyId 0 means nothing changed and nothing was recorded.

  private act(action: string, who: string | null | undefined, run: (recorder: Recorder) => ActionOutcome): ChangeResult {
    this.writable('this change');
    return this.db.transaction(() => {
      const recorder = new Recorder(this.db);
      const outcome = run(recorder);
      const documentId = outcome.documentId === null ? null : reader.linkDocumentId(this.db, outcome.documentId);
      if (recorder.changes.length === 0) return { historyId: 0, action, documentId, linkIds: [], removedLinkIds: [], createdIds: [] };
      return recordAction(this.db, { action, documentId, who: who ?? null, changes: recorder.changes, createdIds: outcome.createdIds ?? [] });
    });
  }

  setLinkState(linkIds: readonly number[], state: LinkState, options: { who?: string | null } = {}): ChangeResult {
    checkState(state);
    return this.act(`link_${state}`, options.who, (r) => ({ documentId: setLinkStates(r, linkIds, state) }));
  }

  /** Confirms every proposed link from the first row down to and including `linkId` (rejected rows stay rejected). */
  confirmLinksThrough(linkId: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('confirm_through', options.who, (r) => ({ documentId: confirmThrough(r, linkId) }));
  }

  /** Replaces a contiguous run of links by new groups of the same sentences (database sentence ids). */
  regroupLinks(linkIds: readonly number[], groups: readonly LinkGroup[], options: { who?: string | null; action?: string } = {}): ChangeResult {
    for (const g of groups ?? []) if (g?.origin !== undefined && !LINK_ORIGINS.includes(g.origin)) throw new StoreError('bad_request', `Unknown link origin "${String(g.origin)}".`);
    return this.act(options.action ?? 'regroup', options.who, (r) => ({ documentId: regroup(r, linkIds, groups, { origin: 'manual' }) }));
  }

  /** Replaces a run by re-aligned links (origin auto, with scores); confirmed rows should be left out of the run. */
  replaceWithAlignment(linkIds: readonly number[], groups: readonly LinkGroup[], options: { who?: string | null } = {}): ChangeResult {
    const auto = groups.map((g) => ({ ...g, origin: g.origin ?? 'auto', state: g.state ?? 'proposed', score: g.score ?? null }));
    return this.act('realign', options.who, (r) => ({ documentId: regroup(r, linkIds, auto, { origin: 'auto' }) }));
  }

  /** Moves a sentence into the row above (it must be the first of its side in its row) or below (the last). */
  moveSentence(sentenceId: number, direction: 'up' | 'down', options: { who?: string | null } = {}): ChangeResult {
    return this.act(`move_sentence_${direction}`, options.who, (r) => {
      const link = linkOfSentence(r.db, sentenceId);
      const target = neighbour(r.db, link, direction);
      if (!target) throw new StoreError('bad_request', `There is no row ${direction === 'up' ? 'above' : 'below'} to move sentence ${sentenceId} into.`);
      const members = membersOf(r.db, link.id);
      const side = members.find((m) => m.sentenceId === sentenceId)!.side;
      const sameSide = members.filter((m) => m.side === side);
      const edge = direction === 'up' ? sameSide[0] : sameSide[sameSide.length - 1];
      if (edge?.sentenceId !== sentenceId) throw new StoreError('bad_request', `Only the ${direction === 'up' ? 'first' : 'last'} sentence of a row can move ${direction}; this one would change the reading order.`);
      const group = (ms: typeof members) => ({ translation: ms.filter((m) => m.side === 'translation').map((m) => m.sentenceId), original: ms.filter((m) => m.side === 'original').map((m) => m.sentenceId) });
      const moved = members.filter((m) => m.sentenceId !== sentenceId);
      const targetMembers = membersOf(r.db, target.id);
      const receiving = direction === 'up' ? [...targetMembers, members.find((m) => m.sentenceId === sentenceId)!] : [members.find((m) => m.sentenceId === sentenceId)!, ...targetMembers];
      const groups = direction === 'up' ? [group(receiving), ...(moved.length ? [group(moved)] : [])] : [...(moved.length ? [group(moved)] : []), group(receiving)];
      return { documentId: regroup(r, [link.id, target.id], groups, { origin: 'manual' }) };
    });
  }

  mergeLinks(linkIds: readonly number[], options: { who?: string | null } = {}): ChangeResult {
    return this.act('merge_links', options.who, (r) => {
      if (!Array.isArray(linkIds) || linkIds.length < 2) throw new StoreError('bad_request', 'Choose at least two neighbouring rows to merge.');
      const members = linkIds.flatMap((id) => membersOf(r.db, id));
      const group = { translation: members.filter((m) => m.side === 'translation').map((m) => m.sentenceId), original: members.filter((m) => m.side === 'original').map((m) => m.sentenceId) };
      return { documentId: regroup(r, linkIds, [group], { origin: 'manual' }) };
    });
  }

  /** Splits a row in two: the first `translation` / `original` sentences of each side stay in the first row. */
  splitLink(linkId: number, at: { translation: number; original: number }, options: { who?: string | null } = {}): ChangeResult {
    return this.act('split_link', options.who, (r) => {
      linkRecord(r.db, linkId);
      const members = membersOf(r.db, linkId);
      const t = members.filter((m) => m.side === 'translation').map((m) => m.sentenceId);
      const o = members.filter((m) => m.side === 'original').map((m) => m.sentenceId);
      const first = { translation: t.slice(0, at?.translation), original: o.slice(0, at?.original) };
      const second = { translation: t.slice(at?.translation), original: o.slice(at?.original) };
      if (first.translation.length + first.original.length === 0 || second.translation.length + second.original.length === 0) {
        throw new StoreError('bad_request', 'Both rows of a split need at least one sentence.');
      }
      return { documentId: regroup(r, [linkId], [first, second], { origin: 'manual' }) };
    });
  }

  /** Takes a sentence out of its row into a row of its own (1-0 or 0-1), placed before or after the rest by reading order. */
  detachSentence(sentenceId: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('detach_sentence', options.who, (r) => {
      const link = linkOfSentence(r.db, sentenceId);
      const members = membersOf(r.db, link.id);
      if (members.length < 2) throw new StoreError('bad_request', `Sentence ${sentenceId} is already alone in its row.`);
      const self = members.find((m) => m.sentenceId === sentenceId)!;
      const alone = { translation: self.side === 'translation' ? [sentenceId] : [], original: self.side === 'original' ? [sentenceId] : [] };
      const rest = members.filter((m) => m !== self);
      const restGroup = { translation: rest.filter((m) => m.side === 'translation').map((m) => m.sentenceId), original: rest.filter((m) => m.side === 'original').map((m) => m.sentenceId) };
      // Keep reading order: before the rest when it came first on its side, or first in the page if alone on its side.
      const sameSide = rest.filter((m) => m.side === self.side);
      const before = sameSide.length > 0
        ? members.find((m) => m.side === self.side) === self
        : rest.every((m) => m.documentId === self.documentId && m.ord > self.ord);
      return { documentId: regroup(r, [link.id], before ? [alone, restGroup] : [restGroup, alone], { origin: 'manual' }) };
    });
  }

  editSentence(sentenceId: number, text: string, options: { who?: string | null } = {}): ChangeResult {
    return this.act('edit_sentence', options.who, (r) => {
      const out = editSentence(r, sentenceId, text, options.who ?? null);
      return { documentId: out.documentId, createdIds: [out.editId] };
    });
  }

  revertSentence(sentenceId: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('revert_sentence', options.who, (r) => {
      const out = revertSentence(r, sentenceId, options.who ?? null);
      return { documentId: out.documentId, createdIds: [out.editId] };
    });
  }

  /** Sentence boundary edit: the text after `offset` becomes a new sentence (returned in createdIds). */
  splitSentence(sentenceId: number, offset: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('split_sentence', options.who, (r) => {
      const out = splitSentence(r, sentenceId, offset);
      return { documentId: out.documentId, createdIds: [out.newSentenceId] };
    });
  }

  /** Writes the translation of a row that has only the original side (returned in createdIds). */
  addTranslation(linkId: number, text: string, options: { who?: string | null } = {}): ChangeResult {
    return this.act('add_translation', options.who, (r) => {
      const out = addTranslation(r, linkId, text, options.who ?? null);
      return { documentId: out.documentId, createdIds: [out.newSentenceId] };
    });
  }

  joinSentences(firstId: number, secondId: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('join_sentences', options.who, (r) => joinSentences(r, firstId, secondId, options.who ?? null));
  }

  addAnnotation(input: AnnotationInput): ChangeResult {
    return this.act('add_annotation', input?.who, (r) => {
      const out = addAnnotation(r, input);
      return { documentId: out.documentId, createdIds: [out.annotationId] };
    });
  }

  updateAnnotation(id: number, patch: AnnotationPatch): ChangeResult {
    return this.act('update_annotation', patch?.who, (r) => updateAnnotation(r, id, patch ?? {}));
  }

  deleteAnnotation(id: number, options: { who?: string | null } = {}): ChangeResult {
    return this.act('delete_annotation', options.who, (r) => deleteAnnotation(r, id));
  }

  /** Remembers findings as ignored (undoable); findings already ignored are left as they are. */
  ignoreFindings(findings: readonly IgnoreInput[], options: { who?: string | null } = {}): ChangeResult {
    return this.act('ignore_findings', options.who, (r) => {
      addIgnores(r, findings, options.who ?? null);
      return { documentId: null };
    });
  }

  unignoreFindings(keys: readonly string[], options: { who?: string | null } = {}): ChangeResult {
    return this.act('unignore_findings', options.who, (r) => {
      removeIgnores(r, keys);
      return { documentId: null };
    });
  }

  // History

  /** Reverts the last action (of any kind, imports included); null when there is nothing to undo. */
  undo(options: { who?: string | null } = {}): ChangeResult | null {
    this.writable('an undo');
    return this.db.transaction(() => undoLast(this.db, options.who ?? null));
  }

  /** Reapplies the last undone action; null when there is nothing to redo (or a new action dropped the redo branch). */
  redo(options: { who?: string | null } = {}): ChangeResult | null {
    this.writable('a redo');
    return this.db.transaction(() => redoNext(this.db, options.who ?? null));
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
