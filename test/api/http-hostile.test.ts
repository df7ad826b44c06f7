// Requests a careless or hostile client sends: malformed request lines, undecodable paths, oversized bodies and
// patterns that would take exponential time in a backtracking engine. The server answers each with a 4xx and
// keeps serving everyone else.
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTransport, type RunningServer } from '../../src/api/http';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench, TOKEN } from './transports';

let server: RunningServer;
let workbench: Workbench;
let base: string;
const auth = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  workbench = await openTestWorkbench('http');
  server = await startHttpTransport({ dispatcher: workbench.dispatcher, events: workbench.events, token: TOKEN, staticDir: null, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close().then(() => workbench.close()));

/** Sends raw bytes on a fresh socket and returns the status line of the answer ('' if the socket just closed). */
function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

const alive = async () => (await fetch(`${base}/api/app.info`, { method: 'POST', headers: auth, body: '{}' })).status;

describe('malformed request lines and paths', () => {
  const lines = ['GET http://[ HTTP/1.1', 'GET http://[::1 HTTP/1.1', 'POST http://[/api/app.info HTTP/1.1', 'GET //[ HTTP/1.1', 'GET http://a:b@[x]/ HTTP/1.1', 'GET http://:99999/ HTTP/1.1'];
  for (const line of lines) {
    it(`answers "${line}" with a 4xx and keeps serving`, async () => {
      const status = await raw(`${line}\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`);
      expect(status).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(await alive()).toBe(200);
    });
  }

  for (const path of ['/%zz', '/%', '/api/%', '/api/%E0%A4%A', '/api/app.info%ff']) {
    it(`answers the undecodable path ${path} with 400, not 500`, async () => {
      const response = await fetch(`${base}${path}?token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toMatch(/percent-encoding/);
    });
  }
});

describe('request bodies over the limit', () => {
  it('answers a declared Content-Length over 50 MB with 413 before reading the body', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/app.info', method: 'POST', headers: { ...auth, 'content-length': String(60 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"a":"'); // only a few bytes of the promised 60 MB: the answer must not wait for the rest
    });
    expect(status).toBe(413);
    expect(await alive()).toBe(200);
  });

  it('answers a chunked body that grows past 50 MB with 413', async () => {
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/app.info', method: 'POST', headers: auth }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // Once it has answered, the server closes the connection: the writes still under way fail with EPIPE.
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 60) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(await alive()).toBe(200);
  });
});

describe('search patterns', () => {
  it('answers a catastrophic-backtracking pattern at once and keeps serving', async () => {
    await workbench.dispatcher.invoke('corpus.import', { files: [{ name: 'aaa.txt', base64: Buffer.from(`Titel\n\n${'a'.repeat(40)}!\n`).toString('base64') }] }, workbench.events);
    const started = performance.now();
    const search = fetch(`${base}/api/search.sentences`, { method: 'POST', headers: auth, body: JSON.stringify({ query: '^(a+)+$', regex: true }) });
    const other = await alive();
    const response = await search;
    expect(other).toBe(200);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]); // `a…a!` does not match ^(a+)+$
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('finds what a pattern matches, with the match span', async () => {
    const response = await fetch(`${base}/api/search.sentences`, { method: 'POST', headers: auth, body: JSON.stringify({ query: '(a+)+!', regex: true }) });
    const hits = (await response.json()) as Array<{ text: string; match: { start: number; end: number } }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.match).toEqual({ start: 0, end: 41 });
  });

  it('refuses a pattern the linear-time engine cannot run, naming the field and what to do', async () => {
    const response = await fetch(`${base}/api/search.sentences`, { method: 'POST', headers: auth, body: JSON.stringify({ query: '(a)\\1', regex: true }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(/field "query".*back-references/);
  });
});
