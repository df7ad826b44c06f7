// The model of the property test (property.test.ts): what a person can observe of a project, kept as plain data
// and changed by the rules in propertyRules.ts, independently of the store's tables and SQL. `render` turns it
// into the same shape `observeReal` (propertyDriver.ts) reads back through the API, so the two can be compared.
import type { HistoryStatus } from '../../src/api/contract';
import type { LinkState } from '../../src/model';

export type Side = 'translation' | 'original';

export interface MSentence {
  id: number;
  /** The page it belongs to: for a pair, the source page or the translation page. */
  doc: number;
  key: string;
  side: Side;
  /** The machine text (changes only with sentence boundaries). */
  text: string;
  /** What the person sees: the latest edit, else the machine text. */
  current: string;
  role: string;
  lang: string | null;
  block: number;
  /** Offsets in the document text; a join puts a space between two sentences only where the page had a gap. */
  start: number;
  end: number;
}

export interface MRow {
  /** Null for a row an action has just created: its id is learnt from the project after the step. */
  linkId: number | null;
  state: LinkState;
  origin: string;
  score: number | null;
  sentences: number[];
}

export interface MAnnotation {
  id: number;
  sentenceId: number;
  start: number;
  end: number;
  category: string;
  severity: string;
  comment: string;
}

export interface MDoc {
  /** For a pair, the translation page: the one corpus.list shows and whose rows hold both pages' sentences. */
  id: number;
  pair: boolean;
  file: string;
  title: string | null;
  /** The imported bytes (base64; a pair's two files joined): the same bytes again are a duplicate. */
  content: string;
  /** The translation language (a written translation of a leftover gets it). */
  translationLang: string;
  /** Each page's text by its id. */
  texts: Record<number, string>;
  /** Sentence ids in reading order (both sides of a page share one order; a pair's source page comes first). */
  order: number[];
  sentences: Record<number, MSentence>;
  rows: MRow[];
  annotations: MAnnotation[];
}

export interface MState {
  docs: MDoc[];
}

export interface HistoryEntry {
  state: MState;
  action: string;
}

