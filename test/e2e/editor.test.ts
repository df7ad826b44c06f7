// A reviewer's day in real Chromium: import the sample pages, confirm the headline row, move a sentence and
// undo it, fix a German word and see the diff, annotate a major mistranslation, reload and find it all kept.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, ROOT, type Served } from './harness';

const SEED = '000_0005e1291e1ffabb.txt';
const DE_TITLE = 'Russische und nordkoreanische Staatschefs tauschen Briefe aus';
const FIRST_BODY = 'Am 12. Oktober tauschte der nordkoreanische Machthaber Kim Jong Un';

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ serveArgs: ['--no-samples'] });
  ({ served, page, errors } = session);
});
after(() => session?.close());

const rowOf = (text: string): Locator => page.locator('.grid-body .row', { has: page.locator('.text', { hasText: text }) }).first();
const rowIndex = async (text: string) => Number(await rowOf(text).getAttribute('data-row'));

test('imports the sample pages from the file picker', async () => {
  await page.goto(served.url);
  await page.getByText('No pages in this corpus.').waitFor();
  const seeds = readdirSync(join(ROOT, 'seeds')).map((name) => join(ROOT, 'seeds', name));
  await page.getByTestId('import-input').setInputFiles(seeds);
  await page.getByTestId('import-summary').getByText('5 imported, 0 already there, 0 failed').waitFor();
  // The list reloads after the summary arrives.
  await page.locator('.corpus-entry').nth(4).waitFor();
  assert.equal(await page.locator('.corpus-entry').count(), 5);
});

test('confirms the headline row from the keyboard', async () => {
  await page.locator(`.corpus-entry[data-file="${SEED}"]`).click();
  await rowOf(DE_TITLE).locator('.translation .text').click();
  await page.keyboard.press('Enter');
  await page.waitForFunction((title) => {
    const row = [...document.querySelectorAll('.grid-body .row')].find((r) => r.textContent?.includes(title));
    return row?.getAttribute('data-state') === 'confirmed';
  }, DE_TITLE);
  await page.screenshot({ path: resultsPath('editor-grid.png') });
});

test('moves a sentence to the row above and undoes it', async () => {
  const before = await rowIndex(FIRST_BODY);
  await rowOf(FIRST_BODY).locator('.translation .text', { hasText: FIRST_BODY }).click();
  await page.keyboard.press('Alt+ArrowUp');
  await page.waitForFunction(([text, index]) => {
    const row = [...document.querySelectorAll('.grid-body .row')].find((r) => r.textContent?.includes(text as string));
    return row !== undefined && Number(row.getAttribute('data-row')) === (index as number) - 1;
  }, [FIRST_BODY, before] as const);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([text, index]) => {
    const row = [...document.querySelectorAll('.grid-body .row')].find((r) => r.textContent?.includes(text as string));
    return row !== undefined && Number(row.getAttribute('data-row')) === index;
  }, [FIRST_BODY, before] as const);
});

test('fixes a German word and shows the change as a word diff', async () => {
  await rowOf(FIRST_BODY).locator('.translation .text', { hasText: FIRST_BODY }).click();
  await page.keyboard.press('e');
  const box = page.getByRole('textbox', { name: 'Corrected sentence' });
  await box.waitFor();
  const text = await box.inputValue();
  await box.fill(text.replace('Machthaber', 'Staatschef'));
  await page.keyboard.press('Control+Enter');
  const diff = rowOf('Staatschef Kim Jong Un anlässlich').getByTestId('word-diff');
  await diff.waitFor();
  assert.equal(await diff.locator('.ins').first().innerText(), 'Staatschef');
  assert.equal(await diff.locator('.del').first().innerText(), 'Machthaber');
  await rowOf('Staatschef Kim Jong Un anlässlich').screenshot({ path: resultsPath('editor-diff.png') });
});

test('annotates a span as a major mistranslation', async () => {
  const target = rowOf('Die Staatschefs Russlands und Nordkoreas').locator('.translation .text').first();
  await target.click();
  // Select the word "Vertrauen" inside the sentence, as a person would with the mouse.
  await target.evaluate((element) => {
    const node = element.firstChild as Text;
    const start = node.data.indexOf('Vertrauen');
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 'Vertrauen'.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.keyboard.press('a');
  const form = page.getByRole('form', { name: 'New annotation' });
  await form.waitFor();
  assert.equal(await form.locator('mark').innerText(), 'Vertrauen');
  await form.getByRole('combobox', { name: 'Category' }).selectOption('accuracy/mistranslation');
  await form.getByRole('radio', { name: 'major' }).check();
  await form.getByRole('textbox', { name: 'Comment' }).fill('Zuversicht passt besser');
  await form.getByRole('button', { name: 'Add annotation' }).click();
  await page.locator('.annotation-list .annotation').first().waitFor();
  assert.equal(await page.locator('.grid-body mark.sev-major').first().innerText(), 'Vertrauen');
  // The note names its row, so a reviewer sees where it is before jumping there.
  const row = (await rowIndex('Die Staatschefs Russlands und Nordkoreas')) + 1;
  assert.match(await page.locator('.annotation-list .annotation .link').first().innerText(), new RegExp(`^Row ${row} · Accuracy: mistranslation`));
  await page.locator('.side').screenshot({ path: resultsPath('editor-annotation.png') });
});

test('finds everything as left after a reload, and speaks Vietnamese', async () => {
  await page.reload();
  await rowOf(DE_TITLE).waitFor();
  assert.equal(await rowOf(DE_TITLE).getAttribute('data-state'), 'confirmed');
  assert.equal(await rowOf('Staatschef Kim Jong Un anlässlich').getByTestId('word-diff').locator('.ins').first().innerText(), 'Staatschef');
  assert.equal(await page.locator('.grid-body mark.sev-major').first().innerText(), 'Vertrauen');
  assert.match(await page.locator('.annotation-list').innerText(), /Accuracy: mistranslation[\s\S]*Vertrauen/);
  await page.screenshot({ path: resultsPath('editor-full.png') });
  await page.getByTestId('ui-language').selectOption('vi');
  await page.getByRole('button', { name: 'Xác nhận', exact: true }).waitFor();
  assert.match(await page.locator('.annotation-list').innerText(), /Độ chính xác: dịch sai/);
  await page.screenshot({ path: resultsPath('editor-vi.png') });
  await page.getByTestId('ui-language').selectOption('en');
});

test('gives every control an accessible name', async () => {
  const { checked, unnamed } = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], [role="button"]')];
    const unnamed = controls
      .filter((element) => {
        const el = element as HTMLElement;
        if (el.hidden || (el as HTMLInputElement).type === 'hidden' || el.closest('[hidden]')) return false;
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
        const labelElement = el.id ? document.querySelector(`label[for="${el.id}"]`) : null;
        return !(labelled || el.textContent?.trim() || el.closest('label') || labelElement);
      })
      .map((el) => el.outerHTML.slice(0, 120));
    return { checked: controls.length, unnamed };
  });
  assert.ok(checked > 30, `only ${checked} controls found`);
  assert.deepEqual(unnamed, []);
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
