// A pair's direction in real Chromium (issue 12 point 5): story.de.txt + story.vi.txt picked in name order are shown
// as "story.vi.txt (Vietnamese, original) → story.de.txt (German, translation)" before anything is written; Swap
// turns the pair round and the import follows it; "Swap sides" in the View menu turns an open document round
// (the grid's headers and rows follow) and undo turns it back. A single page still imports at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, type Served } from './harness';

const DE_TITLE = 'Hanoi eröffnet neue Metrolinie';
const VI_TITLE = 'Hà Nội khai trương tuyến đường sắt đô thị mới';
const DE = `${DE_TITLE}\n\nDie Stadt Hanoi hat am Freitag eine neue Metrolinie eröffnet. Sie verbindet Nhon mit dem Hauptbahnhof.\n`;
const VI = `${VI_TITLE}\n\nThành phố Hà Nội đã khai trương một tuyến đường sắt đô thị mới vào thứ Sáu. Tuyến này nối Nhổn với ga Hà Nội.\n`;
const SINGLE = 'Wirtschaft wächst\n\nDie Wirtschaft Vietnams ist im dritten Quartal um sechs Prozent gewachsen.\n';
const text = (name: string, content: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(content) });

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ serveArgs: ['--no-samples'] });
  ({ served, page, errors } = session);
});
after(() => session?.close());

/** The grid's two column headers, translation first. */
const headers = async () => (await page.locator('.grid .row.head [role="columnheader"]').allTextContents()).filter((h) => h.trim() !== '');

/** Waits until the grid's headers read exactly these. */
async function expectHeaders(expected: string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    seen = await headers();
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(seen, expected);
}

/** The translation-side text of the first row (the title row). */
const firstTranslation = () => page.locator('.grid-body .row[data-row="0"] .translation .text').first().textContent();

test('a single page imports at once, without a confirmation', async () => {
  await page.goto(served.url);
  await page.getByText('No pages in this corpus.').waitFor();
  await page.getByTestId('import-input').setInputFiles([text('economy.txt', SINGLE)]);
  await page.getByTestId('import-summary').getByText('1 imported, 0 already there, 0 failed').waitFor();
  assert.equal(await page.getByTestId('pair-directions').count(), 0);
});

test('shows the direction of a picked pair, swaps it before import, and imports it that way', async () => {
  // As a file dialog lists them: German first.
  await page.getByTestId('import-input').setInputFiles([text('story.de.txt', DE), text('story.vi.txt', VI)]);
  const pair = page.getByTestId('pair-direction');
  await pair.waitFor();
  assert.equal(await pair.getAttribute('data-original'), 'story.vi.txt');
  assert.equal(await pair.getAttribute('data-translation'), 'story.de.txt');
  const shown = (await pair.textContent()) ?? '';
  assert.match(shown, /story\.vi\.txt \(Vietnamese, original\)\s*→\s*story\.de\.txt \(German, translation\)/);
  // Nothing is written while the person decides.
  assert.equal(await page.locator('.corpus-entry').count(), 1);
  await page.screenshot({ path: resultsPath('direction-before-import.png') });

  await pair.getByRole('button', { name: /Swap/ }).click();
  assert.equal(await pair.getAttribute('data-original'), 'story.de.txt');
  assert.match((await pair.textContent()) ?? '', /story\.de\.txt \(German, original\)\s*→\s*story\.vi\.txt \(Vietnamese, translation\)/);
  await page.getByTestId('pair-directions').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-summary').getByText('1 imported, 0 already there, 0 failed').waitFor();
  assert.equal(await page.getByTestId('pair-directions').count(), 0);

  // The listed page of a pair is its translation: here the Vietnamese one, as confirmed.
  await page.locator('.corpus-entry[data-file="story.vi.txt"]').click();
  await expectHeaders(['Translation · Vietnamese', 'Original · German']);
  assert.equal((await firstTranslation())?.trim(), VI_TITLE);
});

test('cancel leaves the project as it was', async () => {
  await page.getByTestId('import-input').setInputFiles([text('other.de.txt', DE.replace('Freitag', 'Samstag')), text('other.vi.txt', VI)]);
  await page.getByTestId('pair-direction').waitFor();
  await page.getByTestId('pair-directions').getByRole('button', { name: 'Cancel', exact: true }).click();
  assert.equal(await page.getByTestId('pair-directions').count(), 0);
  assert.equal(await page.locator('.corpus-entry').count(), 2);
});

test('swaps the sides of an open document from the View menu, and undo turns it back', async () => {
  await page.locator('summary', { hasText: /^View/ }).click();
  await page.getByTestId('swap-sides').click();
  await expectHeaders(['Translation · German', 'Original · Vietnamese']);
  await page.waitForFunction((title) => document.querySelector('.grid-body .row[data-row="0"] .translation .text')?.textContent?.trim() === title, DE_TITLE);
  // The corpus list names the pair by its translation page, now the German one; the same entry stays open.
  await page.locator('.corpus-entry[data-file="story.de.txt"][aria-current="page"]').waitFor();
  await page.screenshot({ path: resultsPath('direction-swapped.png') });

  await page.locator('.action-bar button[data-action="undo"]').click();
  await expectHeaders(['Translation · Vietnamese', 'Original · German']);
  await page.waitForFunction((title) => document.querySelector('.grid-body .row[data-row="0"] .translation .text')?.textContent?.trim() === title, VI_TITLE);
  assert.deepEqual(errors, []);
});
