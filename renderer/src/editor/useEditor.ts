// The editor's state (which row and sentence the cursor is on, which rows are picked, what is being edited)
// and its actions, each one API call followed by a refresh of what it changed. Row numbers here are places in
// the grid as shown (a filter may hide rows); `row.index` is the row's place in the document.
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionResult, ApiArgs, ApiMethod, ApiResults, DocumentView, GridRow, HistoryStatus, LinkSentence, Side } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import type { LinkRows } from '../grid/useLinkRows';
import { locateLink } from './locateLink';
import { NO_SELECTION, clickRow, extendTo, nextStates, pickedRows, toggleRow, type RowSelection } from './selection';
import type { EditorAction } from './shortcuts';
import { runRowAction } from './rowActions';

export type { Side } from '../../../src/api/contract';
type LinkState = GridRow['state'];
export interface Cursor {
  index: number;
  side: Side;
  sentence: number;
}

export interface Editor {
  cursor: Cursor;
  setCursor(cursor: Cursor): void;
  selection: RowSelection;
  /** A click on a row: plain moves the cursor, Shift picks a range, Ctrl one more row. */
  pick(index: number, side: Side, sentence: number, modifiers: { shift: boolean; ctrl: boolean }): void;
  clearSelection(): void;
  editing: number | null;
  setEditing(sentenceId: number | null): void;
  annotating: { sentence: LinkSentence; side: Side; start: number; end: number } | null;
  setAnnotating(value: Editor['annotating']): void;
  /** The row (link id) in split mode, where a person picks the place to split on each side. */
  splitting: number | null;
  setSplitting(linkId: number | null): void;
  message: { kind: 'error' | 'info'; text: string } | null;
  history: HistoryStatus | null;
  /** The grid place of the row an undo or redo just changed, to flash it. */
  flash: number | null;
  /** The state a rejected row had before it was rejected here. */
  stateBefore(linkId: number): LinkState | undefined;
  run(action: EditorAction): Promise<void>;
  call<M extends ApiMethod>(method: M, args: ApiArgs[M]): Promise<ApiResults[M] | null>;
  saving: boolean;
  /** When the last change was acknowledged (and so is on disk), or null before any. */
  savedAt: Date | null;
  failed: boolean;
}

export interface EditorOptions {
  onOpenPanel(panel: 'search' | 'help'): void;
  onOpenDocument(documentId: number, rowIndex: number): void;
  /** Document rows with QA findings, in order. */
  findingRows: readonly number[];
}

