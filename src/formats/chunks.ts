// Shared plumbing for the streaming writers: batch small strings into chunks of a useful size and report progress.
import { FormatError } from './errors';
import { firstForbidden } from './xmlText';
import { isLanguageTag, type AlignedUnit } from './units';

export interface WriteOptions {
  /** Called after each chunk with the number of units written so far (and once at the end). */
  onProgress?: (unitsWritten: number) => void;
  /** Approximate chunk size in UTF-16 code units; default 64 KiB. */
  chunkSize?: number;
}

export class ChunkBuffer {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  get full(): boolean {
    return this.size >= this.limit;
  }
  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return out;
  }
}

/** The first item of an iterable and an iterator over all items (the first included), without iterating twice. */
export function peek<T>(items: Iterable<T>): { first: T | undefined; all: Iterable<T> } {
  const it = items[Symbol.iterator]();
  const head = it.next();
  const first = head.done ? undefined : head.value;
  const all: Iterable<T> = {
    *[Symbol.iterator]() {
      if (head.done) return;
      yield head.value;
      for (let r = it.next(); !r.done; r = it.next()) yield r.value;
    },
  };
  return { first, all };
}

/**
 * Runs `body` over the units, yielding chunks. `head`/`tail` frame the output; `body` returns the text for one unit.
 */
export function* chunked<T>(units: Iterable<T>, head: string, body: (unit: T, index: number) => string, tail: string, options: WriteOptions): Generator<string> {
  const buffer = new ChunkBuffer(options.chunkSize ?? 65536);
  buffer.push(head);
  let count = 0;
  for (const unit of units) {
    buffer.push(body(unit, count));
    count++;
    if (buffer.full) {
      yield buffer.take();
      options.onProgress?.(count);
    }
  }
  buffer.push(tail);
  yield buffer.take();
  options.onProgress?.(count);
}

/** Language codes must be BCP 47-shaped for the XML formats (xs:language); the readers apply the same test. */
export function checkLang(format: string, unit: AlignedUnit, side: 'source' | 'target'): string {
  const lang = unit[side].lang;
  if (!isLanguageTag(lang)) throw new FormatError(format, `unit "${unit.id}": ${side}.lang "${lang}" is not a language code such as "de" or "vi"; fix the language before exporting`);
  return lang;
}

/** Ids, file names and the like go into attributes and metadata as they are: they must be XML characters. */
export function checkXmlSafe(format: string, unit: AlignedUnit, field: string, value: string): string {
  const bad = firstForbidden(value);
  if (bad) throw new FormatError(format, `unit "${unit.id}": ${field} contains ${bad}, which XML cannot carry; rename it before exporting`);
  return value;
}
