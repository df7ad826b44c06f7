// The named shapes API results are made of, as the UI reads them.
import type { DocumentMeta, LinkState, MqmSeverity } from '../model';
import type { ChangeResult, DocumentSummary, HistoryStatus, LinkRow } from '../store';
import type { ReviewFreshness } from '../services/reviewJobs';
import type { BandThresholds, ConfidenceBand, LinkShape } from '../store/rowFilter';

export type { BandThresholds, ConfidenceBand, LinkShape, ReviewFreshness };

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

/** With a filter, `total` counts the rows it keeps, `offset` is among them, and each row keeps its document `index`. */
export interface LinkPage {
  total: number;
  offset: number;
  rows: GridRow[];
  /** With `withFindings`: whether the kept review those findings come from is older than the project (a newer one is coming). */
  findings?: ReviewFreshness;
}

/** The rows a view shows (links.list, links.next): an empty or missing list means "any". */
export interface RowFilter {
  states?: LinkState[];
  shapes?: LinkShape[];
  bands?: ConfidenceBand[];
  /** Only rows with a QA finding that is not ignored, from the newest kept review (not a fresh run). */
  withFindings?: boolean;
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
