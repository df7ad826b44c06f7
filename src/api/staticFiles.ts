// Serves the built UI. Only files inside the folder, with the same Content-Security-Policy Electron uses.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { ApiError } from './errors';
import { CONTENT_SECURITY_POLICY } from './securityPolicy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** `pathname` is already percent-decoded by the transport (decoding twice would let `%252e%252e` climb out). */
export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  if (!file.startsWith(normalize(root) + sep)) throw new ApiError('forbidden', 'Path outside the UI folder.');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    throw new ApiError('not_found', `No such file: ${pathname}. Run \`npm run build\` if the UI is missing.`);
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  });
  res.end(body);
}
