// What the HTTP transport reads from a request before any handler runs: its URL, its decoded path and its body.
// Each refuses bad input with a 4xx ApiError, so nothing a client sends can reach the server's error-free paths
// with an exception of its own.
import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors';

export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** The request target as a URL; a malformed target (`GET http://[`) is the client's error, not the server's. */
export function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw new ApiError('bad_request', 'The request line holds no valid URL.');
  }
}

/** The path with its percent-escapes decoded; `/%zz` and cut-off UTF-8 sequences are refused. */
export function decodedPath(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    throw new ApiError('bad_request', `The path ${url.pathname} has broken percent-encoding; escape "%" as %25.`);
  }
}

const tooLarge = () => new ApiError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; send less at once (import large corpora from a file).`);

/**
 * The body as text, at most MAX_BODY_BYTES. A declared length over the limit is refused before a byte is read;
 * a chunked body is refused as soon as it passes the limit, and the rest is drained, not buffered, so the client
 * can read the answer.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      refused = true;
      chunks.length = 0;
      reject(tooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseJsonObject(text: string): unknown {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ApiError('bad_request', `The request body is not valid JSON (${(error as Error).message}). Send one JSON object.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ApiError('bad_request', "The request body must be one JSON object holding the method's arguments.");
  return value;
}
