// The grid's density in real Chromium at 1440×900 (issue 12 point 7): the compact mode shows at least 20 rows
// (InterText's count) with both side panels open, the action bar stays on one line in English and German, the
// panels fold away; screenshots of the grid in light, dark and German for a person to look at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, type Served } from './harness';

const SEED = '003_5823c60efa0b5747.txt';

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 } });
  ({ served, page, errors } = session);
});
after(() => session?.close());

/** Rows whose whole box lies inside the grid's scrolling area. */
const rowsInView = () =>
  page.evaluate(() => {
    const body = document.querySelector('[data-grid-body]')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-grid-body] .row[data-row]')].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= body.top - 1 && box.bottom <= body.bottom + 1;
    }).length;
  });

/** The action bar's height and what in it is cut off (a label wider than its button, a button past the bar's end). */
const actionBar = () =>
  page.locator('.action-bar').evaluate((bar) => {
    const right = bar.getBoundingClientRect().right;
    const clipped = [...bar.querySelectorAll('button, summary')]
      .filter((b) => !b.closest('.menu-items') && (b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > right + 1))
      .map((b) => b.textContent);
    return { height: bar.getBoundingClientRect().height, overflow: bar.scrollWidth > bar.clientWidth + 1 || clipped.length > 0, clipped };
  });

async function setView(setting: string, on: boolean) {
  await page.locator('summary', { hasText: /^(View|Ansicht)/ }).click();
  await page.locator(`[data-setting="${setting}"]`).setChecked(on);
  await page.keyboard.press('Escape');
}

test('the compact grid shows at least 20 rows on a 1440×900 window with both panels open', async () => {
  await page.goto(served.url);
  await page.locator(`.corpus-entry[data-file="${SEED}"]`).click();
  await page.locator('.grid-body .row[data-row="5"]').waitFor();
  const normal = await rowsInView();
  await setView('compact', true);
  await page.waitForFunction(() => document.querySelector('.grid.compact') !== null);
  await page.waitForTimeout(300);
  const compact = await rowsInView();
  console.log(`rows in view at 1440x900: normal ${normal}, compact ${compact}`);
  assert.ok(compact >= 20, `compact mode shows ${compact} rows (normal ${normal})`);
  assert.ok(compact > normal * 2, `compact ${compact} rows vs normal ${normal}`);
  await page.screenshot({ path: resultsPath('density-compact-light.png') });
});

test('the action bar is one line in English, German and Vietnamese', async () => {
  const en = await actionBar();
  assert.ok(en.height < 34 && !en.overflow, `English action bar: ${JSON.stringify(en)}`);
  await page.getByTestId('ui-language').selectOption('de');
  await page.getByRole('button', { name: 'Bestätigen', exact: true }).waitFor();
  const de = await actionBar();
  assert.ok(de.height < 34 && !de.overflow, `German action bar: ${JSON.stringify(de)}`);
  await page.screenshot({ path: resultsPath('density-compact-de.png') });
  await setView('compact', false);
  await page.screenshot({ path: resultsPath('density-normal-de.png') });
  const normal = await actionBar();
  assert.ok(normal.height < 34 && !normal.overflow, `German action bar, normal rows: ${JSON.stringify(normal)}`);
  await page.getByTestId('ui-language').selectOption('vi');
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).waitFor();
  const vi = await actionBar();
  assert.ok(vi.height < 34 && !vi.overflow, `Vietnamese action bar: ${JSON.stringify(vi)}`);
  await page.getByTestId('ui-language').selectOption('en');
});

test('the side panels fold away and give the grid the width', async () => {
  const before = (await page.locator('.grid').boundingBox())!.width;
  await page.getByTestId('toggle-side').click();
  await page.getByRole('button', { name: 'Corpus', exact: true }).click();
  await page.waitForFunction(() => !document.querySelector('.side') && !document.querySelector('.sidebar'));
  const after = (await page.locator('.grid').boundingBox())!.width;
  assert.ok(after > before + 450, `grid ${before} px -> ${after} px`);
  await page.reload();
  await page.locator('.grid-body .row[data-row="5"]').waitFor();
  assert.equal(await page.locator('.sidebar').count(), 0, 'the folded corpus list stays folded after a reload');
  await page.getByTestId('toggle-side').click();
  await page.getByRole('button', { name: 'Corpus', exact: true }).click();
  await page.locator('.sidebar').waitFor();
});

test('renders the compact grid in the dark theme', async () => {
  await setView('compact', true);
  await page.locator('.grid-body .row[data-row="3"] .translation .text').click();
  await page.getByRole('button', { name: 'Dark' }).click();
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  await page.screenshot({ path: resultsPath('density-compact-dark.png') });
  await page.getByRole('button', { name: 'Light' }).click();
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
