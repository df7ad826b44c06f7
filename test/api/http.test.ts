// What only the HTTP transport does: token, origin and host checks, JSON errors, events, the UI's files.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTransport, type RunningServer } from '../../src/api/http';
import { CONTENT_SECURITY_POLICY } from '../../src/api/securityPolicy';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench, TOKEN } from './transports';

let server: RunningServer;
let workbench: Workbench;
let base: string;
const uiDir = mkdtempSync(join(tmpdir(), 'bitext-ui-'));

beforeAll(async () => {
  mkdirSync(join(uiDir, 'assets'));
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>bitext</title>');
  writeFileSync(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  workbench = await openTestWorkbench('http');
  server = await startHttpTransport({ dispatcher: workbench.dispatcher, events: workbench.events, token: TOKEN, staticDir: uiDir, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close().then(() => workbench.close()));

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const auth = { authorization: `Bearer ${TOKEN}` };

describe('HTTP transport', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`${base}/?token=${TOKEN}`);
  });

  it('answers a missing or wrong token with 401', async () => {
    const missing = await post('/api/app.info', '{}');
    expect(missing.status).toBe(401);
    expect(await missing.json()).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await post('/api/app.info', '{}', { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('answers a foreign Origin with 403', async () => {
    const response = await post('/api/app.info', '{}', { ...auth, origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe('forbidden');
    expect((await post('/api/app.info', '{}', { ...auth, origin: base })).status).toBe(200);
  });

  it('answers malformed JSON with 400 and keeps serving', async () => {
    const response = await post('/api/app.info', '{"oops', auth);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/not valid JSON/);
    expect((await post('/api/app.info', '[1,2]', auth)).status).toBe(400);
    expect((await post('/api/app.info', '{}', auth)).status).toBe(200);
  });

  it('answers invalid arguments with 400 naming the field, an unknown method with 404', async () => {
    const invalid = await post('/api/document.get', '{"id": "seven"}', auth);
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.message).toContain('"id"');
    const unknown = await post('/api/nothing.here', '{}', auth);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown_method');
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/app.info', method: 'POST', headers: { ...auth, host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('streams events to a subscriber as server-sent events', async () => {
    const controller = new AbortController();
    const response = await fetch(`${base}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    await reader.read(); // the greeting comment
    workbench.events.emit('progress', { job: 'j1', done: 3, total: 10, label: 'import' });
    const { value } = await reader.read();
    const text = new TextDecoder().decode(value);
    expect(text).toContain('event: progress');
    expect(text).toContain('"done":3');
    controller.abort();
    expect((await fetch(`${base}/api/events?token=nope`)).status).toBe(401);
  });

  it('serves the UI with the strict content security policy and nothing outside its folder', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(403);
  });
});

describe('a sample corpus that cannot be read', () => {
  it('reports a missing folder in words a person can act on', async () => {
    const missing = await openTestWorkbench('http', join(uiDir, 'no-such-folder'));
    const info = (await missing.dispatcher.invoke('app.info', {}, missing.events)) as { project: { problems: string[]; documents: number } };
    expect(info.project.problems[0]).toMatch(/no-such-folder is missing/);
    expect(info.project.documents).toBe(0);
    missing.close();
  });

  it('reports an unreadable page with its reason and still imports the others', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-corpus-'));
    writeFileSync(join(folder, 'good.txt'), 'Ein Titel\n\nDer erste Satz steht hier. Der zweite auch.\n');
    writeFileSync(join(folder, 'broken.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const wb = await openTestWorkbench('http', folder);
    const pages = (await wb.dispatcher.invoke('corpus.list', {}, wb.events)) as Array<{ file: string }>;
    expect(pages.map((p) => p.file)).toEqual(['good.txt']);
    expect(wb.state.problems.join('\n')).toMatch(/broken\.txt could not be imported: ./);
    wb.close();
  });
});
