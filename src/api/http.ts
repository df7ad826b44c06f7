// Browser mode's transport: the same dispatcher as Electron's IPC, served on 127.0.0.1 only.
// POST /api/<method> with a JSON body; GET /api/events is a server-sent event stream; anything else is the UI.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ApiError, toApiError } from './errors';
import type { Dispatcher } from './dispatch';
import { serveDownload } from './downloads';
import type { EventHub } from './events';
import { decodedPath, parseJsonObject, readBody, requestUrl } from './httpInput';
import { serveStatic } from './staticFiles';

export interface HttpTransportOptions {
  dispatcher: Dispatcher;
  events: EventHub;
  token: string;
  /** Folder of the built UI; when null only the API is served. */
  staticDir: string | null;
  port?: number;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, { error: error.toBody() });
}

function sameToken(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function startHttpTransport(options: HttpTransportOptions): Promise<RunningServer> {
  const { dispatcher, events, token, staticDir } = options;
  let port = options.port ?? 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const checkOrigin = (req: IncomingMessage) => {
    // DNS rebinding and cross-site requests: only our own host names, and only our own origin when a browser sends one.
    if (!allowedHosts().has(req.headers.host ?? '')) throw new ApiError('forbidden', `Host "${req.headers.host ?? ''}" is not served here.`);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().has(origin.replace(/^http:\/\//, '')))
      throw new ApiError('forbidden', `Requests from origin ${origin} are refused.`);
  };
  const tokenOf = (req: IncomingMessage, url: URL) => {
    const header = req.headers.authorization;
    if (header?.startsWith('Bearer ')) return header.slice(7);
    return url.searchParams.get('token');
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL, path: string) => {
    checkOrigin(req);
    if (!sameToken(tokenOf(req, url), token)) throw new ApiError('unauthorized', 'Missing or wrong API token: open the URL printed at start-up.');
    if (url.pathname.startsWith('/api/download/')) return serveDownload(req, res, url.pathname);
    if (path === '/api/events') {
      if (req.method !== 'GET') throw new ApiError('bad_request', 'Use GET for /api/events.');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      const unsubscribe = events.subscribe((event, payload) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
      req.on('close', unsubscribe);
      return;
    }
    if (req.method !== 'POST') throw new ApiError('bad_request', `Use POST for ${path}.`);
    const method = path.slice('/api/'.length);
    const args = parseJsonObject(await readBody(req));
    const result = await dispatcher.invoke(method, args, events);
    sendJson(res, 200, result ?? null);
  };

  const server = createServer((req, res) => {
    // Everything a request can throw, from its request line on, ends here as a JSON error: no input stops the server.
    const work = (async () => {
      const url = requestUrl(req);
      const path = decodedPath(url);
      if (path.startsWith('/api/')) return handleApi(req, res, url, path);
      checkOrigin(req);
      if (!staticDir) throw new ApiError('not_found', 'No UI is served here.');
      await serveStatic(staticDir, path, res);
    })();
    work.catch((error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.code === 'internal') console.error(`bitext: ${req.method} ${req.url}: ${apiError.message}`);
      if (res.headersSent) return void res.end();
      // A refused body is drained, not cut off: closing with unread bytes would reset the connection and could
      // take the answer with it before the client reads it.
      sendError(res, apiError);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      server.off('error', reject);
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
