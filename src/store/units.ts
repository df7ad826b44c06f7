// Corpus units in the project: importing units read from TMX/XLIFF/TSV/JSONL, and reading every link back as
// the raw material of a unit. An imported unit becomes one link of one source and one target sentence; its
// machine text is the sentence's text and its fixed text an edit, so the editor, undo and the review see
// imported units like any other row, and `unit_links` keeps what the file said so a re-export is identical.
import type { LinkOrigin, LinkState, MqmSeverity, Role } from '../model';
import type { AlignedUnit } from '../formats/units';
import type { SqlDatabase } from './driver';
import { act } from './act';
import { StoreError } from './errors';
import { POSITION_GAP } from './importer';
import { CURRENT_TEXT, linkDocumentId } from './reader';
import type { Side } from './types';

export interface UnitImportOptions {
  /** Identifies the input file; a file already imported is skipped. */
  contentHash: string;
  source?: string;
}

export interface UnitImportResult {
  skipped: boolean;
  documentIds: number[];
  linkCount: number;
}

/** One sentence of a link as export needs it: current and machine text, and its annotations. */
export interface UnitRowSentence {
  id: number;
  side: Side;
  text: string;
  machineText: string;
  /** Has at least one edit (a fix, or a fix that was reverted). */
  edited: boolean;
  role: Role;
  lang: string | null;
  annotations: Array<{ start: number; end: number; category: string; severity: MqmSeverity; comment: string }>;
}

export interface UnitRow {
  linkId: number;
  /** 0-based row index in its document. */
  index: number;
  state: LinkState;
  origin: LinkOrigin;
  score: number | null;
  /** In reading order. */
  sentences: UnitRowSentence[];
  /** What the corpus file said about an imported link; null for links of pages. */
  external: { id: string; docId: string; file: string; role: Role | null; sourceLang: string; targetLang: string } | null;
}

const NO_META = JSON.stringify({ title: null, publisher: null, date: null, author: null, sourceUrl: null, slugHeadline: null });

/** Consecutive units with the same docId form one document, so the order of the file is kept on export. */
function runsByDoc(units: readonly AlignedUnit[]): AlignedUnit[][] {
  const runs: AlignedUnit[][] = [];
  for (const u of units) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.docId === u.docId) last.push(u);
    else runs.push([u]);
  }
  return runs;
}

/** A TMX or XLIFF names no file of its own: its documents are then listed under the imported file's name. */
const fileNameOf = (source: string | undefined): string => (source ?? '').split(/[\\/]/).pop() ?? '';

export function importUnits(db: SqlDatabase, units: readonly AlignedUnit[], options: UnitImportOptions): UnitImportResult {
  if (typeof options?.contentHash !== 'string' || options.contentHash === '') throw new StoreError('bad_request', 'importUnits: options.contentHash is required so a file imported twice is skipped.');
  if (!Array.isArray(units) || units.length === 0) throw new StoreError('bad_request', 'The corpus file holds no units to import.');
  const { outcome } = act(db, 'import_units', (recorder): { documentId: number | null; result: UnitImportResult } => {
    const existing = db.prepare("SELECT id FROM documents WHERE content_hash = ? AND kind = 'page'").get<{ id: number }>(`${options.contentHash}#1`);
    if (existing) return { documentId: null, result: { skipped: true, documentIds: [], linkCount: 0 } };
    const now = new Date().toISOString();
    const documentIds: number[] = [];
    runsByDoc(units).forEach((run, r) => {
      const first = run[0]!;
      const documentId = recorder.insertBulk(
        'documents',
        ['kind', 'pair_id', 'file', 'content_hash', 'source', 'lang_translation', 'lang_original', 'title', 'publisher', 'date', 'meta', 'text', 'imported_at'],
        ['page', null, first.file || fileNameOf(options.source), `${options.contentHash}#${r + 1}`, options.source ?? null, first.target.lang, first.source.lang, null, null, null, NO_META, '', now],
      );
      documentIds.push(documentId);
      let ord = 0;
      run.forEach((u, i) => {
        const linkId = recorder.insertBulk('links', ['document_id', 'position', 'origin', 'state', 'score'], [documentId, (i + 1) * POSITION_GAP, u.origin, u.state, u.score]);
        recorder.insertBulk('unit_links', ['link_id', 'external_id', 'doc_id', 'file', 'role', 'source_lang', 'target_lang'], [linkId, u.id, u.docId, u.file, u.role, u.source.lang, u.target.lang]);
        if (u.esa !== undefined) recorder.insertBulk('esa_scores', ['link_id', 'score', 'at'], [linkId, u.esa, now]);
        const notes = (side: 'source' | 'target') => u.annotations.filter((a) => a.side === side);
        // An empty side gets no sentence, unless it carries annotations or a fix; a unit keeps at least one.
        const wantSource = u.source.text !== '' || notes('source').length > 0;
        const wantTarget = u.target.text !== '' || notes('target').length > 0 || u.machineTarget !== null || !wantSource;
        for (const side of ['source', 'target'] as const) {
          if (!(side === 'source' ? wantSource : wantTarget)) continue;
          const storedSide: Side = side === 'source' ? 'original' : 'translation';
          const text = side === 'target' && u.machineTarget !== null ? u.machineTarget : u[side].text;
          const blockId = recorder.insertBulk('blocks', ['document_id', 'key', 'role', 'lang', 'text', 'line', 'start_offset', 'end_offset'],
            [documentId, `u${i + 1}${side[0]}`, u.role ?? 'body', u[side].lang, text, i + 1, 0, text.length]);
          ord++;
          const sentenceId = recorder.insertBulk('sentences', ['document_id', 'block_id', 'key', 'side', 'lang', 'text', 'start_offset', 'end_offset', 'ord'],
            [documentId, blockId, `s${ord}`, storedSide, u[side].lang, text, 0, text.length, ord * POSITION_GAP]);
          recorder.insertBulk('link_sentences', ['link_id', 'sentence_id', 'side'], [linkId, sentenceId, storedSide]);
          if (side === 'target' && u.machineTarget !== null) {
            recorder.insertBulk('edits', ['sentence_id', 'original_text', 'fixed_text', 'at'], [sentenceId, u.machineTarget, u.target.text, now]);
          }
          for (const a of notes(side)) {
            recorder.insertBulk('annotations', ['sentence_id', 'start_offset', 'end_offset', 'category', 'severity', 'comment', 'at', 'updated_at'],
              [sentenceId, a.start, a.end, a.category, a.severity, a.comment, now, null]);
          }
        }
      });
    });
    return { documentId: documentIds[0] ?? null, result: { skipped: false, documentIds, linkCount: units.length } };
  });
  return outcome.result;
}

