// The workbench API, declared once. Every method is `area.verb`, takes one argument object (validated at
// run time by the schema below) and returns the typed result named in ApiResults. Both transports
// (Electron IPC and HTTP) and the renderer's client are typed against ApiSend.
import { z } from 'zod';
import type { DocumentMeta, LinkState } from '../model';
import type { ChangeResult, DocumentSummary, HistoryStatus, LinkRow, SearchHit, StoredAnnotation } from '../store';
import type { ImportSummary } from '../services/importing';
import { reviewArgumentSchemas, type ReviewResults } from './reviewContract';

export type { ImportSummary } from '../services/importing';

const id = z.number().int().positive();
const ids = z.array(id).min(1, 'must list at least one id');
const linkState = z.enum(['proposed', 'confirmed', 'rejected']);
const severity = z.enum(['neutral', 'minor', 'major', 'critical']);
const importFile = z.object({ name: z.string().min(1), base64: z.string() }).strict();

export const argumentSchemas = {
  'app.info': z.object({}).strict(),
  'corpus.list': z.object({}).strict(),
  'corpus.import': z
    .object({ paths: z.array(z.string().min(1)).optional(), files: z.array(importFile).optional(), job: z.string().optional() })
    .strict()
    .refine((a) => (a.paths?.length ?? 0) + (a.files?.length ?? 0) > 0, 'give "paths" or "files" to import'),
  'corpus.cancelImport': z.object({ job: z.string().min(1) }).strict(),
  'document.get': z.object({ id }).strict(),
  'links.list': z.object({ documentId: id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(500) }).strict(),
  'links.setState': z.object({ linkIds: ids, state: linkState }).strict(),
  'links.confirmThrough': z.object({ linkId: id }).strict(),
  'links.moveSentence': z.object({ sentenceId: id, direction: z.enum(['up', 'down']) }).strict(),
  'links.merge': z.object({ linkIds: z.array(id).min(2, 'must list at least two rows') }).strict(),
  'links.split': z.object({ linkId: id, translation: z.number().int().min(0), original: z.number().int().min(0) }).strict(),
  'links.detach': z.object({ sentenceId: id }).strict(),
  'links.realign': z.object({ documentId: id }).strict(),
  'sentence.edit': z.object({ sentenceId: id, text: z.string().max(100_000) }).strict(),
  'sentence.revert': z.object({ sentenceId: id }).strict(),
  'sentence.split': z.object({ sentenceId: id, offset: z.number().int().min(1) }).strict(),
  'sentence.join': z.object({ firstId: id, secondId: id }).strict(),
  'sentence.history': z.object({ sentenceId: id }).strict(),
  'sentence.addTranslation': z.object({ linkId: id, text: z.string().min(1, 'must not be empty').max(100_000) }).strict(),
  'annotation.list': z.object({ documentId: id }).strict(),
  'annotation.add': z
    .object({ sentenceId: id, start: z.number().int().min(0), end: z.number().int().min(0), category: z.string().min(1), severity, comment: z.string().max(10_000).default('') })
    .strict()
    .refine((a) => a.end >= a.start, 'field "end" must not come before "start"'),
  'annotation.update': z
    .object({ id, start: z.number().int().min(0).optional(), end: z.number().int().min(0).optional(), category: z.string().min(1).optional(), severity: severity.optional(), comment: z.string().max(10_000).optional() })
    .strict(),
  'annotation.delete': z.object({ id }).strict(),
  'history.status': z.object({}).strict(),
  'history.undo': z.object({}).strict(),
  'history.redo': z.object({}).strict(),
  'links.next': z.object({ documentId: id, from: z.number().int().min(-1), kind: z.enum(['unconfirmed', 'nonOneToOne', 'lowConfidence']), threshold: z.number().min(0).max(1).default(0.5) }).strict(),
  'review.taxonomy': z.object({}).strict(),
  'search.sentences': z.object({ query: z.string().min(1).max(1000), regex: z.boolean().default(false), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
  ...reviewArgumentSchemas,
} as const;

export type ApiMethod = keyof typeof argumentSchemas;
export type ApiArgs = { [M in ApiMethod]: z.input<(typeof argumentSchemas)[M]> };
export type ApiParsedArgs = { [M in ApiMethod]: z.output<(typeof argumentSchemas)[M]> };

export type { ChangeResult, HistoryStatus, LinkRow, LinkSentence, SearchHit, StoredAnnotation } from '../store';

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'http';
  project: { path: string; readOnly: boolean; documents: number; problems: string[] };
}

/** A page in the corpus list; `preview` stands in for a missing title. */
export type CorpusEntry = DocumentSummary & { preview: string | null };


export interface DocumentView {
  id: number;
  file: string;
  meta: DocumentMeta;
  languages: { translation: string; original: string };
  rowCount: number;
  states: Record<LinkState, number>;
}

/** A row as the grid shows it: the link, and whether all of it is page furniture (site line, ads, navigation…). */
export type GridRow = LinkRow & { boilerplate: boolean };

export interface LinkPage {
  total: number;
  offset: number;
  rows: GridRow[];
}

/** What an action changed, and where history stands after it. */
export interface ActionResult {
  change: ChangeResult | null;
  history: HistoryStatus;
}

export interface ApiResults extends ReviewResults {
  'app.info': AppInfo;
  'corpus.list': CorpusEntry[];
  'corpus.import': ImportSummary;
  'corpus.cancelImport': { cancelled: boolean };
  'document.get': DocumentView;
  'links.list': LinkPage;
  'links.setState': ActionResult;
  'links.confirmThrough': ActionResult;
  'links.moveSentence': ActionResult;
  'links.merge': ActionResult;
  'links.split': ActionResult;
  'links.detach': ActionResult;
  'links.realign': ActionResult;
  'sentence.edit': ActionResult;
  'sentence.revert': ActionResult;
  'sentence.split': ActionResult;
  'sentence.join': ActionResult;
  'sentence.addTranslation': ActionResult;
  'sentence.history': Array<{ id: number; originalText: string; fixedText: string; who: string | null; at: string }>;
  'annotation.list': Array<StoredAnnotation & { quote: string }>;
  'annotation.add': ActionResult;
  'annotation.update': ActionResult;
  'annotation.delete': ActionResult;
  'history.status': HistoryStatus;
  'history.undo': ActionResult;
  'history.redo': ActionResult;
  'search.sentences': SearchHit[];
  'links.next': { index: number | null };
  'review.taxonomy': MqmTaxonomy;
}

export interface MqmTaxonomy {
  categories: Array<{ id: string; parent: string | null }>;
  severities: Array<{ id: 'neutral' | 'minor' | 'major' | 'critical'; weight: number }>;
}

/** Events pushed from the app to the UI (progress of long jobs). */
export interface ApiEvents {
  progress: { job: string; done: number; total: number; label: string };
  /** A menu item or accelerator of the desktop shell asking the UI to act (e.g. undo). */
  command: { name: 'undo' | 'redo' | 'find' | 'help' | 'import' };
}
export type ApiEventName = keyof ApiEvents;

export type ApiSend = <M extends ApiMethod>(method: M, args: ApiArgs[M]) => Promise<ApiResults[M]>;
export type ApiSubscribe = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

export const API_METHODS = Object.keys(argumentSchemas) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(argumentSchemas, name);
}
