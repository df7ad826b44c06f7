// Counts files on disk: writing a file in chunks and reading one back line by line, shared by `bitext batch learn`
// (which writes sorted parts when its counts outgrow memory) and `bitext lexicon merge` (which adds files up).
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { readLines } from './batch/lines';

export async function writeAll(stream: Writable, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const chunk of chunks) if (!stream.write(chunk)) await once(stream, 'drain');
  if (stream !== process.stdout) await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** The lines of a counts file, streamed (merged totals may be larger than one string can hold). */
export async function* countLines(file: string): AsyncGenerator<string> {
  for await (const l of readLines(createReadStream(file), 1 << 20)) {
    if (!('text' in l)) throw new Error(`line ${l.line}: ${l.tooLong} bytes; a counts line is one word pair`);
    yield l.text;
  }
}
