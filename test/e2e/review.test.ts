// The review view in real Chromium on the sample corpus: scores, charts and the seed findings (the Vietnamese
// headline left in, Shoigu/Schoigu, `Außenministerium ,`, the `[Anzeige_…]` markers); a finding opens its row;
// an ignore is remembered; the export dialog writes a TMX file with progress.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchChromium, resultsPath, serveWorkbench, type Served } from './harness';

let served: Served;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const errors: string[] = [];

before(async () => {
  served = await serveWorkbench();
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
});
after(async () => {
  await browser?.close();
  await served?.stop();
});

const finding = (check: string, excerpt: string) => page.locator(`.finding[data-check="${check}"]`, { has: page.locator('.finding-excerpt', { hasText: excerpt }) }).first();

test('shows the corpus scores, the charts and the seed findings', async () => {
  await page.goto(`${served.url}#/review`);
  await page.locator('.score-card[data-score="mqm"] dd').getByText('100.0').waitFor();
  assert.equal(await page.locator('.score-card[data-score="confirmed"] dd').innerText(), '0 %');
  assert.equal(await page.locator('.review-chart canvas').count(), 3);
  assert.equal(await page.locator('.review-table tbody tr').count(), 5);
  await finding('leftover-source', 'Lãnh đạo Nga và Triều Tiên trao đổi thư từ').waitFor();
  await finding('name-variant', 'Shoigu').waitFor();
  assert.match(await finding('name-variant', 'Shoigu').innerText(), /Schoigu/);
  await finding('boilerplate', '[Anzeige_1]').waitFor();
  assert.ok((await page.locator('.finding[data-check="space-before-punctuation"]').count()) >= 1);
  // Tall enough to show the whole view, findings included (the view scrolls inside the window).
  await page.setViewportSize({ width: 1400, height: 2000 });
  await page.screenshot({ path: resultsPath('review.png') });
  await page.setViewportSize({ width: 1400, height: 900 });
});

test('a finding opens its row in the editor', async () => {
  await finding('name-variant', 'Shoigu').locator('.finding-open').click();
  await page.waitForFunction(() => /^#\/doc\/\d+\/\d+$/.test(window.location.hash));
  const row = Number(/\/(\d+)$/.exec(await page.evaluate(() => window.location.hash))![1]);
  const target = page.locator(`.grid-body .row[data-row="${row}"]`);
  await target.waitFor();
  assert.match(await target.innerText(), /Shoigu/);
});

test('the space before the comma is in the row "Außenministerium , Moskau"', async () => {
  await page.goto(`${served.url}#/review`);
  await page.locator('.check-count', { hasText: /punctuation/ }).click();
  const items = page.locator('.finding[data-check="space-before-punctuation"] .finding-open');
  await items.first().waitFor();
  const texts: string[] = [];
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    await page.goto(`${served.url}#/review`);
    await page.locator('.check-count', { hasText: /punctuation/ }).click();
    await items.nth(i).waitFor();
    await items.nth(i).click();
    await page.waitForFunction(() => /^#\/doc\/\d+\/\d+$/.test(window.location.hash));
    const row = Number(/\/(\d+)$/.exec(await page.evaluate(() => window.location.hash))![1]);
    const target = page.locator(`.grid-body .row[data-row="${row}"]`);
    await target.waitFor();
    texts.push(await target.innerText());
  }
  assert.ok(texts.some((t) => t.includes('Außenministerium , Moskau')), texts.join('\n---\n'));
});

test('an ignored finding leaves the list and the count, and comes back', async () => {
  await page.goto(`${served.url}#/review`);
  const count = page.locator('.score-card[data-score="findings"] dd');
  await count.waitFor();
  const before = Number(await count.innerText());
  await finding('name-variant', 'Shoigu').getByRole('button', { name: /^Ignore this finding/ }).click();
  await page.waitForFunction((n) => document.querySelector('.score-card[data-score="findings"] dd')?.textContent === String(n - 1), before);
  await page.getByLabel('Show ignored').check();
  await finding('name-variant', 'Shoigu').getByRole('button', { name: /^Bring this finding back/ }).click();
  await page.waitForFunction((n) => document.querySelector('.score-card[data-score="findings"] dd')?.textContent === String(n), before);
});

test('exports the corpus as TMX from the dialog', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'bitext-e2e-export-')), 'corpus.tmx');
  await page.getByRole('button', { name: 'Export corpus…' }).click();
  await page.getByLabel('Format').selectOption('tmx');
  await page.getByLabel('File', { exact: true }).fill(out);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('status').getByText(/rows written to/).waitFor();
  assert.ok(existsSync(out));
  assert.match(readFileSync(out, 'utf8'), /<tmx version="1.4">/);
  // A second export to the same file is refused, and says why.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('alert').getByText(/already exists/).waitFor();
  await page.screenshot({ path: resultsPath('review-export.png') });
  assert.deepEqual(errors, []);
});
