import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type EditorAction } from './shortcuts';

const GROUPS: EditorAction[][] = [
  ['confirm', 'confirmThrough', 'reject'],
  ['moveUp', 'moveDown', 'mergeNext', 'split', 'detach', 'realign'],
  ['splitSentence', 'joinSentence'],
  ['edit', 'annotate'],
  ['nextUnconfirmed', 'nextNonOneToOne', 'nextLowConfidence', 'nextFinding'],
  ['undo', 'redo', 'search', 'help'],
];
const KEYS = new Map(SHORTCUTS.map((s) => [s.action, s.keys[0]]));

export function ActionBar({ onRun, canUndo, canRedo, busy }: { onRun: (action: EditorAction) => void; canUndo: boolean; canRedo: boolean; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="action-bar" role="toolbar" aria-label={t('editor.toolbar')}>
      {GROUPS.map((group, g) => (
        <div className="action-group" key={g}>
          {group.map((action) => (
            <button
              key={action}
              type="button"
              data-action={action}
              disabled={busy || (action === 'undo' && !canUndo) || (action === 'redo' && !canRedo)}
              title={`${t(`action.${action}`)} (${KEYS.get(action)})`}
              aria-keyshortcuts={KEYS.get(action)?.replace('Ctrl', 'Control')}
              onClick={() => onRun(action)}
            >
              {t(`actionShort.${action}`)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
