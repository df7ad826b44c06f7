// Issue 10, point 10: in browser mode the token no longer means "write any file". corpus.export over a real HTTP
// server on 127.0.0.1 writes into the server's own folder and answers with downloads; GET /api/download/<id>
// hands each file over once, as an attachment, behind the same token, Origin and Host checks as the API.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadStore, downloads, exportAsDownload } from '../../src/api/downloads';
import { exportUnits } from '../../src/services/exporting';
import { startHttpTransport, type RunningServer } from '../../src/api/http';
import type { ExportSummary } from '../../src/api/contract';
import type { UnitFilters } from '../../src/services/units';
import { openBench, type Bench } from './helpers';

const TOKEN = 'download-test-token-0123456789';
let bench: Bench;
let server: RunningServer;
let base: string;
beforeAll(async () => {
  bench = await openBench(true, 'http');
  server = await startHttpTransport({ dispatcher: bench.workbench.dispatcher, events: bench.workbench.events, token: TOKEN, staticDir: null, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close().then(() => bench.workbench.close()));

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const exportCall = (args: object) => fetch(`${base}/api/corpus.export`, { method: 'POST', headers: auth, body: JSON.stringify(args) });
const download = (id: string, init: RequestInit = {}, token: string | null = TOKEN) => fetch(`${base}/api/download/${id}${token === null ? '' : `?token=${token}`}`, init);

/** What the window or the command line would write for the same export: the bytes a download must carry. */
async function direct(format: 'tmx' | 'moses', name: string, filters: UnitFilters = {}): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-direct-'));
  const summary = await exportUnits(bench.workbench.state.project, format, join(dir, name), filters, false, () => undefined);
  return summary.files.map((f) => readFileSync(f, 'utf8'));
}

describe('corpus.export over HTTP', () => {
  it('refuses a server path with 403, naming the field and what to do, and writes nothing', async () => {
    const target = join(bench.dir, 'server-side.tmx');
    const response = await exportCall({ format: 'tmx', path: target, overwrite: true });
    expect(response.status).toBe(403);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/field "path": in browser mode corpus\.export writes no file on the server\. Leave "path" out/);
    expect(existsSync(target)).toBe(false);
  });

  it('answers with a download that GET /api/download/<id> serves once, as an attachment', async () => {
    const response = await exportCall({ format: 'tmx' });
    expect(response.status).toBe(200);
    const summary = (await response.json()) as ExportSummary;
    expect(summary.files).toEqual(['test.tmx']);
    expect(summary.downloads).toHaveLength(1);
    const ticket = summary.downloads![0]!;
    expect(ticket).toMatchObject({ name: 'test.tmx', contentType: 'application/x-tmx+xml; charset=utf-8', bytes: summary.bytes });
    // No server path leaks into the answer.
    expect(JSON.stringify(summary)).not.toContain(tmpdir());

    // The token is required, and a refused request does not use the download up.
    expect((await download(ticket.id, {}, null)).status).toBe(401);
    expect((await download(ticket.id, {}, 'wrong')).status).toBe(401);
    expect((await download(ticket.id, { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await download(ticket.id, { method: 'POST' })).status).toBe(400);

    const file = await download(ticket.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="test.tmx"; filename*=UTF-8''test.tmx`);
    expect(file.headers.get('content-type')).toBe('application/x-tmx+xml; charset=utf-8');
    expect(file.headers.get('content-length')).toBe(String(ticket.bytes));
    expect(file.headers.get('cache-control')).toBe('no-store');
    const body = await file.text();
    expect(body).toBe((await direct('tmx', 'direct.tmx'))[0]);

    // Once only: the file is gone from the server.
    const again = await download(ticket.id);
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/can be downloaded once.*Export again/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(downloads.has(ticket.id)).toBe(false);
    expect(readdirSync(downloads.rootFolder!)).toEqual([]);
  });

  it('offers the two Moses files as two downloads named by language', async () => {
    const summary = (await (await exportCall({ format: 'moses', filters: { minScore: 0.1 } })).json()) as ExportSummary;
    expect(summary.files).toEqual(['test.vi', 'test.de']);
    const bodies = await Promise.all(summary.downloads!.map(async (d) => (await download(d.id)).text()));
    expect(bodies).toEqual(await direct('moses', 'stem', { minScore: 0.1 }));
    expect(bodies[0]!.split('\n').length).toBe(bodies[1]!.split('\n').length);
  });

  it('an unknown id is a 404 that says what to do', async () => {
    const response = await download('no-such-download');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Export again/);
  });
});

describe('corpus.export in the window (Electron)', () => {
  it('needs a path, and says so', async () => {
    const window = await openBench(false, 'electron');
    try {
      const error = await window.fail('corpus.export', { format: 'tmx' });
      expect(error).toMatchObject({ code: 'invalid_argument' });
      expect(error.message).toMatch(/field "path": name the file to write/);
    } finally {
      window.workbench.close();
    }
  });
});

describe('a download nobody fetches', () => {
  it('is removed after its time', async () => {
    const store = new DownloadStore(100);
    const summary = await exportAsDownload(bench.workbench.state.project, 'jsonl', {}, () => undefined, store);
    const id = summary.downloads![0]!.id;
    expect(store.has(id)).toBe(true);
    expect(readdirSync(store.rootFolder!).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.has(id)).toBe(false);
    expect(readdirSync(store.rootFolder!)).toEqual([]);
  });
});
