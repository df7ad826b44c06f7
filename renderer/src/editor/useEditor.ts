// The editor's state (which row and sentence the cursor is on, what is being edited) and its actions,
// each one API call followed by a refresh of what it changed.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiArgs, ApiMethod, DocumentView, GridRow, HistoryStatus, LinkSentence } from '../../../src/api/contract';
import { useApi } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import type { LinkRows } from '../grid/useLinkRows';
import type { EditorAction } from './shortcuts';

export type Side = 'translation' | 'original';
export interface Cursor {
  index: number;
  side: Side;
  sentence: number;
}

export interface Editor {
  cursor: Cursor;
  setCursor(cursor: Cursor): void;
  editing: number | null;
  setEditing(sentenceId: number | null): void;
  annotating: { sentence: LinkSentence; side: Side; start: number; end: number } | null;
  setAnnotating(value: Editor['annotating']): void;
  message: { kind: 'error' | 'info'; text: string } | null;
  history: HistoryStatus | null;
  run(action: EditorAction): Promise<void>;
  call<M extends ApiMethod>(method: M, args: ApiArgs[M]): Promise<void>;
  currentRow(): GridRow | undefined;
  currentSentence(): LinkSentence | undefined;
  busy: boolean;
}

/** The text a person has selected (or the caret, when `caret`) inside one sentence, as offsets into its text. */
function selectionIn(sentence: LinkSentence, caret = false): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || (selection.isCollapsed && !caret) || selection.rangeCount === 0) return null;
  const holder = document.querySelector(`[data-sentence="${sentence.id}"] .text`);
  const range = selection.getRangeAt(0);
  if (!holder || !holder.contains(range.startContainer) || !holder.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(holder, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export function useEditor(
  view: DocumentView,
  rows: LinkRows,
  onFocusRow: (index: number) => void,
  onOpenPanel: (panel: 'search' | 'help') => void,
  findingRows: readonly number[],
): Editor {
  const api = useApi();
  const { t } = useTranslation();
  const { bump } = useChanges();
  const [cursor, setCursorState] = useState<Cursor>({ index: 0, side: 'translation', sentence: 0 });
  const [editing, setEditing] = useState<number | null>(null);
  const [annotating, setAnnotating] = useState<Editor['annotating']>(null);
  const [message, setMessage] = useState<Editor['message']>(null);
  const [history, setHistory] = useState<HistoryStatus | null>(null);
  const [busy, setBusy] = useState(false);

  const setCursor = useCallback(
    (next: Cursor) => {
      const total = rows.total ?? 0;
      const index = Math.max(0, Math.min(total - 1, next.index));
      setCursorState({ ...next, index });
      onFocusRow(index);
    },
    [rows.total, onFocusRow],
  );

  const currentRow = () => rows.row(cursor.index);
  const currentSentence = () => {
    const row = currentRow();
    if (!row) return undefined;
    const list = row[cursor.side].length ? row[cursor.side] : row[cursor.side === 'translation' ? 'original' : 'translation'];
    return list[Math.min(cursor.sentence, list.length - 1)];
  };

  const call = async <M extends ApiMethod>(method: M, args: ApiArgs[M]) => {
    setBusy(true);
    try {
      const result = (await api.send(method, args)) as { history?: HistoryStatus; change?: unknown };
      if (result && typeof result === 'object' && 'history' in result && result.history) setHistory(result.history);
      setMessage(null);
      rows.refresh();
      bump();
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const jump = async (kind: 'unconfirmed' | 'nonOneToOne' | 'lowConfidence') => {
    const { index } = await api.send('links.next', { documentId: view.id, from: cursor.index, kind });
    if (index === null) setMessage({ kind: 'info', text: t(`editor.noMore.${kind}`) });
    else setCursor({ index, side: cursor.side, sentence: 0 });
  };

  const run = async (action: EditorAction) => {
    const row = currentRow();
    const sentence = currentSentence();
    const next = rows.row(cursor.index + 1);
    switch (action) {
      case 'rowUp':
        return setCursor({ ...cursor, index: cursor.index - 1, sentence: 0 });
      case 'rowDown':
        return setCursor({ ...cursor, index: cursor.index + 1, sentence: 0 });
      case 'sideToggle':
        return setCursor({ ...cursor, side: cursor.side === 'translation' ? 'original' : 'translation', sentence: 0 });
      case 'sentencePrev':
        return setCursor({ ...cursor, sentence: Math.max(0, cursor.sentence - 1) });
      case 'sentenceNext':
        return setCursor({ ...cursor, sentence: Math.min((row?.[cursor.side].length ?? 1) - 1, cursor.sentence + 1) });
      case 'confirm':
        return row && call('links.setState', { linkIds: [row.id], state: row.state === 'confirmed' ? 'proposed' : 'confirmed' });
      case 'confirmThrough':
        return row && call('links.confirmThrough', { linkId: row.id });
      case 'reject':
        return row && call('links.setState', { linkIds: [row.id], state: row.state === 'rejected' ? 'proposed' : 'rejected' });
      case 'moveUp':
      case 'moveDown':
        if (!sentence) return;
        await call('links.moveSentence', { sentenceId: sentence.id, direction: action === 'moveUp' ? 'up' : 'down' });
        return setCursor({ ...cursor, index: cursor.index + (action === 'moveUp' ? -1 : 1), sentence: 0 });
      case 'mergeNext':
        return row && next && call('links.merge', { linkIds: [row.id, next.id] });
      case 'split': {
        if (!row) return;
        const own = row[cursor.side].length;
        const other = row[cursor.side === 'translation' ? 'original' : 'translation'].length;
        // Split before the cursor sentence; on the first sentence, after it.
        const keep = Math.max(1, Math.min(own - 1, cursor.sentence || 1));
        const keepOther = Math.round((other * keep) / Math.max(1, own));
        const at = cursor.side === 'translation' ? { translation: keep, original: keepOther } : { translation: keepOther, original: keep };
        return call('links.split', { linkId: row.id, ...at });
      }
      case 'detach':
        return sentence && call('links.detach', { sentenceId: sentence.id });
      case 'realign':
        return call('links.realign', { documentId: view.id });
      case 'splitSentence': {
        const at = sentence && selectionIn(sentence, true);
        if (!sentence || !at || at.start <= 0 || at.start >= sentence.text.length) return setMessage({ kind: 'info', text: t('editor.caretNeeded') });
        return call('sentence.split', { sentenceId: sentence.id, offset: at.start });
      }
      case 'joinSentence': {
        const side = row?.translation.some((s) => s.id === sentence?.id) ? row.translation : row?.original;
        const following = side?.[side.findIndex((s) => s.id === sentence?.id) + 1];
        if (!sentence || !following) return setMessage({ kind: 'info', text: t('editor.nothingToJoin') });
        return call('sentence.join', { firstId: sentence.id, secondId: following.id });
      }
      case 'edit':
        // A row with only the original (a leftover never translated): write its translation.
        if (row && row.translation.length === 0 && row.original.length > 0) return setEditing(-row.id);
        return sentence && setEditing(sentence.id);
      case 'annotate': {
        if (!sentence) return;
        const span = selectionIn(sentence) ?? { start: 0, end: sentence.text.length };
        const side: Side = row?.translation.some((s) => s.id === sentence.id) ? 'translation' : 'original';
        return setAnnotating({ sentence, side, ...span });
      }
      case 'nextUnconfirmed':
        return jump('unconfirmed');
      case 'nextNonOneToOne':
        return jump('nonOneToOne');
      case 'nextLowConfidence':
        return jump('lowConfidence');
      case 'nextFinding': {
        const index = findingRows.find((i) => i > cursor.index);
        if (index === undefined) return setMessage({ kind: 'info', text: t('editor.noMore.finding') });
        return setCursor({ index, side: cursor.side, sentence: 0 });
      }
      case 'undo':
        return call('history.undo', {});
      case 'redo':
        return call('history.redo', {});
      case 'search':
        return onOpenPanel('search');
      case 'help':
        return onOpenPanel('help');
    }
  };

  return { cursor, setCursor, editing, setEditing, annotating, setAnnotating, message, history, run, call, currentRow, currentSentence, busy };
}
