// The content hash that identifies an imported input, so importing the same file twice is skipped.
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the bytes; for a pair, pass both files (source first). */
export function contentHash(...parts: Array<Uint8Array | string>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
    hash.update('\0');
  }
  return hash.digest('hex');
}
