import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPage } from '../../src/ingest';
import type { PageDocument } from '../../src/model';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export const listPages = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();
export const readFixture = (dir: string, name: string): PageDocument => readPage(new Uint8Array(readFileSync(dir + name)), name);

/** `line role lang` for each block, the shape of expected.ts. */
export const roleRows = (doc: PageDocument) => doc.blocks.map((b) => `${b.line} ${b.role} ${b.lang}`);

export function sentenceText(doc: PageDocument, ids: string[]): string {
  return ids.map((id) => doc.sentences.find((s) => s.id === id)?.text ?? `?${id}`).join(' ');
}
