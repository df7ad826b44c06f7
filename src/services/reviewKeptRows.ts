// The rows the review worker keeps between runs, brought up to date from the history: an action that changes text,
// annotations or states of existing links (an edit, a split sentence, a confirm) re-reads only those links' rows;
// anything else (a realignment, an import, a swap) drops the rows of the document it names and reads it again.
import type { Project, StoredDocument, UnitRow } from '../store';
import { changesSince, linkCount } from '../store/changedLinks';
import type { SqlDatabase } from '../store/driver';
import { linkDocumentId } from '../store/reader';
import { unitRows } from '../store/units';

/** Actions that change no rows: the review reads the ignore list afresh every run. */
const ROWLESS_ACTIONS = new Set(['ignore_findings', 'unignore_findings', 'esa_score']);
/** Actions confined to the rows of the links they touched: no link added, removed or moved. */
const ROW_ACTIONS = new Set([
  'edit_sentence', 'revert_sentence', 'split_sentence', 'join_sentences', 'add_translation',
  'add_annotation', 'update_annotation', 'delete_annotation',
  'link_proposed', 'link_confirmed', 'link_rejected', 'confirm_through',
]);
/** More history entries than this since the last run: reload everything rather than read them all. */
const MAX_ENTRIES = 10_000;

export class KeptRows {
  private path: string | null = null;
  private at = -1;
  private readonly rows = new Map<number, UnitRow[]>();
  /** Where each kept row is in its document's list, by link id. */
  private readonly places = new Map<number, Map<number, number>>();
  private readonly documents = new Map<number, StoredDocument>();
  /** Rows read from the file by the last `update` (patched ones) and by the last view (whole documents). */
  rowsRead = 0;

  /** Whether the kept rows were all dropped (another file, history rewound, too much changed). */
  update(project: Project, db: SqlDatabase, path: string, at: number): boolean {
    this.rowsRead = 0;
    const reset = this.path !== path || at < this.at || at - this.at > MAX_ENTRIES;
    if (reset) this.clear();
    else if (at > this.at) this.catchUp(project, db);
    this.path = path;
    this.at = at;
    return reset;
  }

  private clear(): void {
    this.rows.clear();
    this.places.clear();
    this.documents.clear();
  }

  private catchUp(project: Project, db: SqlDatabase): void {
    const touched = new Set<number>();
    const changedLinks = new Set<number>();
    for (const change of changesSince(db, this.at)) {
      if (ROWLESS_ACTIONS.has(change.action)) continue;
      if (change.documentId === null) return this.clear();
      if (ROW_ACTIONS.has(change.action)) for (const id of change.linkIds) changedLinks.add(id);
      else touched.add(change.documentId);
    }
    // A pair is two documents whose rows are read through the translation page: a change to either names one.
    for (const d of project.listDocuments()) if (touched.has(d.id) || (d.sourceDocument && touched.has(d.sourceDocument.id))) this.forget(d.id);
    for (const id of touched) this.forget(id);
    if (changedLinks.size > 0) for (const documentId of [...this.rows.keys()]) this.patch(db, documentId, changedLinks);
  }

  /** Re-reads the changed links of one kept document in place; drops the document when its links are not the same. */
  private patch(db: SqlDatabase, documentId: number, changedLinks: ReadonlySet<number>): void {
    const kept = this.rows.get(documentId)!;
    const places = this.placesOf(documentId, kept);
    const mine = [...changedLinks].filter((id) => places.has(id));
    if (mine.length === 0) return;
    this.documents.delete(documentId);
    if (linkCount(db, linkDocumentId(db, documentId)) !== kept.length) return this.forget(documentId);
    const fresh = unitRows(db, documentId, mine);
    this.rowsRead += fresh.length;
    if (fresh.length !== mine.length) return this.forget(documentId);
    for (const row of fresh) {
      const index = places.get(row.linkId)!;
      kept[index] = { ...row, index: kept[index]!.index };
    }
  }

  private placesOf(documentId: number, kept: readonly UnitRow[]): Map<number, number> {
    let places = this.places.get(documentId);
    if (!places) this.places.set(documentId, (places = new Map(kept.map((r, i) => [r.linkId, i]))));
    return places;
  }

  private forget(documentId: number): void {
    this.rows.delete(documentId);
    this.places.delete(documentId);
    this.documents.delete(documentId);
  }

  /** The project with its per-document reads answered from what was kept; every other call goes to the file. */
  view(project: Project, onRows: (fresh: boolean) => void): Project {
    const { rows, documents } = this;
    const counted = (n: number): void => {
      this.rowsRead += n;
    };
    return new Proxy(project, {
      get(target, prop) {
        if (prop === 'unitRows') {
          return (id: number): UnitRow[] => {
            let kept = rows.get(id);
            onRows(kept === undefined);
            if (!kept) {
              rows.set(id, (kept = target.unitRows(id)));
              counted(kept.length);
            }
            return kept;
          };
        }
        if (prop === 'getDocument') {
          return (id: number): StoredDocument => {
            let kept = documents.get(id);
            if (!kept) documents.set(id, (kept = target.getDocument(id)));
            return kept;
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}
