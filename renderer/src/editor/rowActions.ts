// The actions on the cursor row and sentence that map straight to one API call (moving, merging, editing,
// annotating) or open the row's own mode for it (splitting). Kept apart from the editor's state so each file holds one concern.
import type { ApiArgs, ApiMethod, ApiResults, DocumentView, LinkSentence } from '../../../src/api/contract';
import type { LinkRows } from '../grid/useLinkRows';
import type { EditorAction } from './shortcuts';
import { canSplit } from './splitChoice';
import type { Cursor, Editor, Side } from './useEditor';

export interface RowActionContext {
  view: DocumentView;
  rows: LinkRows;
  cursor: Cursor;
  setCursor(cursor: Cursor): void;
  call<M extends ApiMethod>(method: M, args: ApiArgs[M]): Promise<ApiResults[M] | null>;
  setEditing(id: number | null): void;
  setAnnotating(value: Editor['annotating']): void;
  /** Opens split mode on a row (by link id), where the place to split is chosen on each side. */
  setSplitting(linkId: number): void;
  /** Shows a hint (an i18n key). */
  say(key: string): void;
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

export async function runRowAction(action: EditorAction, ctx: RowActionContext): Promise<void> {
  const { rows, cursor, setCursor, call } = ctx;
  const row = rows.row(cursor.index);
  const list = row ? (row[cursor.side].length ? row[cursor.side] : row[cursor.side === 'translation' ? 'original' : 'translation']) : [];
  const sentence = list[Math.min(cursor.sentence, list.length - 1)];
  const next = rows.row(cursor.index + 1);
  switch (action) {
    case 'sideToggle':
      return setCursor({ ...cursor, side: cursor.side === 'translation' ? 'original' : 'translation', sentence: 0 });
    case 'sentencePrev':
      return setCursor({ ...cursor, sentence: Math.max(0, cursor.sentence - 1) });
    case 'sentenceNext':
      return setCursor({ ...cursor, sentence: Math.min((row?.[cursor.side].length ?? 1) - 1, cursor.sentence + 1) });
    case 'confirmThrough':
      return void (row && (await call('links.confirmThrough', { linkId: row.id })));
    case 'moveUp':
    case 'moveDown':
      if (!sentence) return;
      if (await call('links.moveSentence', { sentenceId: sentence.id, direction: action === 'moveUp' ? 'up' : 'down' }))
        setCursor({ ...cursor, index: cursor.index + (action === 'moveUp' ? -1 : 1), sentence: 0 });
      return;
    case 'mergeNext':
      return void (row && next && (await call('links.merge', { linkIds: [row.id, next.id] })));
    case 'split':
      // The place on each side is chosen in the row itself (split mode, see SplitCells).
      if (!row) return;
      if (!canSplit({ translation: row.translation.length, original: row.original.length })) return ctx.say('splitRow.nothingToSplit');
      return ctx.setSplitting(row.id);
    case 'detach':
      return void (sentence && (await call('links.detach', { sentenceId: sentence.id })));
    case 'realign':
      return void (await call('links.realign', { documentId: ctx.view.id }));
    case 'splitSentence': {
      const at = sentence && selectionIn(sentence, true);
      if (!sentence || !at || at.start <= 0 || at.start >= sentence.text.length) return ctx.say('editor.caretNeeded');
      return void (await call('sentence.split', { sentenceId: sentence.id, offset: at.start }));
    }
    case 'joinSentence': {
      const side = row?.translation.some((s) => s.id === sentence?.id) ? row.translation : row?.original;
      const following = side?.[side.findIndex((s) => s.id === sentence?.id) + 1];
      if (!sentence || !following) return ctx.say('editor.nothingToJoin');
      return void (await call('sentence.join', { firstId: sentence.id, secondId: following.id }));
    }
    case 'edit':
      // A row with only the original (a leftover never translated): write its translation.
      if (row && row.translation.length === 0 && row.original.length > 0) return ctx.setEditing(-row.id);
      return sentence && ctx.setEditing(sentence.id);
    case 'annotate': {
      if (!sentence) return;
      const span = selectionIn(sentence) ?? { start: 0, end: sentence.text.length };
      const side: Side = row?.translation.some((s) => s.id === sentence.id) ? 'translation' : 'original';
      return ctx.setAnnotating({ sentence, side, ...span });
    }
    default:
      return;
  }
}
