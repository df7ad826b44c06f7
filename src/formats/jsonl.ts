// JSONL: one unit a line, keys in a fixed order (ids, page, role, texts, machine translation, state, origin,
// score, annotations). JSON escapes every control character, so all strings survive; a lone surrogate (which
// JSON could carry but the project cannot) is refused on reading with its line.
import { FormatError } from './errors';
import { chunked, type WriteOptions } from './chunks';
import { canonicalUnit, validateUnit, type AlignedUnit } from './units';

export function writeJsonl(units: Iterable<AlignedUnit>, options: WriteOptions = {}): Generator<string> {
  return chunked(units, '', (u) => JSON.stringify(canonicalUnit(u)) + '\n', '', options);
}

export function readJsonl(text: string): AlignedUnit[] {
  const units: AlignedUnit[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      throw new FormatError('JSONL', `line ${i + 1}: not valid JSON (${(e as Error).message}); each line must be one JSON object`, i + 1);
    }
    units.push(canonicalUnit(validateUnit(value, `line ${i + 1}`, 'JSONL', i + 1)));
  }
  return units;
}