interface JoinedRow {
  link_id: number;
  origin: LinkOrigin;
  state: LinkState;
  score: number | null;
  sentence_id: number;
  side: Side;
  machine: string;
  current: string;
  edited: number;
  role: Role;
  lang: string | null;
  external_id: string | null;
  doc_id: string | null;
  file: string | null;
  unit_role: Role | null;
  source_lang: string | null;
  target_lang: string | null;
}

/**
 * Every link of a document with its sentences and annotations, in row order: two queries, whatever the size. With
 * `only`, just those links of it (for a reader that keeps the rest): their `index` then counts the rows returned.
 */
export function unitRows(db: SqlDatabase, documentId: number, only?: readonly number[]): UnitRow[] {
  const id = linkDocumentId(db, documentId);
  const some = only === undefined ? '' : ' AND l.id IN (SELECT value FROM json_each(?))';
  const args = only === undefined ? [id] : [id, JSON.stringify(only)];
  const annotations = new Map<number, UnitRowSentence['annotations']>();
  for (const a of db
    .prepare(
      `SELECT a.sentence_id, a.start_offset, a.end_offset, a.category, a.severity, a.comment FROM links l JOIN link_sentences ls ON ls.link_id = l.id
       JOIN annotations a ON a.sentence_id = ls.sentence_id WHERE l.document_id = ?${some} ORDER BY a.sentence_id, a.start_offset, a.id`,
    )
    .iterate<{ sentence_id: number; start_offset: number; end_offset: number; category: string; severity: MqmSeverity; comment: string }>(...args)) {
    const list = annotations.get(a.sentence_id) ?? [];
    list.push({ start: a.start_offset, end: a.end_offset, category: a.category, severity: a.severity, comment: a.comment });
    annotations.set(a.sentence_id, list);
  }
  const rows: UnitRow[] = [];
  let current = null as UnitRow | null;
  for (const r of db
    .prepare(
      `SELECT l.id AS link_id, l.origin, l.state, l.score, s.id AS sentence_id, ls.side, s.text AS machine, ${CURRENT_TEXT} AS current,
              EXISTS (SELECT 1 FROM edits e WHERE e.sentence_id = s.id) AS edited, b.role, s.lang,
              u.external_id, u.doc_id, u.file, u.role AS unit_role, u.source_lang, u.target_lang
       FROM links l JOIN link_sentences ls ON ls.link_id = l.id JOIN sentences s ON s.id = ls.sentence_id JOIN blocks b ON b.id = s.block_id
       LEFT JOIN unit_links u ON u.link_id = l.id
       WHERE l.document_id = ?${some} ORDER BY l.position, s.document_id, s.ord`,
    )
    .iterate<JoinedRow>(...args)) {
    if (current?.linkId !== r.link_id) {
      current = {
        linkId: r.link_id,
        index: rows.length,
        state: r.state,
        origin: r.origin,
        score: r.score,
        sentences: [],
        external:
          r.external_id === null
            ? null
            : { id: r.external_id, docId: r.doc_id ?? '', file: r.file ?? '', role: r.unit_role, sourceLang: r.source_lang ?? 'und', targetLang: r.target_lang ?? 'und' },
      };
      rows.push(current);
    }
    current.sentences.push({ id: r.sentence_id, side: r.side, text: r.current, machineText: r.machine, edited: r.edited === 1, role: r.role, lang: r.lang, annotations: annotations.get(r.sentence_id) ?? [] });
  }
  return rows;
}
