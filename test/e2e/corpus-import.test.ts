// Corpus files through the UI in real Chromium (issue 12 point 3): a TMX as a CAT tool writes it, an XLIFF 2.0 file,
// a plain two-column TSV without a header and a JSONL file picked together are imported as aligned units, not as
// pages of raw markup; each opens with its German and Vietnamese in the right columns. A picked folder holding a
// corpus file and a page imports both.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { writeJsonl, type AlignedUnit } from '../../src/formats';
import { unit } from '../review/helpers';
import { type BrowserSession, openSession, type Served } from './harness';

const PAIRS: Array<[de: string, vi: string]> = [
  ['Die Regierung hat am Montag neue Regeln für den Verkehr beschlossen.', 'Chính phủ đã thông qua các quy định mới về giao thông vào thứ Hai.'],
  ['Die Preise für Reis sind im letzten Monat gestiegen.', 'Giá gạo đã tăng trong tháng trước.'],
  ['Viele Schüler kehren nach den Ferien in die Schulen zurück.', 'Nhiều học sinh trở lại trường sau kỳ nghỉ.'],
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Written as a CAT tool exports a translation memory: Vietnamese source, German target.
const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="cat" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="vi" datatype="plaintext"/>
<body>${PAIRS.map(([de, vi]) => `<tu><tuv xml:lang="vi"><seg>${escapeXml(vi)}</seg></tuv><tuv xml:lang="de"><seg>${escapeXml(de)}</seg></tuv></tu>`).join('\n')}</body></tmx>
`;

const XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="de"><file id="f1">
${PAIRS.map(([de, vi], i) => `<unit id="u${i + 1}"><segment><source>${escapeXml(vi)}</source><target>${escapeXml(de)}</target></segment></unit>`).join('\n')}
</file></xliff>
`;

// A plain TSV as people keep them: German first, no header line; the languages are read from the text.
const TSV = PAIRS.map(([de, vi]) => `${de}\t${vi}`).join('\n') + '\n';

const jsonlUnit = ([de, vi]: [string, string], i: number): AlignedUnit => unit(vi, de, { id: String(i + 1), docId: 'news', file: 'news.jsonl', origin: 'manual', score: null });
const JSONL = [...writeJsonl(PAIRS.map(jsonlUnit))].join('');

const file = (name: string, content: string) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ serveArgs: ['--no-samples'] });
  ({ served, page, errors } = session);
});
after(() => session?.close());

/** Opens the corpus entry of this file and returns the grid's first row as [translation, original] text. */
async function firstRowOf(name: string): Promise<[string, string]> {
  await page.locator(`.corpus-entry[data-file="${name}"]`).click();
  const row = page.locator('.grid-body .row[data-row="0"]');
  await row.waitFor();
  const translation = (await row.locator('.translation .text').allTextContents()).join(' ');
  const original = (await row.locator('.original .text').allTextContents()).join(' ');
  return [translation, original];
}

test('TMX, XLIFF, plain TSV and JSONL picked together are imported as aligned units', async () => {
  await page.goto(served.url);
  await page.getByText('No pages in this corpus.').waitFor();
  await page
    .getByTestId('import-input')
    .setInputFiles([file('memory.tmx', TMX), file('project.xlf', XLIFF), file('pairs.tsv', TSV), file('news.jsonl', JSONL)]);
  await page.getByTestId('import-summary').getByText('4 imported, 0 already there, 0 failed').waitFor();

  for (const name of ['memory.tmx', 'project.xlf', 'pairs.tsv', 'news.jsonl']) {
    const entry = page.locator(`.corpus-entry[data-file="${name}"]`);
    await entry.waitFor();
    // Three units make three rows; a page of raw markup would have made sentences of tags.
    assert.match((await entry.locator('.entry-meta').last().textContent()) ?? '', /^3 rows/, `${name}: three rows`);
    const [translation, original] = await firstRowOf(name);
    assert.equal(translation.trim(), PAIRS[0]![0], `${name}: German in the translation column`);
    assert.equal(original.trim(), PAIRS[0]![1], `${name}: Vietnamese in the original column`);
    const text = (await page.locator('.grid-body').textContent()) ?? '';
    assert.doesNotMatch(text, /<tuv|<segment|"source"|\t/, `${name}: no raw markup in the grid`);
  }
  // The TSV had no header: its headers name the detected languages, not "root".
  await page.locator('.corpus-entry[data-file="pairs.tsv"]').click();
  const heads = (await page.locator('.grid .row.head [role="columnheader"]').allTextContents()).join(' ');
  assert.doesNotMatch(heads, /root/i);
});

test('a picked folder imports its corpus files and its pages', async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'bitext-e2e-folder-')), 'delivery');
  mkdirSync(folder);
  writeFileSync(join(folder, 'memory2.tmx'), TMX.replace('Montag', 'Dienstag'));
  writeFileSync(join(folder, 'note.txt'), 'Wetter\n\nMorgen regnet es in Hanoi den ganzen Tag.\n');
  writeFileSync(join(folder, 'picture.png'), 'not an image a reader takes');
  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await page.getByTestId('import-summary').getByText('2 imported, 0 already there, 0 failed').waitFor();
  const [translation] = await firstRowOf('memory2.tmx');
  assert.match(translation, /Dienstag/);
  await page.locator('.corpus-entry[data-file="note.txt"]').waitFor();
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
