// Cancelling an import takes out exactly the pages that import added, as one undoable action — never whatever
// came last in the history. Two clients over the real HTTP transport: one imports, the other edits meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusEntry, HistoryStatus, ImportSummary, LinkPage } from '../../src/api/contract';
import { httpTransport, TOKEN, type Transport } from './transports';
import type { RunningServer } from '../../src/api/http';

let api: Transport & { server: RunningServer };

/** A second, independent client of the same server. */
async function client(method: string, args: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${api.server.port}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(args),
  });
  const body = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body;
}

const importedPages = async () => ((await client('corpus.list', {})) as CorpusEntry[]).filter((d) => /^cancel-\d+\.txt$/.test(d.file));

beforeAll(async () => {
  api = await httpTransport();
});
afterAll(() => api.close());

describe('cancelling an import', () => {
  it("removes only the import's own pages; another client's edit made meanwhile stays, and undo/redo agree", async () => {
    const docs = (await client('corpus.list', {})) as CorpusEntry[];
    const page = (await client('links.list', { documentId: docs[0]!.id, limit: 50 })) as LinkPage;
    const sentence = page.rows.flatMap((r) => r.translation)[0]!;
    const fixed = `${sentence.text} (korrigiert)`;

    const files = Array.from({ length: 80 }, (_, i) => ({
      name: `cancel-${i}.txt`,
      base64: Buffer.from(`Titel ${i}\n\nDer Satz Nummer ${i} steht hier. Ein zweiter Satz folgt.\n`).toString('base64'),
    }));
    let editedAt = -1;
    const cancelled = new Promise<void>((resolve, reject) => {
      const off = api.workbench.events.subscribe((_event, payload) => {
        if (!('done' in payload) || payload.job !== 'two-clients') return;
        if (payload.done === 3 && editedAt === -1) {
          editedAt = payload.done;
          // The other client saves an edit while pages are still coming in, then the import is cancelled.
          void client('sentence.edit', { sentenceId: sentence.id, text: fixed })
            .then(() => client('corpus.cancelImport', { job: 'two-clients' }))
            .then(() => {
              off();
              resolve();
            }, reject);
        }
      });
    });
    const running = client('corpus.import', { files, job: 'two-clients' }) as Promise<ImportSummary>;
    await cancelled;
    const summary = await running;

    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toEqual([]);
    expect(await importedPages()).toEqual([]);
    const edits = (await client('sentence.history', { sentenceId: sentence.id })) as Array<{ text?: string; fixedText?: string }>;
    expect(JSON.stringify(edits)).toContain('(korrigiert)');
    const status = (await client('history.status', {})) as HistoryStatus;
    expect(status.undoAction).toBe('cancel_import');
    expect(((await client('document.get', { id: docs[0]!.id })) as { id: number }).id).toBe(docs[0]!.id);

    // Undoing the cancel brings back exactly the pages imported before it; redo takes them out again.
    await client('history.undo', {});
    const back = await importedPages();
    expect(back.length).toBeGreaterThanOrEqual(3);
    expect(back.length).toBeLessThan(files.length);
    await client('history.redo', {});
    expect(await importedPages()).toEqual([]);
    expect(JSON.stringify(await client('sentence.history', { sentenceId: sentence.id }))).toContain('(korrigiert)');
    const rows = (await client('links.list', { documentId: docs[0]!.id, limit: 50 })) as LinkPage;
    expect(rows.rows.flatMap((r) => r.translation).find((s) => s.id === sentence.id)!.text).toBe(fixed);
    expect(api.workbench.state.project.check()).toEqual({ ok: true, problems: [] });
  });
});
