// The shapes the store hands to the API layer. Ids are the database's integer ids; `key` is the id the
// page had when it was read (`s3`, `b2`), kept for export and for matching with ingest output.
import type { DocumentMeta, LinkOrigin, LinkState, MqmSeverity, Role, Side } from '../model';

export type { Side } from '../model';
export type DocumentKind = 'page' | 'pair_source' | 'pair_translation';

export interface OpenProjectOptions {
  /** Open without writing; a read-only file or folder opens read-only even without this. */
  readOnly?: boolean;
  /** Create the file if it does not exist (default false: a mistyped path is an error, not a new project). */
  create?: boolean;
}

/** Sentence ids of one link, as in the page's `LeftoverLink` (`s1`, `s2`, …). */
export interface ImportLink {
  translation: string[];
  original: string[];
  score: number;
}

export interface ImportOptions {
  /** Identifies the input (for a pair: both files together); an input already imported is skipped. */
  contentHash: string;
  /** Where it came from (a path or URL), shown to people. */
  source?: string;
}

export interface PairImportOptions extends ImportOptions {
  /** The hash of the source page alone, kept for reference. Defaults to `contentHash + ':source'`. */
  sourceContentHash?: string;
  /** The hash of the same two files given the other way round: a pair stored under it is the same pair. */
  swappedContentHash?: string;
}

export interface ImportResult {
  documentId: number;
  /** For a pair, the id of the source page (the translation page is `documentId`). */
  sourceDocumentId?: number;
  skipped: boolean;
  linkCount: number;
}

export type LinkStateCounts = Record<LinkState, number>;

export interface DocumentSummary {
  id: number;
  kind: 'page' | 'pair_translation';
  file: string;
  /** For a pair: the source page. */
  sourceDocument: { id: number; file: string } | null;
  title: string | null;
  publisher: string | null;
  date: string | null;
  languages: { translation: string; original: string };
  links: LinkStateCounts & { total: number };
  importedAt: string;
}

export interface StoredBlock {
  id: number;
  key: string;
  role: Role;
  lang: string | null;
  text: string;
  line: number;
  start: number;
  end: number;
}

export interface StoredSentence {
  id: number;
  key: string;
  documentId: number;
  blockId: number;
  side: Side;
  lang: string | null;
  /** Current text: the latest edit, or the machine text. */
  text: string;
  /** The text as imported (after sentence boundary edits). */
  originalText: string;
  edited: boolean;
  start: number;
  end: number;
}

export interface StoredDocument {
  id: number;
  kind: DocumentKind;
  file: string;
  contentHash: string;
  source: string | null;
  /** The other page of a pair (source for a translation page, translation for a source page). */
  pairedDocumentId: number | null;
  languages: { translation: string; original: string };
  meta: DocumentMeta;
  text: string;
  importedAt: string;
  blocks: StoredBlock[];
  sentences: StoredSentence[];
}

export interface LinkSentence {
  id: number;
  key: string;
  documentId: number;
  text: string;
  originalText: string;
  edited: boolean;
  role: Role;
  lang: string | null;
  annotations: number;
}

export interface LinkRow {
  id: number;
  /** 0-based row index in the document. */
  index: number;
  state: LinkState;
  origin: LinkOrigin;
  score: number | null;
  translation: LinkSentence[];
  original: LinkSentence[];
  /** Annotations on the sentences of both sides. */
  annotations: number;
}

export interface SearchHit {
  documentId: number;
  file: string;
  sentenceId: number;
  key: string;
  side: Side;
  text: string;
  /** Where the first match is in `text`. */
  match: { start: number; end: number };
  linkId: number;
  /** Row index of the link in its document, for jumping to it. */
  linkIndex: number;
  /** The document whose link list holds the row (for a pair: the translation page). */
  linkDocumentId: number;
}

export interface AnnotationInput {
  sentenceId: number;
  start: number;
  end: number;
  category: string;
  severity: MqmSeverity;
  comment?: string;
}

export interface AnnotationPatch {
  start?: number;
  end?: number;
  category?: string;
  severity?: MqmSeverity;
  comment?: string;
}

export interface StoredAnnotation {
  id: number;
  sentenceId: number;
  side: Side;
  linkId: number;
  start: number;
  end: number;
  category: string;
  severity: MqmSeverity;
  comment: string;
  /** Null: no action records a person (the column stays, as the schema does not change). */
  who: string | null;
  at: string;
  updatedAt: string | null;
}

export interface StoredEdit {
  id: number;
  sentenceId: number;
  originalText: string;
  fixedText: string;
  /** Null: no action records a person (the column stays, as the schema does not change). */
  who: string | null;
  at: string;
}

/** A new row of a regrouped run: database sentence ids per side. */
export interface LinkGroup {
  translation: number[];
  original: number[];
  score?: number | null;
  origin?: LinkOrigin;
  state?: LinkState;
}

/** What an action, an undo or a redo changed, for the UI to refresh. */
export interface ChangeResult {
  historyId: number;
  action: string;
  documentId: number | null;
  /** Links that exist after the change and were created or changed by it (empty for an import: refresh the whole document). */
  linkIds: number[];
  /** Links the change removed. */
  removedLinkIds: number[];
  /** Other records the action created (a new annotation's or edit's id, a new sentence's id). */
  createdIds?: number[];
}

export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  /** The action an undo would revert / a redo would reapply (e.g. `edit_sentence`). */
  undoAction: string | null;
  redoAction: string | null;
}

export interface HistoryEntry {
  id: number;
  at: string;
  /** Null: no action records a person (the column stays, as the schema does not change). */
  who: string | null;
  kind: 'action' | 'undo' | 'redo';
  action: string;
  documentId: number | null;
  target: number | null;
}

export interface CheckResult {
  ok: boolean;
  /** `PRAGMA integrity_check` lines plus the store's own invariants (every sentence in exactly one link). */
  problems: string[];
}
