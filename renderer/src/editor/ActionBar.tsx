// The editor's actions on one line: the everyday ones as buttons, the rest in menus. Each names its key from
// the keymap in force.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Menu } from '../components/Menu';
import type { Keymap } from './keymap';
import { keyLabel, type EditorAction } from './shortcuts';

const MAIN: EditorAction[][] = [['confirm', 'reject'], ['edit', 'annotate']];
const ALIGN: EditorAction[] = ['confirmThrough', 'moveUp', 'moveDown', 'mergeNext', 'split', 'detach', 'realign', 'splitSentence', 'joinSentence'];
const GO: EditorAction[] = ['nextUnconfirmed', 'nextNonOneToOne', 'nextLowConfidence', 'nextFinding'];
const HISTORY: EditorAction[] = ['undo', 'redo'];

export interface ActionBarProps {
  keymap: Keymap;
  /** `pointer`: chosen with the mouse, so the keyboard focus can go back to the grid. */
  onRun: (action: EditorAction, pointer: boolean) => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Menus and buttons of the view (filter, display, panels), placed after the actions. */
  children?: ReactNode;
}

export function ActionBar({ keymap, onRun, canUndo, canRedo, children }: ActionBarProps) {
  const { t } = useTranslation();
  const key = (action: EditorAction) => keymap[action][0];
  const button = (action: EditorAction, inMenu = false) => {
    const k = key(action);
    // aria-disabled rather than disabled: a disabled button drops keyboard focus to the page body.
    const unavailable = (action === 'undo' && !canUndo) || (action === 'redo' && !canRedo);
    return (
      <button
        key={action}
        type="button"
        data-action={action}
        aria-disabled={unavailable || undefined}
        title={k ? `${t(`action.${action}`)} (${keyLabel(k)})` : t(`action.${action}`)}
        aria-keyshortcuts={k?.replace('Ctrl', 'Control')}
        onClick={(e) => !unavailable && onRun(action, e.detail > 0)}
      >
        {inMenu ? t(`action.${action}`) : t(`actionShort.${action}`)}
        {inMenu && k && <kbd>{keyLabel(k)}</kbd>}
      </button>
    );
  };
  return (
    <div className="action-bar" role="toolbar" aria-label={t('editor.toolbar')}>
      {MAIN.map((group, g) => (
        <div className="action-group" key={g}>
          {group.map((a) => button(a))}
        </div>
      ))}
      <Menu label={t('menu.align')} className="action-menu">
        {ALIGN.map((a) => button(a, true))}
      </Menu>
      <Menu label={t('menu.go')} className="action-menu">
        {GO.map((a) => button(a, true))}
      </Menu>
      <div className="action-group">{HISTORY.map((a) => button(a))}</div>
      {children}
    </div>
  );
}
