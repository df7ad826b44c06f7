// --resume: what an earlier, interrupted run already wrote. A run killed mid-write may leave half a line at the end;
// it is cut off, so the file again holds only whole records and the run appends after them.
import { createReadStream } from 'node:fs';
import { open, stat, truncate } from 'node:fs/promises';
import { readLines } from './lines';

export interface Done {
  ids: string[];
  /** Input line numbers of error records that had no id. */
  lines: number[];
  records: number;
}

async function cutPartialLine(path: string, size: number): Promise<void> {
  const fh = await open(path, 'r');
  let end = size;
  try {
    const tail = Buffer.alloc(Math.min(size, 1 << 16));
    while (end > 0) {
      const from = Math.max(0, end - tail.length);
      const { bytesRead } = await fh.read(tail, 0, end - from, from);
      const nl = tail.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (nl >= 0) {
        end = from + nl + 1;
        break;
      }
      end = from;
    }
  } finally {
    await fh.close();
  }
  if (end < size) await truncate(path, end);
}

/** The ids in a JSONL output file; a missing file is an empty one. */
export async function readDone(path: string): Promise<Done> {
  const done: Done = { ids: [], lines: [], records: 0 };
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT') return done;
    throw e;
  }
  if (size === 0) return done;
  await cutPartialLine(path, size);
  for await (const l of readLines(createReadStream(path), 1 << 30)) {
    if (!('text' in l) || l.text === '') continue;
    let rec: { id?: unknown; line?: unknown };
    try {
      rec = JSON.parse(l.text) as { id?: unknown; line?: unknown };
    } catch {
      throw new Error(`${path}, line ${l.line}: not a JSON record, so this is not output of bitext batch align --format jsonl; give --resume the file the interrupted run was writing`);
    }
    done.records++;
    if (typeof rec.id === 'string') done.ids.push(rec.id);
    else if (typeof rec.line === 'number') done.lines.push(rec.line);
  }
  return done;
}
