// Keyboard-first editing in real Chromium (issue 12 point 2): Tab walks the controls and never confirms, Enter
// on a corpus entry or the Review link activates it, a focused row takes Enter, j/k and Shift+arrows; several
// rows are confirmed at once; undo says what it undid and flashes its row; a key remapped in the keymap panel
// works and survives a reload, a conflicting one is refused by name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, type Served } from './harness';

const SEED = '000_0005e1291e1ffabb.txt';

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 } });
  ({ served, page, errors } = session);
});
after(() => session?.close());

const active = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', cls: el?.className ?? '', file: el?.getAttribute('data-file') ?? null, href: el?.getAttribute('href') ?? null, place: el?.getAttribute('data-place') ?? null, text: el?.textContent?.slice(0, 40) ?? '' };
  });
const confirmedRows = () => page.locator('.grid-body .row[data-state="confirmed"]').count();

/** Presses Tab until `wanted` holds for the focused element; fails after `limit` presses. */
async function tabTo(wanted: (el: Awaited<ReturnType<typeof active>>) => boolean, limit = 80, key = 'Tab') {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (wanted(await active())) return i + 1;
  }
  throw new Error(`focus never reached the wanted control in ${limit} presses of ${key}; last: ${JSON.stringify(await active())}`);
}

test('with a page open, Tab walks the controls, and Enter on another corpus entry opens it without confirming anything', async () => {
  await page.goto(served.url);
  await page.locator('.corpus-entry').nth(4).waitFor();
  await page.locator('.corpus-entry').nth(1).click();
  await page.locator('.grid-body .row[data-row="1"]').waitFor();
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const el = await active();
    seen.add(`${el.tag}.${el.cls}.${el.text}`);
  }
  assert.ok(seen.size > 10, `Tab visited only ${seen.size} elements: ${[...seen].join(' | ')}`);
  assert.equal(await confirmedRows(), 0, 'Tab must not act on the grid');
  await tabTo((el) => el.file === SEED);
  await page.keyboard.press('Enter');
  await page.locator(`.corpus-entry[data-file="${SEED}"][aria-current="page"]`).waitFor();
  await page.locator('.doc-title', { hasText: 'Russische und nordkoreanische Staatschefs' }).waitFor();
  await page.locator('.grid-body .row[data-row="3"]').waitFor();
  assert.equal(await confirmedRows(), 0, 'Enter on a corpus entry must not confirm a row');
  assert.match(await page.locator('.corpus-entry').nth(1).innerText(), /· 0 confirmed/);
});

test('a focused row takes j, k and Enter; Enter on the Review link opens the review; the Editor link comes back', async () => {
  const presses = await tabTo((el) => el.place !== null);
  assert.ok(presses < 40, `the grid took ${presses} Tab presses to reach`);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  assert.equal((await active()).place, '2', 'focus follows the cursor row');
  await page.keyboard.press('Enter');
  await page.locator('.grid-body .row[data-row="2"][data-state="confirmed"]').waitFor();
  assert.equal((await active()).place, '2', 'focus stays on the row after Enter');
  await tabTo((el) => el.href === '#/review', 80, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/review/);
  await page.locator('.review').waitFor();
  await tabTo((el) => el.tag === 'A' && (el.href ?? '').startsWith('#/doc/'), 20, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/doc\/\d+\/2$/);
  await page.locator('.grid-body .row.focused[data-row="2"]').waitFor();
  assert.equal(await confirmedRows(), 1, 'only the row confirmed with Enter is confirmed');
});

