import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView, StoredAnnotation } from '../../../src/api/contract';
import { useApi, useApiCall } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import { StatusLine } from '../components/StatusLine';
import { ActionBar } from '../editor/ActionBar';
import { AnnotationForm } from '../editor/AnnotationForm';
import { AnnotationList } from '../editor/AnnotationList';
import { HelpPanel } from '../editor/HelpPanel';
import { actionFor, type EditorAction } from '../editor/shortcuts';
import { useEditor } from '../editor/useEditor';
import { LinkGrid } from '../grid/LinkGrid';
import type { RowHandlers } from '../grid/LinkRowView';
import { useLinkRows } from '../grid/useLinkRows';
import { SearchPanel } from './SearchPanel';
import { DocumentHeader } from './DocumentHeader';

const FURNITURE_KEY = 'bitext.showFurniture';
type Panel = 'annotations' | 'search' | 'help';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Document({ view, onOpenDocument, jumpTo }: { view: DocumentView; onOpenDocument: (id: number, index: number) => void; jumpTo: number | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { version } = useChanges();
  const rows = useLinkRows(view.id);
  const [, setFocusedIndex] = useState(0);
  const [panel, setPanel] = useState<Panel>('annotations');
  const [showFurniture, setShowFurniture] = useState(() => localStorage.getItem(FURNITURE_KEY) !== 'false');
  const [showDiff, setShowDiff] = useState(true);
  // Findings come after the first rows: on a very large page the checks take a while and must not hold up the grid.
  const findings = useApiCall('review.findings', rows.total === null ? null : { pages: [view.id] }, version);
  const findingsByRow = useMemo(() => {
    const map = new Map<number, string[]>();
    if (findings.state === 'ready') for (const f of findings.value.findings) map.set(f.rowIndex, [...(map.get(f.rowIndex) ?? []), f.message]);
    return map;
  }, [findings]);
  const findingRows = useMemo(() => [...findingsByRow.keys()].sort((a, b) => a - b), [findingsByRow]);
  const findingsOf = useCallback((index: number) => findingsByRow.get(index) ?? [], [findingsByRow]);
  const editor = useEditor(view, rows, setFocusedIndex, setPanel, findingRows);
  const annotations = useApiCall('annotation.list', { documentId: view.id }, version);
  const taxonomy = useApiCall('review.taxonomy', {});

  useEffect(() => {
    if (jumpTo !== null && rows.total !== null) editor.setCursor({ index: jumpTo, side: 'translation', sentence: 0 });
    // Only a new jump target (or the first rows arriving) moves the cursor, not every re-render.
  }, [jumpTo, rows.total !== null]);

  const bySentence = useMemo(() => {
    const map = new Map<number, StoredAnnotation[]>();
    if (annotations.state === 'ready') for (const a of annotations.value) map.set(a.sentenceId, [...(map.get(a.sentenceId) ?? []), a]);
    return map;
  }, [annotations]);
  const annotationsOf = useCallback((id: number) => bySentence.get(id) ?? [], [bySentence]);

  const { call, setCursor, setEditing } = editor;
  const handlers: RowHandlers = useMemo(
    () => ({
      onSelect: (index, side, sentence) => setCursor({ index, side, sentence }),
      onAddTranslation: (index, linkId) => {
        setCursor({ index, side: 'translation', sentence: 0 });
        setEditing(-linkId);
      },
      // A negative id stands for the translation not yet written for row -id.
      onSave: (sentenceId, text) =>
        void (sentenceId < 0 ? call('sentence.addTranslation', { linkId: -sentenceId, text }) : call('sentence.edit', { sentenceId, text })).then(() => setEditing(null)),
      onCancelEdit: () => setEditing(null),
      onRevert: (sentenceId) => void call('sentence.revert', { sentenceId }).then(() => setEditing(null)),
    }),
    [call, setCursor, setEditing],
  );

  const run = (action: EditorAction) => void editor.run(action);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || editor.editing !== null || editor.annotating !== null) return;
      const action = actionFor(event);
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => api.on('command', ({ name }) => name === 'undo' ? run('undo') : name === 'redo' ? run('redo') : name === 'find' ? setPanel('search') : name === 'help' && setPanel('help')));

  const toggleFurniture = (value: boolean) => {
    localStorage.setItem(FURNITURE_KEY, String(value));
    setShowFurniture(value);
  };
  const jumpToLink = async (linkId: number) => {
    const hit = (await api.send('links.list', { documentId: view.id, offset: 0, limit: 5000 })).rows.find((r) => r.id === linkId);
    if (hit) editor.setCursor({ index: hit.index, side: 'translation', sentence: 0 });
  };

  return (
    <div className="doc-layout">
      <section className="doc" aria-label={view.meta.title ?? view.file}>
        <DocumentHeader view={view} />
        <ActionBar onRun={run} canUndo={editor.history?.canUndo ?? true} canRedo={editor.history?.canRedo ?? true} busy={editor.busy} />
        <div className="doc-toolbar">
          <label className="switch">
            <input type="checkbox" checked={showFurniture} onChange={(e) => toggleFurniture(e.target.checked)} />
            {t('document.showBoilerplate')}
          </label>
          <label className="switch">
            <input type="checkbox" checked={showDiff} onChange={(e) => setShowDiff(e.target.checked)} />
            {t('document.showDiff')}
          </label>
          <span className={`message ${editor.message?.kind ?? ''}`} role="status" aria-live="polite">
            {editor.message?.text ?? ''}
          </span>
        </div>
        {rows.error && <StatusLine loadable={{ state: 'error', message: rows.error }} />}
        <LinkGrid
          rows={rows}
          languages={view.languages}
          showFurniture={showFurniture}
          cursor={editor.cursor}
          editingId={editor.editing}
          showDiff={showDiff}
          annotationsOf={annotationsOf}
          findingsOf={findingsOf}
          handlers={handlers}
        />
      </section>
      <aside className="side">
        {editor.annotating && taxonomy.state === 'ready' && (
          <AnnotationForm
            target={editor.annotating}
            taxonomy={taxonomy.value}
            onCancel={() => editor.setAnnotating(null)}
            onSave={(value) => {
              const target = editor.annotating!;
              void editor.call('annotation.add', { sentenceId: target.sentence.id, start: target.start, end: target.end, ...value }).then(() => editor.setAnnotating(null));
            }}
          />
        )}
        {panel === 'help' && <HelpPanel onClose={() => setPanel('annotations')} />}
        {panel === 'search' && <SearchPanel onClose={() => setPanel('annotations')} onJump={onOpenDocument} />}
        {panel === 'annotations' && annotations.state === 'ready' && taxonomy.state === 'ready' && (
          <AnnotationList
            annotations={annotations.value}
            taxonomy={taxonomy.value}
            onJump={(linkId) => void jumpToLink(linkId)}
            onUpdate={(id, patch) => void editor.call('annotation.update', { id, ...patch })}
            onDelete={(id) => void editor.call('annotation.delete', { id })}
          />
        )}
      </aside>
    </div>
  );
}

export function DocumentPane({ id, jumpTo, onOpenDocument }: { id: number | null; jumpTo: number | null; onOpenDocument: (id: number, index: number) => void }) {
  const { t } = useTranslation();
  const { version } = useChanges();
  const view = useApiCall('document.get', id === null ? null : { id }, version);
  if (id === null) return <p className="placeholder">{t('document.placeholder')}</p>;
  if (view.state !== 'ready' || view.value.id !== id) return <StatusLine loadable={view.state === 'ready' ? { state: 'loading' } : view} />;
  return <Document key={view.value.id} view={view.value} jumpTo={jumpTo} onOpenDocument={onOpenDocument} />;
}
