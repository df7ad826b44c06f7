// The workbench API, declared once. Every method is `area.verb`, takes one argument object (validated at
// run time by the schema below) and returns the typed result named in ApiResults. Both transports
// (Electron IPC and HTTP) and the renderer's client are typed against ApiSend.
import { z } from 'zod';
import type { DocumentMeta, Lang, Role } from '../model';

const documentId = z.string().min(1, 'must name a document');

export const argumentSchemas = {
  'app.info': z.object({}).strict(),
  'corpus.list': z.object({}).strict(),
  'document.get': z.object({ id: documentId }).strict(),
} as const;

export type ApiMethod = keyof typeof argumentSchemas;
export type ApiArgs = { [M in ApiMethod]: z.input<(typeof argumentSchemas)[M]> };
export type ApiParsedArgs = { [M in ApiMethod]: z.output<(typeof argumentSchemas)[M]> };

export interface AppInfo {
  name: string;
  version: string;
  transport: 'electron' | 'http';
  corpus: { name: string; documents: number; problems: string[] };
}

export interface CorpusEntry {
  id: string;
  file: string;
  title: string | null;
  publisher: string | null;
  date: string | null;
  languages: { translation: string; original: string } | null;
  rows: number;
  leftovers: number;
  /** Set when the page could not be read; the rest of the corpus is still listed. */
  error: string | null;
}

export interface RowText {
  blockId: string;
  sentenceIds: string[];
  role: Role;
  lang: Lang;
  text: string;
}

export type RowKind = 'content' | 'boilerplate';

export interface DocumentRow {
  id: string;
  kind: RowKind;
  role: Role;
  /** Translated side (e.g. German). */
  translation: RowText[];
  /** Original side (e.g. Vietnamese leftovers) placed in the row of the translation they belong to. */
  original: RowText[];
  /** How sure the pairing of the two sides is, when both are present. */
  score: number | null;
}

export interface DocumentView {
  id: string;
  file: string;
  meta: DocumentMeta;
  languages: { translation: string; original: string };
  rows: DocumentRow[];
}

export interface ApiResults {
  'app.info': AppInfo;
  'corpus.list': CorpusEntry[];
  'document.get': DocumentView;
}

/** Events pushed from the app to the UI (progress of long jobs). */
export interface ApiEvents {
  progress: { job: string; done: number; total: number; label: string };
}
export type ApiEventName = keyof ApiEvents;

export type ApiSend = <M extends ApiMethod>(method: M, args: ApiArgs[M]) => Promise<ApiResults[M]>;
export type ApiSubscribe = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

export const API_METHODS = Object.keys(argumentSchemas) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(argumentSchemas, name);
}
