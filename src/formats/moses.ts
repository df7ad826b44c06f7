// Moses: two line-parallel plain-text files, one segment a line. Training tools split on line breaks only, so
// any line or paragraph separator inside a segment becomes a space and a lone surrogate becomes U+FFFD; the
// format is for MT training and has no reader (use JSONL, TSV, TMX or XLIFF to round-trip).
import { ChunkBuffer, type WriteOptions } from './chunks';
import type { AlignedUnit } from './units';

// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const BREAKS = /[\n\r\u000B\u000C\u0085\u2028\u2029]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function mosesLine(text: string): string {
  return text.replace(BREAKS, ' ').replace(LONE_SURROGATE, '\uFFFD') + '\n';
}

/** Streams both files at once: each chunk holds the same lines of the source and of the target file. */
export function* writeMoses(units: Iterable<AlignedUnit>, options: WriteOptions = {}): Generator<{ source: string; target: string }> {
  const limit = options.chunkSize ?? 65536;
  const source = new ChunkBuffer(limit);
  const target = new ChunkBuffer(limit);
  let count = 0;
  for (const u of units) {
    source.push(mosesLine(u.source.text));
    target.push(mosesLine(u.target.text));
    count++;
    if (source.full || target.full) {
      yield { source: source.take(), target: target.take() };
      options.onProgress?.(count);
    }
  }
  yield { source: source.take(), target: target.take() };
  options.onProgress?.(count);
}
