// One corpus file written to a temporary folder and imported into a new workbench, as a person picks it: what the
// import made of it (the document and its rows). The caller closes the workbench.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { DocumentView, ImportSummary, LinkPage } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { openTestWorkbench } from './transports';

export async function importCorpusText(name: string, text: string): Promise<{ wb: Workbench; view: DocumentView; rows: LinkPage['rows'] }> {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-corpus-file-')), name);
  writeFileSync(path, text);
  const wb = await openTestWorkbench('http', null);
  const call = <T>(method: string, args: unknown) => wb.dispatcher.invoke(method, args, wb.events) as Promise<T>;
  const summary = await call<ImportSummary>('corpus.import', { paths: [path] });
  expect(summary.failed).toEqual([]);
  const documentId = summary.imported[0]!.documentId;
  const view = await call<DocumentView>('document.get', { id: documentId });
  const rows = (await call<LinkPage>('links.list', { documentId })).rows;
  return { wb, view, rows };
}