test('picks rows with Shift+click and Shift+arrows and confirms them at once; x, x keeps "confirmed"', async () => {
  await page.locator('.grid-body .row[data-row="4"] .translation .text').click();
  await page.locator('.grid-body .row[data-row="6"] .translation .text').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Shift+ArrowDown');
  assert.equal(await page.getByTestId('status-picked').innerText(), '4 selected');
  await page.keyboard.press('Enter');
  await page.getByTestId('editor-message').getByText('4 rows confirmed').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.grid-body .row[data-state="confirmed"]').length === 5);
  for (const row of ['4', '5', '6', '7']) assert.equal(await page.locator(`.grid-body .row[data-row="${row}"]`).getAttribute('data-state'), 'confirmed');
  await page.locator('.grid-body .row[data-row="5"] .translation .text').click();
  await page.keyboard.press('x');
  await page.locator('.grid-body .row[data-row="5"][data-state="rejected"]').waitFor();
  assert.match((await page.locator('.grid-body .row[data-row="5"] .state-dot').getAttribute('title')) ?? '', /was confirmed/);
  await page.keyboard.press('x');
  await page.locator('.grid-body .row[data-row="5"][data-state="confirmed"]').waitFor();
});

test('undo says what it undid and flashes the row it changed', async () => {
  // The last action was the second x, which gave row 6 its "confirmed" back: undo rejects it again.
  await page.locator('.grid-body .row[data-row="0"] .original .text').click();
  await page.keyboard.press('Control+z');
  await page.getByTestId('editor-message').getByText(/^Undone: confirm row \(row 6\)$/).waitFor();
  await page.locator('.grid-body .row.flash[data-row="5"]').waitFor();
  assert.equal(await page.locator('.grid-body .row[data-row="5"]').getAttribute('data-state'), 'rejected');
  assert.equal((await active()).place, '5', 'the cursor and focus move to the undone row');
});

test('a key added in the keymap panel confirms, survives a reload, and a taken key is refused by name', async () => {
  await page.getByRole('button', { name: 'Keys', exact: true }).click();
  const panel = page.getByTestId('help-panel');
  await panel.getByRole('button', { name: 'Add a key for "Confirm row"' }).click();
  await page.keyboard.press('y');
  await panel.getByText('y now runs "Confirm row".').waitFor();
  await panel.getByRole('button', { name: 'Add a key for "Confirm row"' }).click();
  await page.keyboard.press('x');
  await panel.getByText('x already belongs to "Reject row". Remove it there first; nothing was changed.').waitFor();
  await page.reload();
  await page.locator('.grid-body .row[data-row="9"] .translation .text').click();
  await page.keyboard.press('y');
  await page.locator('.grid-body .row[data-row="9"][data-state="confirmed"]').waitFor();
  assert.match(await page.locator('button[data-action="confirm"]').getAttribute('title') ?? '', /Confirm row \(Enter\)/);
  const stored = await page.evaluate(() => localStorage.getItem('bitext.keymap'));
  assert.deepEqual(JSON.parse(stored ?? '{}'), { confirm: ['Enter', 'c', 'y'] });
  // The same keymap as a file in the panel: a clash is listed and nothing is applied.
  await page.getByRole('button', { name: 'Keys', exact: true }).click();
  await page.locator('.keymap-file summary').click();
  const file = page.getByRole('textbox', { name: 'Keymap file (JSON)' });
  // The panel fills the text box after it opens: wait for the text rather than read it at once.
  let written = '';
  for (let tries = 0; tries < 100 && written.trim() === ''; tries++) {
    written = await file.inputValue();
    if (written.trim() === '') await page.waitForTimeout(50);
  }
  assert.deepEqual(JSON.parse(written), { confirm: ['Enter', 'c', 'y'] });
  await file.fill('{"confirm": ["Enter", "x"]}');
  await page.getByRole('button', { name: 'Apply the keymap file' }).click();
  await page.getByTestId('keymap-file-problems').getByText('x is bound to more than one action (Confirm row, Reject row)', { exact: false }).waitFor();
  assert.deepEqual(JSON.parse((await page.evaluate(() => localStorage.getItem('bitext.keymap'))) ?? '{}'), { confirm: ['Enter', 'c', 'y'] });
  await page.getByRole('button', { name: 'Close' }).first().click();
});