export function useEditor(view: DocumentView, rows: LinkRows, options: EditorOptions): Editor {
  const api = useApi();
  const { t } = useTranslation();
  const { bump } = useChanges();
  const [cursor, setCursorState] = useState<Cursor>({ index: 0, side: 'translation', sentence: 0 });
  const [selection, setSelection] = useState<RowSelection>(NO_SELECTION);
  const [editing, setEditing] = useState<number | null>(null);
  const [annotating, setAnnotating] = useState<Editor['annotating']>(null);
  const [splitting, setSplitting] = useState<number | null>(null);
  const [message, setMessage] = useState<Editor['message']>(null);
  const [history, setHistory] = useState<HistoryStatus | null>(null);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [failed, setFailed] = useState(false);
  const [flash, setFlash] = useState<number | null>(null);
  const flashTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const before = useRef(new Map<number, LinkState>());

  const clamp = useCallback((index: number) => Math.max(0, Math.min((rows.total ?? 0) - 1, index)), [rows.total]);
  const setCursor = useCallback((next: Cursor) => setCursorState({ ...next, index: clamp(next.index) }), [clamp]);

  const call = async <M extends ApiMethod>(method: M, args: ApiArgs[M]): Promise<ApiResults[M] | null> => {
    setSaving(true);
    try {
      const result = await api.send(method, args);
      const history = (result as Partial<ActionResult>).history;
      if (history) setHistory(history);
      setMessage(null);
      setFailed(false);
      setSavedAt(new Date());
      rows.refresh();
      bump();
      return result;
    } catch (error) {
      setFailed(true);
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
      return null;
    } finally {
      setSaving(false);
    }
  };

  const picked = (): GridRow[] => pickedRows(selection, cursor.index).flatMap((i) => rows.row(i) ?? []);

  /** Confirm or reject the picked rows; pressed again on rows that all have it, each gets its earlier state back. */
  const setStates = async (target: 'confirmed' | 'rejected') => {
    const targets = picked();
    if (targets.length === 0) return;
    const changes = nextStates<LinkState>(targets, target, (id) => (target === 'rejected' ? (before.current.get(id) ?? 'proposed') : 'proposed'));
    for (const row of targets) if (target === 'rejected' && row.state !== 'rejected') before.current.set(row.id, row.state);
    for (const state of ['proposed', 'confirmed', 'rejected'] as const) {
      const ids = changes.filter((c) => c.state === state).map((c) => c.id);
      if (ids.length && !(await call('links.setState', { linkIds: ids, state }))) return;
    }
    if (targets.length > 1) {
      setMessage({ kind: 'info', text: t(target === 'confirmed' ? 'editor.bulkConfirmed' : 'editor.bulkRejected', { count: targets.length }) });
      setSelection(NO_SELECTION);
    }
  };

  /** Says what an undo or redo changed, and scrolls to and flashes its row (opening its page if another). */
  const announce = async (kind: 'undone' | 'redone', result: ActionResult | null) => {
    const change = result?.change;
    if (!result) return;
    if (!change) return setMessage({ kind: 'info', text: t(kind === 'undone' ? 'editor.nothingToUndo' : 'editor.nothingToRedo') });
    const what = t(`historyAction.${change.action}`, { defaultValue: change.action.replace(/_/g, ' ') });
    const linkId = change.linkIds[0];
    const documentId = change.documentId ?? view.id;
    const index = linkId === undefined ? null : await locateLink(api.send, documentId, linkId);
    setMessage({ kind: 'info', text: index === null ? t(`editor.${kind}`, { action: what }) : t(`editor.${kind}Row`, { action: what, row: index + 1 }) });
    if (index === null) return;
    if (documentId !== view.id) return options.onOpenDocument(documentId, index);
    const place = await rows.placeOf(index);
    setCursor({ index: place, side: cursor.side, sentence: 0 });
    setFlash(place);
    clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlash(null), 1600);
  };

  const jump = async (kind: 'unconfirmed' | 'nonOneToOne' | 'lowConfidence') => {
    const from = rows.row(cursor.index)?.index ?? cursor.index;
    // With a filter the walk stays among the shown rows; `place` is the row's place in the grid.
    const { index, place } = await api.send('links.next', { documentId: view.id, from, kind, ...(rows.filter ? { filter: rows.filter } : {}) });
    if (index === null) setMessage({ kind: 'info', text: t(`editor.noMore.${kind}`) });
    else setCursor({ index: place ?? index, side: cursor.side, sentence: 0 });
  };

  const move = (to: number, extend: boolean) => {
    setSelection(extend ? extendTo(selection, cursor.index, clamp(to)) : NO_SELECTION);
    setCursor({ ...cursor, index: to, sentence: 0 });
  };

  const run = async (action: EditorAction): Promise<void> => {
    // Split mode belongs to one row as it was: any other action (a menu item, an undo from the app menu) leaves it.
    if (action !== 'split') setSplitting(null);
    switch (action) {
      case 'rowUp':
        return move(cursor.index - 1, false);
      case 'rowDown':
        return move(cursor.index + 1, false);
      case 'selectUp':
        return move(cursor.index - 1, true);
      case 'selectDown':
        return move(cursor.index + 1, true);
      case 'toggleSelect':
        return setSelection(toggleRow(selection, cursor.index, cursor.index));
      case 'confirm':
        return setStates('confirmed');
      case 'reject':
        return setStates('rejected');
      case 'nextUnconfirmed':
        return jump('unconfirmed');
      case 'nextNonOneToOne':
        return jump('nonOneToOne');
      case 'nextLowConfidence':
        return jump('lowConfidence');
      case 'nextFinding': {
        const from = rows.row(cursor.index)?.index ?? cursor.index;
        const index = options.findingRows.find((i) => i > from);
        if (index === undefined) return setMessage({ kind: 'info', text: t('editor.noMore.finding') });
        return setCursor({ index: await rows.placeOf(index), side: cursor.side, sentence: 0 });
      }
      case 'undo':
        return announce('undone', await call('history.undo', {}));
      case 'redo':
        return announce('redone', await call('history.redo', {}));
      case 'search':
        return options.onOpenPanel('search');
      case 'help':
        return options.onOpenPanel('help');
      default:
        return runRowAction(action, { view, rows, cursor, setCursor, call, setEditing, setAnnotating, setSplitting, say: (text) => setMessage({ kind: 'info', text: t(text) }) });
    }
  };

  const pick = (index: number, side: Side, sentence: number, modifiers: { shift: boolean; ctrl: boolean }) => {
    setSelection(clickRow(selection, cursor.index, index, modifiers));
    if (index !== cursor.index) setSplitting(null);
    setCursor({ index, side, sentence });
  };

  return {
    cursor,
    setCursor,
    selection,
    pick,
    clearSelection: () => setSelection(NO_SELECTION),
    editing,
    setEditing,
    annotating,
    setAnnotating,
    splitting,
    setSplitting,
    message,
    history,
    flash,
    stateBefore: (id) => before.current.get(id),
    run,
    call,
    saving,
    savedAt,
    failed,
  };
}