/** The project as modelled: the current state and the undo and redo stacks of whole states. */
export interface Model {
  state: MState;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const clone = <T>(value: T): T => structuredClone(value);

// The observable shape, shared with the driver.

export interface OSentence {
  id: number;
  documentId: number;
  key: string;
  text: string;
  originalText: string;
  edited: boolean;
  role: string;
  lang: string | null;
  annotations: number;
}

export interface ORow {
  linkId: number;
  state: string;
  origin: string;
  score: number | null;
  annotations: number;
  translation: OSentence[];
  original: OSentence[];
}

export interface OAnnotation {
  id: number;
  sentenceId: number;
  side: string;
  linkId: number;
  start: number;
  end: number;
  category: string;
  severity: string;
  comment: string;
  quote: string;
}

export interface ODocument {
  id: number;
  kind: string;
  file: string;
  title: string | null;
  preview: string | null;
  links: Record<LinkState | 'total', number>;
  rows: ORow[];
  annotations: OAnnotation[];
}

export interface Observed {
  documents: ODocument[];
  history: HistoryStatus;
}

/** The sentences of a row in reading order. */
export function rowSentences(doc: MDoc, row: MRow): MSentence[] {
  const rank = new Map(doc.order.map((id, i) => [id, i]));
  return [...row.sentences].sort((a, b) => rank.get(a)! - rank.get(b)!).map((id) => doc.sentences[id]!);
}

export function rowOf(doc: MDoc, sentenceId: number): number {
  return doc.rows.findIndex((r) => r.sentences.includes(sentenceId));
}

function renderDoc(doc: MDoc): ODocument {
  const counts = (sentenceId: number) => doc.annotations.filter((a) => a.sentenceId === sentenceId).length;
  // A new row's id is not known yet: -1 stands for "any", resolved against the project in `adoptLinkIds`.
  const rows: ORow[] = doc.rows.map((row) => {
    const sentences = rowSentences(doc, row).map((s) => ({
      side: s.side,
      o: { id: s.id, documentId: s.doc, key: s.key, text: s.current, originalText: s.text, edited: s.current !== s.text, role: s.role, lang: s.lang, annotations: counts(s.id) },
    }));
    return {
      linkId: row.linkId ?? -1,
      state: row.state,
      origin: row.origin,
      score: row.score,
      annotations: sentences.reduce((n, s) => n + s.o.annotations, 0),
      translation: sentences.filter((s) => s.side === 'translation').map((s) => s.o),
      original: sentences.filter((s) => s.side === 'original').map((s) => s.o),
    };
  });
  const annotations: OAnnotation[] = [];
  doc.rows.forEach((row, r) => {
    for (const s of rowSentences(doc, row)) {
      const own = doc.annotations.filter((a) => a.sentenceId === s.id).sort((a, b) => a.start - b.start || a.id - b.id);
      for (const a of own) annotations.push({ ...a, side: s.side, linkId: rows[r]!.linkId, quote: s.current.slice(a.start, a.end) });
    }
  });
  const links = { proposed: 0, confirmed: 0, rejected: 0, total: doc.rows.length };
  for (const row of doc.rows) links[row.state]++;
  // The corpus list names a page without a title by its first body or caption sentence among the first 20 rows.
  const first = doc.rows
    .slice(0, 20)
    .flatMap((row) => rowSentences(doc, row).filter((s) => s.side === 'translation'))
    .find((s) => s.role === 'body' || s.role === 'caption');
  return { id: doc.id, kind: doc.pair ? 'pair_translation' : 'page', file: doc.file, title: doc.title, preview: doc.title ?? first?.current.slice(0, 140) ?? null, links, rows, annotations };
}

export function render(model: Model): Observed {
  return {
    documents: [...model.state.docs].sort((a, b) => a.id - b.id).map(renderDoc),
    history: {
      canUndo: model.past.length > 0,
      canRedo: model.future.length > 0,
      undoAction: model.past[model.past.length - 1]?.action ?? null,
      redoAction: model.future[model.future.length - 1]?.action ?? null,
    },
  };
}

/**
 * Fills the ids of rows the model created in the last step from what the project shows at the same place, so
 * the comparison can be exact. Only called after the structures were compared equal apart from those ids.
 */
export function adoptLinkIds(model: Model, observed: Observed): void {
  for (const doc of model.state.docs) {
    const seen = observed.documents.find((d) => d.id === doc.id);
    doc.rows.forEach((row, i) => {
      if (row.linkId === null) row.linkId = seen?.rows[i]?.linkId ?? null;
    });
  }
}

/**
 * In a pair's row, annotation.list orders annotations by each page's own reading-position numbers, which do not
 * compare across the two pages; there the test compares them in the order of the row's sentences as listed.
 */
export function pairAnnotationsInRowOrder(observed: Observed): Observed {
  const out = clone(observed);
  for (const doc of out.documents) {
    if (doc.kind !== 'pair_translation') continue;
    const place = new Map<number, number>();
    let n = 0;
    for (const row of doc.rows) for (const s of [...row.translation, ...row.original]) place.set(s.id, n++);
    doc.annotations.sort((a, b) => place.get(a.sentenceId)! - place.get(b.sentenceId)! || a.start - b.start || a.id - b.id);
  }
  return out;
}

/** The observed shape with the ids of just-created rows replaced by -1, as the model renders them. */
export function maskNewLinkIds(observed: Observed, expected: Observed): Observed {
  const masked = clone(observed);
  for (const doc of masked.documents) {
    const want = expected.documents.find((d) => d.id === doc.id);
    if (!want) continue;
    const unknown = new Set<number>();
    doc.rows.forEach((row, i) => {
      if (want.rows[i]?.linkId === -1) {
        unknown.add(row.linkId);
        row.linkId = -1;
      }
    });
    for (const a of doc.annotations) if (unknown.has(a.linkId)) a.linkId = -1;
  }
  return masked;
}
