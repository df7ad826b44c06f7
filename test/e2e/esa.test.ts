// ESA scores in real Chromium: on a row, mark an error span, then give the row a 0–100 score in the side panel
// (the span shown as context); the review view shows the mean beside MQM, in the corpus cards and the page table;
// Ctrl+Z in the editor takes the score back out, and the review view says so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, type Served } from './harness';

const SEED = '000_0005e1291e1ffabb.txt';
const SENTENCE = 'Die Staatschefs Russlands und Nordkoreas';

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];
let docHash = '';

before(async () => {
  session = await openSession({ consoleErrors: true });
  ({ served, page, errors } = session);
});
after(() => session?.close());

const rowOf = (text: string) => page.locator('.grid-body .row', { hasText: text }).first();
const panel = () => page.getByRole('region', { name: 'ESA score of the current row' });
const esaCard = () => page.locator('.score-card[data-score="esa"] dd');

test('marks a span, then scores the row in the side panel', async () => {
  await page.goto(served.url);
  await page.locator(`.corpus-entry[data-file="${SEED}"]`).click();
  const target = rowOf(SENTENCE).locator('.translation .text').first();
  await target.click();
  await panel().getByText('Not scored yet.').waitFor();
  // Select a word as a person would, and mark it as a minor error: the ESA panel shows it as the context.
  await target.evaluate((element) => {
    const node = element.firstChild as Text;
    const start = node.data.indexOf('Nordkoreas');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 'Nordkoreas'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.keyboard.press('a');
  const form = page.getByRole('form', { name: 'New annotation' });
  await form.getByRole('radio', { name: 'minor' }).check();
  await form.getByRole('button', { name: 'Add annotation' }).click();
  await panel().locator('.esa-spans mark', { hasText: 'Nordkoreas' }).waitFor();
  assert.equal(await panel().locator('.esa-spans mark').getAttribute('class'), 'sev-minor');

  const number = panel().getByRole('spinbutton', { name: 'ESA score (0–100)' });
  await number.fill('150');
  await panel().getByRole('alert').getByText('Type a whole number from 0 to 100.').waitFor();
  assert.equal(await panel().getByRole('button', { name: 'Save', exact: true }).isDisabled(), true);
  await number.fill('72');
  await number.press('Enter');
  await panel().getByText('Saved: 72').waitFor();
  assert.equal(await panel().getByRole('slider', { name: 'ESA score, 0 to 100' }).inputValue(), '72');
  // The slider changes the score with the arrow keys (not the grid's cursor) and saves with Enter.
  const slider = panel().getByRole('slider', { name: 'ESA score, 0 to 100' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await panel().getByText('Saved: 74').waitFor();
  await panel().screenshot({ path: resultsPath('esa-panel.png') });
  docHash = await page.evaluate(() => window.location.hash);
});

test('the review view shows the ESA mean beside MQM, for the corpus and the page', async () => {
  await page.goto(`${served.url}#/review`);
  await esaCard().getByText('74.0 (1)').waitFor();
  // Beside MQM: the card right after the MQM card.
  const order = await page.locator('.score-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-score')));
  assert.equal(order.indexOf('esa'), order.indexOf('mqm') + 1, order.join(','));
  const headers = await page.locator('.review-table thead th').allTextContents();
  assert.equal(headers.indexOf('ESA score'), headers.indexOf('MQM score') + 1, headers.join(','));
  const pageRow = page.locator('.review-table tbody tr', { hasText: 'Russische und nordkoreanische' });
  assert.equal(await pageRow.locator('td').nth(2).innerText(), '74.0 (1)');
  await page.locator('.score-cards').screenshot({ path: resultsPath('esa-review-cards.png') });
});

test('Ctrl+Z in the editor undoes the score, and the review view follows', async () => {
  await page.goto(`${served.url}${docHash}`);
  const row = rowOf(SENTENCE);
  await row.locator('.translation .text').first().click();
  await panel().getByText('Saved: 74').waitFor();
  await page.keyboard.press('Control+z');
  await panel().getByText('Saved: 72').waitFor();
  await page.keyboard.press('Control+z');
  await panel().getByText('Not scored yet.').waitFor();
  await page.goto(`${served.url}#/review`);
  await page.locator('.score-card[data-score="mqm"] dd').waitFor();
  await esaCard().getByText('–').waitFor();
  assert.deepEqual(errors, []);
});
