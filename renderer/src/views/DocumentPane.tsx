import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentView, SearchHit, StoredAnnotation } from '../../../src/api/contract';
import { useApi, useApiCall } from '../api/ApiContext';
import { useChanges } from '../api/changes';
import { useKeptReview } from '../api/useKeptReview';
import { StatusLine } from '../components/StatusLine';
import { ActionBar } from '../editor/ActionBar';
import { AnnotationForm } from '../editor/AnnotationForm';
import { AnnotationList } from '../editor/AnnotationList';
import { RowEsaScore } from '../editor/EsaScore';
import { KeymapPanel } from '../editor/KeymapPanel';
import { locateLink } from '../editor/locateLink';
import type { EditorAction } from '../editor/shortcuts';
import { StatusBar } from '../editor/StatusBar';
import { useEditor } from '../editor/useEditor';
import { useKeymap } from '../editor/useKeymap';
import { useShortcutKeys } from '../editor/useShortcutKeys';
import { LinkGrid } from '../grid/LinkGrid';
import type { RowHandlers } from '../grid/LinkRowView';
import { NO_FILTER, type RowFilter } from '../grid/rowFilter';
import { useFilteredRows } from '../grid/useFilteredRows';
import { useLinkRows } from '../grid/useLinkRows';
import { DocumentHeader } from './DocumentHeader';
import { rememberPlace } from './lastPlace';
import { SearchPanel } from './SearchPanel';
import { useViewSettings } from './useViewSettings';
import { ViewMenu } from './ViewMenu';

type Panel = 'annotations' | 'search' | 'help';

/** After a mouse click on a control, keys should work on the grid again without a click into it. */
function focusGrid() {
  document.querySelector<HTMLElement>('[data-grid-body] .row[tabindex="0"]')?.focus({ preventScroll: true });
}

