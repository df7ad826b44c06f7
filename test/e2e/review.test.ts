// The review view in real Chromium on the sample corpus: scores, charts and the seed findings (the Vietnamese
// headline left in, Shoigu/Schoigu, `Außenministerium ,`, the `[Anzeige_…]` markers); a finding opens its row;
// an ignore is remembered; the export dialog hands TMX and Moses files to the browser as downloads, and the TMX
// validates against the DTD.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, ROOT, type Served } from './harness';

const SCHEMAS = join(ROOT, '..', 'shared', 'schemas');

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ consoleErrors: true });
  ({ served, page, errors } = session);
});
after(() => session?.close());

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

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('exports the corpus as TMX from the dialog: the browser downloads it, and it validates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-e2e-export-'));
  await page.getByRole('button', { name: 'Export corpus…' }).click();
  await page.getByLabel('Format').selectOption('tmx');
  // Browser mode names no file on the server: no path field, no "replace" box.
  assert.equal(await page.getByLabel('File', { exact: true }).count(), 0);
  assert.equal(await page.getByText('Replace the file if it exists').count(), 0);
  await page.getByText(/your browser saves it/).waitFor();
  const button = page.getByRole('button', { name: 'Export', exact: true });
  // The primary button must be readable: it was white text on the near-white page.
  const colors = await button.evaluate((b) => ({ fg: getComputedStyle(b).color, bg: getComputedStyle(b).backgroundColor }));
  assert.ok(contrast(colors.fg, colors.bg) >= 3, `Export button contrast ${JSON.stringify(colors)}`);

  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'workbench.tmx');
  const saved = join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  await page.getByRole('status').getByText(/rows exported; your browser saves workbench\.tmx/).waitFor();
  const tmx = readFileSync(saved, 'utf8');
  assert.match(tmx, /<tmx version="1.4">/);
  copyFileSync(join(SCHEMAS, 'tmx14.dtd'), join(dir, 'tmx14.dtd'));
  const lint = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(SCHEMAS, 'tmx14.dtd'), saved], { encoding: 'utf8' });
  assert.equal(lint.error, undefined, 'xmllint is missing: apt-get install libxml2-utils');
  assert.equal(lint.stderr, '');
  assert.equal(lint.status, 0);

  // Moses gives two files, both downloaded.
  await page.getByLabel('Format').selectOption('moses');
  const names: string[] = [];
  const both = new Promise<void>((resolve) => {
    page.on('download', (d) => {
      names.push(d.suggestedFilename());
      if (names.length === 2) resolve();
    });
  });
  await button.click();
  await both;
  assert.deepEqual(names.sort(), ['workbench.de', 'workbench.vi']);
  await page.screenshot({ path: resultsPath('review-export.png') });
  assert.deepEqual(errors, []);
});

test('the API refuses a server path in browser mode', async () => {
  const target = join(mkdtempSync(join(tmpdir(), 'bitext-e2e-path-')), 'x.tmx');
  const token = new URL(served.url).searchParams.get('token');
  const answer = await page.evaluate(
    async ({ path, token }) => {
      const r = await fetch('/api/corpus.export', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ format: 'tmx', path }) });
      return { status: r.status, body: (await r.json()) as { error: { message: string } } };
    },
    { path: target, token },
  );
  assert.equal(answer.status, 403);
  assert.match(answer.body.error.message, /writes no file on the server/);
  assert.ok(!existsSync(target));
});
