// The workbench API as its callers see it, derived from the one table of declarations (methods/): every method
// is `area.verb`, takes one argument object (validated at run time by its schema) and returns what its handler
// returns. Both transports (Electron IPC and HTTP) and the renderer's client are typed against ApiSend.
import type { z } from 'zod';
import type { ApiEventName, ApiEvents } from './events';
import { METHODS, type Methods } from './methods';

export type ApiMethod = keyof Methods;
export type ApiArgs = { [M in ApiMethod]: z.input<Methods[M]['args']> };
export type ApiParsedArgs = { [M in ApiMethod]: z.output<Methods[M]['args']> };
export type ApiResults = { [M in ApiMethod]: Awaited<ReturnType<Methods[M]['handle']>> };

export type ApiSend = <M extends ApiMethod>(method: M, args: ApiArgs[M]) => Promise<ApiResults[M]>;
export type ApiSubscribe = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => () => void;

export const API_METHODS = Object.keys(METHODS) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}

// The shapes results are made of, for the UI.
export type { ApiEventName, ApiEvents } from './events';
export type { ActionResult, AppInfo, CorpusEntry, DocumentView, GridRow, LinkPage, MqmTaxonomy } from './types';
export type { ChangeResult, HistoryStatus, LinkRow, LinkSentence, SearchHit, Side, StoredAnnotation } from '../store';
export type { ImportSummary } from '../services/importing';
export type { ImportPreview, PreviewDocument } from '../services/importPreview';
export { EXPORT_FORMATS, type ExportDownload, type ExportFormat, type ExportSummary } from '../services/exporting';
export type { ReviewFinding, ReviewFindings, ReviewPage, ReviewReport, ReviewRow } from '../services/review';
export type { EsaFigures, EsaReviewReport } from '../services/esaReport';
export type { EsaScore } from '../store';
export { IMPORT_FORMATS } from '../services/unitImportFormats';
export type { UnitImportSummary } from '../services/unitImport';
