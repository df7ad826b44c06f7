// A filter sees the whole of a long document in real Chromium (issue 12 points 1 and 6): on a 60,000-row document
// the grid's "confirmed" filter shows the row after row 50,000 (the old client-side filter read only the first
// 50,000 rows), counts come from the server, and scrolling a filter with thousands of rows reaches its last one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { longUnits } from '../fixtures/longUnits';
import { openProject } from '../../src/store';
import { launchChromium, serveWorkbench, temporaryProject, type Served } from './harness';

const ROWS = 60_000;
const CONFIRMED = [10, 55_000];

let served: Served;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const errors: string[] = [];

before(async () => {
  const path = temporaryProject();
  const project = openProject(path, { create: true });
  // Every 1,000th row is unscored: 60 of them, the last at row 59,999.
  const units = longUnits(ROWS, (i) => ({ state: CONFIRMED.includes(i) ? 'confirmed' : 'proposed', score: i % 1000 === 999 ? null : 0.8 }));
  project.importUnits(units, { contentHash: 'long', source: 'long.tsv' });
  project.close();
  served = await serveWorkbench([], path);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
});
after(async () => {
  await browser?.close();
  await served?.stop();
});

const shownRows = () => page.locator('.grid-body .row[data-row]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-row'))));

async function setFilter(name: string, checked: boolean) {
  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.locator(`[data-filter="${name}"]`).setChecked(checked);
  await page.keyboard.press('Escape');
}

test('the confirmed filter finds the row after row 50,000', async () => {
  await page.goto(served.url);
  await page.locator('.corpus-entry').first().click();
  await page.getByTestId('status-rows').getByText(`${ROWS} rows`).waitFor();
  await setFilter('confirmed', true);
  await page.getByTestId('status-rows').getByText(`2 of ${ROWS} rows shown`).waitFor();
  await page.locator('.grid-body .row[data-row="55000"]').waitFor();
  assert.deepEqual(await shownRows(), CONFIRMED);
  await setFilter('confirmed', false);
});

test('scrolling a filtered grid reaches the last matching row', async () => {
  await setFilter('unscored', true);
  await page.getByTestId('status-rows').getByText(`60 of ${ROWS} rows shown`).waitFor();
  await page.getByTestId('grid-body').evaluate((grid) => grid.scrollTo(0, grid.scrollHeight));
  await page.locator('.grid-body .row[data-row="59999"]').waitFor();
  const rows = await shownRows();
  assert.ok(rows.every((r) => r % 1000 === 999), `a scored row is shown: ${rows.join(', ')}`);
  await setFilter('unscored', false);
  await page.getByTestId('status-rows').getByText(`${ROWS} rows`).waitFor();
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
