// Lines of a byte stream, numbered from 1, without ever holding more than `maxBytes` of one line: a longer line is
// skipped as it streams by and reported with its size and its first bytes (enough to find its id), so a 5 GB input
// or a 100 MB line costs no more memory than the limit.
import type { Readable } from 'node:stream';

export type InputLine = { line: number; text: string } | { line: number; tooLong: number; head: string };

const HEAD_BYTES = 4096;

export async function* readLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let head = '';
  let line = 0;
  const finish = (): InputLine => {
    line++;
    let result: InputLine;
    if (overflow) result = { line, tooLong: size, head };
    else {
      let text = Buffer.concat(parts, size).toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      result = { line, text };
    }
    parts = [];
    size = 0;
    overflow = false;
    head = '';
    return result;
  };
  const take = (piece: Buffer): void => {
    if (!overflow && size + piece.length > maxBytes) {
      overflow = true;
      head = Buffer.concat([...parts, piece]).subarray(0, HEAD_BYTES).toString('utf8');
      parts = [];
    }
    if (!overflow) parts.push(piece);
    size += piece.length;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      if (nl < 0) break;
      take(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    // A copy, so the stream's chunk is not kept alive by a small tail.
    if (from < buf.length) take(Buffer.from(buf.subarray(from)));
  }
  if (size > 0 || overflow) yield finish();
}

/** The id near the start of a line too long to parse, when the record puts it early (a best effort). */
export function idFromHead(head: string): string | null {
  const m = /^\s*\{\s*(?:"[^"]*"\s*:\s*(?:"(?:[^"\\]|\\.)*"|[\d.eE+-]+|true|false|null)\s*,\s*){0,4}"id"\s*:\s*("(?:[^"\\]|\\.)*"|\d+)/.exec(head);
  if (!m?.[1]) return null;
  try {
    const v: unknown = JSON.parse(m[1]);
    return typeof v === 'string' ? v : String(v);
  } catch {
    return null;
  }
}