test('search shows its error in place of stale hits and highlights hits in the grid', async () => {
  await page.locator('.grid-body .row[data-row="3"] .translation .text').click();
  await page.keyboard.press('/');
  const box = page.getByRole('textbox', { name: 'Text or pattern' });
  await box.fill('Kim Jong Un');
  await box.press('Enter');
  await page.locator('.search-hits .hit').first().waitFor();
  await page.locator('.grid-body mark.search-hit', { hasText: 'Kim Jong Un' }).first().waitFor();
  await page.getByRole('checkbox', { name: 'Regular expression' }).check();
  await box.fill('Kim (Jong');
  await box.press('Enter');
  await page.getByTestId('search-error').waitFor();
  assert.equal(await page.locator('.search-hits .hit').count(), 0, 'hits of the earlier query are gone');
  assert.equal(await page.locator('.grid-body mark.search-hit').count(), 0);
});

test('filters the rows to the confirmed ones, keeping the cursor on its row', async () => {
  await page.locator('.grid-body .row[data-row="6"] .translation .text').click();
  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.locator('[data-filter="confirmed"]').check();
  await page.keyboard.press('Escape');
  await page.getByTestId('status-rows').getByText(/^5 of 32 rows shown/).waitFor();
  const states = await page.locator('.grid-body .row[data-state]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
  assert.deepEqual(states, Array(5).fill('confirmed'));
  assert.equal(await page.locator('.grid-body .row.focused').getAttribute('data-row'), '6');
  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByTestId('status-rows').getByText('32 rows').waitFor();
});

test('filters on the server by shape and by QA finding, counts from the server, and u walks only the shown rows', async () => {
  const status = page.getByTestId('status-rows');
  const shownRows = () =>
    page.locator('.grid-body .row[data-state]').evaluateAll((rows) =>
      rows.map((r) => ({
        row: Number(r.getAttribute('data-row')),
        state: r.getAttribute('data-state'),
        sides: [r.querySelectorAll('.translation .text').length, r.querySelectorAll('.original .text').length],
        flagged: r.querySelector('[data-testid="qa-flag"]') !== null,
      })),
    );
  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.locator('[data-filter="oneSided"]').check();
  await page.keyboard.press('Escape');
  await status.getByText(/^\d+ of 32 rows shown/).waitFor();
  const oneSided = await shownRows();
  assert.ok(oneSided.length >= 2, `only ${oneSided.length} one-sided rows shown`);
  assert.ok(oneSided.every((r) => r.sides.includes(0)), `a row with both sides is shown: ${JSON.stringify(oneSided)}`);
  assert.ok(Number(/^(\d+) of/.exec(await status.innerText())![1]) >= oneSided.length, 'the count is the server\'s total');

  // u (next unconfirmed) from the first shown row lands on the next shown proposed row, not on a hidden one.
  const proposed = oneSided.filter((r) => r.state === 'proposed');
  await page.locator(`.grid-body .row[data-row="${proposed[0]!.row}"] .gutter`).click();
  await page.keyboard.press('u');
  await page.locator(`.grid-body .row.focused[data-row="${proposed[1]!.row}"]`).waitFor();

  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.locator('[data-filter="oneSided"]').uncheck();
  await page.locator('[data-filter="findings"]').check();
  await page.keyboard.press('Escape');
  await page.locator('.grid-body .row[data-state]').first().waitFor();
  await page.waitForFunction(() => /^\d+ of 32 rows shown/.test(document.querySelector('[data-testid="status-rows"]')?.textContent ?? ''));
  const flagged = await shownRows();
  assert.ok(flagged.length > 0, 'rows with findings are shown');
  assert.ok(flagged.every((r) => r.flagged), `a row without a finding is shown: ${JSON.stringify(flagged)}`);
  await page.locator('summary', { hasText: /^Filter/ }).click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await status.getByText('32 rows').waitFor();
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
