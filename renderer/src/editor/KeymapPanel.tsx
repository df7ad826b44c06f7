// Keyboard shortcuts, and where they are changed: each action lists its keys (remove one with its ×), "Add key"
// waits for the next key press and binds it unless another action has it (then says which, and binds nothing),
// "Default" gives the action its original keys back. Stored keymap entries that could not be used are listed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bindKey, conflictsIn, parseKeymap, resetAction, serializeKeymap, unbindKey, type KeymapProblem } from './keymap';
import { EDITOR_ACTIONS, isModifierOnly, keyLabel, keyOf, type EditorAction } from './shortcuts';
import type { KeymapState } from './useKeymap';

function problemText(t: (key: string, values?: Record<string, string>) => string, p: KeymapProblem): string {
  switch (p.kind) {
    case 'syntax':
      return t('keymap.problem.syntax', { detail: p.detail });
    case 'notObject':
      return t('keymap.problem.notObject');
    case 'unknownAction':
      return t('keymap.problem.unknownAction', { action: p.action });
    case 'badKeys':
      return t('keymap.problem.badKeys', { action: t(`action.${p.action}`) });
    case 'conflict':
      return t('keymap.problem.conflict', { key: keyLabel(p.key), actions: p.actions.map((a) => t(`action.${a}`)).join(', ') });
  }
}

export function KeymapPanel({ keymap: state, onClose }: { keymap: KeymapState; onClose: () => void }) {
  const { t } = useTranslation();
  const [capturing, setCapturing] = useState<EditorAction | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const { keymap, overrides, problems, save } = state;
  const conflicts = conflictsIn(keymap);
  const [file, setFile] = useState<string | null>(null);
  const [fileProblems, setFileProblems] = useState<KeymapProblem[]>([]);
  // The keymap file as text: applied whole or not at all, so a mistake never half-changes the keys.
  const applyFile = () => {
    const parsed = parseKeymap(file ?? '');
    setFileProblems(parsed.problems);
    if (parsed.problems.length > 0) return setNotice({ kind: 'error', text: t('keymap.fileRefused') });
    save(parsed.overrides);
    setFile(null);
    setNotice({ kind: 'info', text: t('keymap.fileApplied') });
  };

  const capture = (action: EditorAction, e: React.KeyboardEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') return setCapturing(null);
    if (isModifierOnly(e.key) || e.key === 'Tab') return;
    const key = keyOf(e);
    const result = bindKey(overrides, action, key);
    setCapturing(null);
    if (!result.ok) return setNotice({ kind: 'error', text: t('keymap.taken', { key: keyLabel(key), action: t(`action.${result.takenBy}`) }) });
    save(result.overrides);
    setNotice({ kind: 'info', text: t('keymap.bound', { key: keyLabel(key), action: t(`action.${action}`) }) });
  };
  const reset = (action: EditorAction) => {
    const result = resetAction(overrides, action);
    if (!result.ok) return setNotice({ kind: 'error', text: t('keymap.resetTaken', { action: t(`action.${result.takenBy}`) }) });
    save(result.overrides);
    setNotice(null);
  };

  return (
    <section className="side-panel keymap" aria-label={t('help.title')} data-testid="help-panel">
      <header className="panel-header">
        <h2 className="pane-heading">{t('help.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </header>
      <p className="muted hint">{t('keymap.intro')}</p>
      {problems.length > 0 && (
        <ul className="status error keymap-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{problemText(t, p)}</li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <p className="status error" role="alert">
          {conflicts.map((c) => problemText(t, { kind: 'conflict', ...c })).join(' ')}
        </p>
      )}
      <p className={`message ${notice?.kind ?? ''}`} role="status" aria-live="polite" data-testid="keymap-notice">
        {notice?.text ?? ''}
      </p>
      <table className="shortcuts">
        <tbody>
          {EDITOR_ACTIONS.map((action) => (
            <tr key={action} data-keymap-action={action}>
              <td>{t(`action.${action}`)}</td>
              <td>
                {keymap[action].map((k) => (
                  <span key={k} className="key-chip">
                    <kbd>{keyLabel(k)}</kbd>
                    <button type="button" className="chip-remove" aria-label={t('keymap.remove', { key: keyLabel(k), action: t(`action.${action}`) })} onClick={() => save(unbindKey(overrides, action, k))}>
                      ×
                    </button>
                  </span>
                ))}
                {capturing === action ? (
                  <button type="button" className="capture" autoFocus onKeyDown={(e) => capture(action, e)} onBlur={() => setCapturing(null)}>
                    {t('keymap.pressKey')}
                  </button>
                ) : (
                  <button type="button" className="add-key" aria-label={t('keymap.addFor', { action: t(`action.${action}`) })} onClick={() => setCapturing(action)}>
                    {t('keymap.add')}
                  </button>
                )}
                {overrides[action] && (
                  <button type="button" className="add-key" aria-label={t('keymap.resetFor', { action: t(`action.${action}`) })} onClick={() => reset(action)}>
                    {t('keymap.reset')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="keymap-file" onToggle={(e) => e.currentTarget.open && file === null && setFile(serializeKeymap(overrides))}>
        <summary>{t('keymap.file')}</summary>
        <textarea
          aria-label={t('keymap.file')}
          value={file ?? ''}
          rows={6}
          spellCheck={false}
          onChange={(e) => setFile(e.target.value)}
          onKeyDown={(e) => e.stopPropagation()}
        />
        {fileProblems.length > 0 && (
          <ul className="status error" role="alert" data-testid="keymap-file-problems">
            {fileProblems.map((p, i) => (
              <li key={i}>{problemText(t, p)}</li>
            ))}
          </ul>
        )}
        <button type="button" className="add-key" onClick={applyFile}>
          {t('keymap.apply')}
        </button>
      </details>
    </section>
  );
}
