// Counts files on disk: writing a file in chunks and reading one back in batches of lines, shared by `bitext batch
// learn` (which writes sorted parts when its counts outgrow memory), `bitext lexicon merge` and `prune`, and the
// aligner's --lexicon.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export async function writeAll(stream: Writable, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  if (stream !== process.stdout) await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** Longest counts line read: a word pair is a few dozen characters; more means the file is something else. */
const MAX_LINE = 1 << 20;

/**
 * The lines of a counts file, in batches of one read each: a merged total has hundreds of millions of lines, and a
 * loop over a batch costs far less than a promise a line (lexiconStream.ts takes either).
 */
export async function* countLines(file: string): AsyncGenerator<string[]> {
  const decoder = new TextDecoder('utf-8');
  let tail = '';
  let line = 0;
  const trimmed = (l: string): string => (l.endsWith('\r') ? l.slice(0, -1) : l);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    const lines = (tail + decoder.decode(chunk, { stream: true })).split('\n');
    tail = lines.pop() ?? '';
    line += lines.length;
    if (tail.length > MAX_LINE) throw new Error(`line ${line + 1}: more than ${MAX_LINE} characters; a counts line is one word pair`);
    if (lines.length > 0) yield lines.map(trimmed);
  }
  const last = tail + decoder.decode();
  if (last !== '') yield [trimmed(last)];
}
