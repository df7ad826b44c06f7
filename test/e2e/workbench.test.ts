// A new user's first minutes, in real Chromium against real browser mode.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, type Served } from './harness';

const SEED = '000_0005e1291e1ffabb.txt';
const VI_HEADLINE = 'Lãnh đạo Nga và Triều Tiên trao đổi thư từ nhân dịp kỷ niệm 75 năm quan hệ song phương';
const DE_TITLE = 'Russische und nordkoreanische Staatschefs tauschen Briefe aus, um 75 Jahre bilaterale Beziehungen zu feiern';

let session: BrowserSession;
let served: Served;
let page: Page;
let pageErrors: string[] = [];

before(async () => {
  session = await openSession({ consoleErrors: true });
  ({ served, page, errors: pageErrors } = session);
});
after(() => session?.close());

async function box(selector: string, text: string) {
  const locator = page.locator(selector, { hasText: text }).first();
  await locator.waitFor();
  const rect = await locator.boundingBox();
  assert.ok(rect, `${text} has no box on screen`);
  return rect;
}

test('opens the corpus and lists the five sample pages', async () => {
  await page.goto(served.url);
  await page.locator('.corpus-entry').nth(4).waitFor();
  assert.equal(await page.locator('.corpus-entry').count(), 5);
  const entry = page.locator(`.corpus-entry[data-file="${SEED}"]`);
  assert.match(await entry.innerText(), /Russische und nordkoreanische Staatschefs/);
  assert.match(await entry.innerText(), /Báo Quốc Tế · 2023-10-14/);
  assert.ok(!page.url().includes('token='), 'the token is removed from the address bar');
});

test('shows the Vietnamese headline in the row of the German title', async () => {
  await page.locator(`.corpus-entry[data-file="${SEED}"]`).click();
  const vi = await box('.grid .cell.original .text', VI_HEADLINE);
  const de = await box('.grid .cell.translation .text', DE_TITLE);
  const overlap = Math.min(vi.y + vi.height, de.y + de.height) - Math.max(vi.y, de.y);
  assert.ok(overlap > 0, `the two boxes share no horizontal band (vi ${vi.y}–${vi.y + vi.height}, de ${de.y}–${de.y + de.height})`);
  assert.ok(vi.x > de.x + de.width - 1, 'the Vietnamese stands to the right of the German');
  await page.screenshot({ path: resultsPath('workbench-light.png') });
});

test('switches the interface to Vietnamese, keeps it after a reload, and back', async () => {
  await page.getByTestId('ui-language').selectOption('vi');
  await page.getByRole('heading', { name: /Kho văn bản/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: /Kho văn bản/ }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  await page.screenshot({ path: resultsPath('workbench-vi.png') });
  await page.getByTestId('ui-language').selectOption('en');
  await page.getByRole('heading', { name: /Corpus/ }).waitFor();
  assert.equal(await page.getByTestId('ui-language').inputValue(), 'en');
});

test('renders the dark theme', async () => {
  await page.getByRole('button', { name: 'Dark' }).click();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.screenshot({ path: resultsPath('workbench-dark.png') });
  await page.getByRole('button', { name: 'Light' }).click();
});

test('ran without script errors or CSP violations', () => {
  assert.deepEqual(pageErrors, []);
});
