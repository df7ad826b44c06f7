// The one way the store writes. An action runs inside one IMMEDIATE transaction with a Recorder; whatever it
// recorded becomes one history entry in the same transaction, so an action that returned is on disk and undoable,
// and an action that threw left nothing behind. Imports, removals and every edit come through here.
import type { SqlDatabase } from './driver';
import { Recorder } from './changes';
import { recordAction } from './history';
import { linkDocumentId } from './reader';
import type { ChangeResult } from './types';

/** What an action reports: the page it changed (null for several or none) and the records it created. */
export interface ActionOutcome {
  documentId: number | null;
  createdIds?: number[];
}

/**
 * Runs `run` as the action `action`. An action that recorded nothing (a skipped import, a no-op) writes no history
 * and gets historyId 0. The outcome is handed back whole, so an import can return its own result beside the change.
 */
export function act<T extends ActionOutcome>(db: SqlDatabase, action: string, run: (recorder: Recorder) => T): { change: ChangeResult; outcome: T } {
  return db.transaction(() => {
    const recorder = new Recorder(db);
    const outcome = run(recorder);
    // A pair's source page shows its translation page's rows, so the change is reported against that page.
    const documentId = outcome.documentId === null ? null : linkDocumentId(db, outcome.documentId);
    if (recorder.changes.length === 0) return { change: { historyId: 0, action, documentId, linkIds: [], removedLinkIds: [], createdIds: [] }, outcome };
    return { change: recordAction(db, { action, documentId, changes: recorder.changes, createdIds: outcome.createdIds ?? [] }), outcome };
  });
}
