// The named shapes API results are made of, as the UI reads them.
import type { DocumentMeta, LinkState, MqmSeverity } from '../model';
import type { ChangeResult, DocumentSummary, HistoryStatus, LinkRow } from '../store';

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

export interface MqmTaxonomy {
  categories: Array<{ id: string; parent: string | null }>;
  severities: Array<{ id: MqmSeverity; weight: number }>;
}