function Document({ view, onOpenDocument, jumpTo }: { view: DocumentView; onOpenDocument: (id: number, index: number) => void; jumpTo: number | null }) {
  const api = useApi();
  const { version } = useChanges();
  const paged = useLinkRows(view.id);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [panel, setPanel] = useState<Panel>('annotations');
  const [settings, updateSettings] = useViewSettings();
  const keymap = useKeymap();
  const [hits, setHits] = useState<SearchHit[]>([]);
  // Findings come after the first rows: on a very large page the checks take a while and must not hold up the grid.
  const findings = useKeptReview('review.findings', paged.total === null ? null : { pages: [view.id] }, version);
  const findingsByRow = useMemo(() => {
    const map = new Map<number, string[]>();
    if (findings.state === 'ready') for (const f of findings.value.findings) map.set(f.rowIndex, [...(map.get(f.rowIndex) ?? []), f.message]);
    return map;
  }, [findings]);
  const findingRows = useMemo(() => [...findingsByRow.keys()].sort((a, b) => a - b), [findingsByRow]);
  const findingsOf = useCallback((index: number) => findingsByRow.get(index) ?? [], [findingsByRow]);
  const rows = useFilteredRows(view.id, paged, filter);
  const openPanel = (next: Panel) => {
    setPanel(next);
    updateSettings({ sidePanel: true });
  };
  const editor = useEditor(view, rows, { onOpenPanel: openPanel, onOpenDocument, findingRows });
  const annotations = useApiCall('annotation.list', { documentId: view.id }, version);
  const taxonomy = useApiCall('review.taxonomy', {});

  useEffect(() => {
    if (jumpTo !== null && rows.total !== null) void rows.placeOf(jumpTo).then((index) => editor.setCursor({ index, side: 'translation', sentence: 0 }));
    // Only a new jump target (or the first rows arriving) moves the cursor, not every re-render.
  }, [jumpTo, rows.total !== null]);
  const cursorRow = rows.row(editor.cursor.index)?.index;
  useEffect(() => {
    if (cursorRow !== undefined) rememberPlace(view.id, cursorRow);
  }, [view.id, cursorRow]);
  // A filter changes which row sits at each grid place: keep the cursor on its document row (or the next shown).
  const [keepRow, setKeepRow] = useState<number | null>(null);
  const changeFilter = (next: RowFilter) => {
    setKeepRow(cursorRow ?? null);
    editor.clearSelection();
    setFilter(next);
  };
  useEffect(() => {
    if (keepRow === null || rows.total === null) return;
    let live = true;
    void rows.placeOf(keepRow).then((index) => {
      if (!live) return;
      editor.setCursor({ index, side: editor.cursor.side, sentence: 0 });
      setKeepRow(null);
    });
    return () => {
      live = false;
    };
  }, [keepRow, rows.total, rows.version]);

  const bySentence = useMemo(() => {
    const map = new Map<number, StoredAnnotation[]>();
    if (annotations.state === 'ready') for (const a of annotations.value) map.set(a.sentenceId, [...(map.get(a.sentenceId) ?? []), a]);
    return map;
  }, [annotations]);
  const annotationsOf = useCallback((id: number) => bySentence.get(id) ?? [], [bySentence]);
  const hitsBySentence = useMemo(() => new Map(hits.map((h) => [h.sentenceId, h.match])), [hits]);
  const hitOf = useCallback((id: number) => hitsBySentence.get(id), [hitsBySentence]);

  const { call, pick, setCursor, setEditing, setSplitting } = editor;
  const handlers: RowHandlers = useMemo(
    () => ({
      onSelect: (place, side, sentence, modifiers) => pick(place, side, sentence, modifiers),
      onAddTranslation: (place, linkId) => {
        setCursor({ index: place, side: 'translation', sentence: 0 });
        setEditing(-linkId);
      },
      // A negative id stands for the translation not yet written for row -id.
      onSave: (sentenceId, text) =>
        void (sentenceId < 0 ? call('sentence.addTranslation', { linkId: -sentenceId, text }) : call('sentence.edit', { sentenceId, text })).then((ok) => ok && setEditing(null)),
      onCancelEdit: () => setEditing(null),
      onRevert: (sentenceId) => void call('sentence.revert', { sentenceId }).then((ok) => ok && setEditing(null)),
      onSplit: (linkId, at) => call('links.split', { linkId, ...at }).then((ok) => ok && setSplitting(null)),
      onCancelSplit: () => setSplitting(null),
    }),
    [call, pick, setCursor, setEditing, setSplitting],
  );

  const run = (action: EditorAction) => void editor.run(action);
  useShortcutKeys(keymap.keymap, run, editor.editing !== null || editor.annotating !== null || editor.splitting !== null);
  useEffect(() => api.on('command', ({ name }) => (name === 'undo' ? run('undo') : name === 'redo' ? run('redo') : name === 'find' ? openPanel('search') : name === 'help' && openPanel('help'))));

  const jumpToLink = async (linkId: number) => {
    const index = await locateLink(api.send, view.id, linkId);
    if (index !== null) editor.setCursor({ index: await rows.placeOf(index), side: 'translation', sentence: 0 });
    focusGrid();
  };
  // Only an explicit pick is marked; without one, actions apply to the cursor row alone.
  const picked = editor.selection.rows;

  return (
    <div className={`doc-layout${settings.sidePanel ? '' : ' side-closed'}`}>
      <section className="doc" aria-label={view.meta.title ?? view.file}>
        <DocumentHeader view={view} />
        <ActionBar
          keymap={keymap.keymap}
          onRun={(action, pointer) => {
            run(action);
            if (pointer && action !== 'search' && action !== 'help' && action !== 'edit' && action !== 'annotate') focusGrid();
          }}
          canUndo={editor.history?.canUndo ?? true}
          canRedo={editor.history?.canRedo ?? true}
        >
          <ViewMenu filter={filter} onFilter={changeFilter} settings={settings} onSettings={updateSettings} keymap={keymap.keymap} onRun={run} onSwapSides={() => void editor.call('document.swapSides', { documentId: view.id })} />
        </ActionBar>
        {rows.error && <StatusLine loadable={{ state: 'error', message: rows.error }} />}
        <LinkGrid
          rows={rows}
          languages={view.languages}
          showFurniture={settings.showFurniture}
          compact={settings.compact}
          cursor={editor.cursor}
          picked={picked}
          flash={editor.flash}
          stateBefore={editor.stateBefore}
          editingId={editor.editing}
          splittingId={editor.splitting}
          showDiff={settings.showDiff}
          annotationsOf={annotationsOf}
          findingsOf={findingsOf}
          hitOf={hitOf}
          handlers={handlers}
        />
        <StatusBar
          view={view}
          shown={rows.total}
          filtered={rows.filter ? { findingsStale: rows.findings?.stale ?? false } : null}
          findings={findings.state === 'ready' ? findings.value.total : null}
          picked={picked.size}
          message={editor.message}
          saving={editor.saving}
          savedAt={editor.savedAt}
          failed={editor.failed}
        />
      </section>
      {settings.sidePanel && (
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
          {panel === 'help' && <KeymapPanel keymap={keymap} onClose={() => setPanel('annotations')} />}
          {panel === 'search' && (
            <SearchPanel
              onClose={() => {
                setPanel('annotations');
                setHits([]);
              }}
              onHits={setHits}
              onJump={onOpenDocument}
            />
          )}
          {panel === 'annotations' && annotations.state === 'ready' && (
            <RowEsaScore documentId={view.id} row={rows.row(editor.cursor.index)} annotations={annotations.value} onSave={(linkId, score) => void editor.call('esa.set', { linkId, score })} />
          )}
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
      )}
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
