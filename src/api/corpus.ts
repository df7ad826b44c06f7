// The corpus of pages the workbench has open: every page of a folder, read once. A page that cannot be
// read is listed with its reason; the others are still served.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readPage } from '../ingest';
import type { PageDocument } from '../model';

export interface CorpusPage {
  id: string;
  file: string;
  document: PageDocument | null;
  error: string | null;
}

export interface Corpus {
  name: string;
  folder: string;
  pages: CorpusPage[];
  /** Problems with the corpus as a whole (missing folder, no pages), worded for a person. */
  problems: string[];
}

const PAGE_FILE = /\.(txt|html?|md)$/i;

export async function loadCorpusFolder(folder: string): Promise<Corpus> {
  const corpus: Corpus = { name: basename(folder), folder, pages: [], problems: [] };
  let names: string[];
  try {
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
    names = (await readdir(folder)).filter((n) => PAGE_FILE.test(n)).sort();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    corpus.problems.push(`The corpus folder ${folder} cannot be read (${reason}). Put page files (.txt or .html) there, or start with --corpus FOLDER.`);
    return corpus;
  }
  if (names.length === 0) corpus.problems.push(`The corpus folder ${folder} holds no page files (.txt or .html).`);
  for (const name of names) {
    const file = join(folder, name);
    try {
      const bytes = new Uint8Array(await readFile(file));
      corpus.pages.push({ id: name, file: name, document: readPage(bytes, name), error: null });
    } catch (error) {
      corpus.pages.push({ id: name, file: name, document: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return corpus;
}
