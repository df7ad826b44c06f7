// Splitting a row at a chosen place on each side in real Chromium (issue 12 point 6): two 1:1 rows merged into
// a 2:2 row are split 1 | 1 with the mouse (from the action bar's menu) and 2 | 0 from the keyboard, each
// checked by the texts of the two rows it makes and undone; Escape leaves split mode without a change.
// Screenshots of split mode in light, dark and German go to test-results/.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type BrowserSession, openSession, resultsPath, type Served } from './harness';

// A small corpus of 1:1 units in bitext's own TSV columns: one page whose rows are one sentence a side.
const CORPUS = 'split-corpus.tsv';
const PAGE = 'split-page.txt';
const UNITS: Array<[string, string]> = [
  ['Hà Nội là thủ đô của Việt Nam.', 'Hanoi ist die Hauptstadt Vietnams.'],
  ['Thành phố có hơn tám triệu dân.', 'Die Stadt hat mehr als acht Millionen Einwohner.'],
  ['Hồ Hoàn Kiếm nằm ở trung tâm.', 'Der Hoan-Kiem-See liegt im Zentrum.'],
  ['Mùa hè ở đây rất nóng.', 'Der Sommer ist hier sehr heiß.'],
  ['Nhiều du khách đến vào mùa thu.', 'Viele Touristen kommen im Herbst.'],
];

let session: BrowserSession;
let served: Served;
let page: Page;
let errors: string[] = [];

before(async () => {
  session = await openSession({ viewport: { width: 1440, height: 900 } });
  ({ served, page, errors } = session);
});
after(() => session?.close());

interface RowTexts {
  translation: string[];
  original: string[];
}

/** The sentence texts of the row at document place `index`, by side. */
const textsOf = (index: number): Promise<RowTexts | null> =>
  page.evaluate((i) => {
    const row = document.querySelector(`.grid-body .row[data-row="${i}"]`);
    if (!row || row.classList.contains('splitting')) return null;
    // No helper functions in here: the test runner's transform would name them with a function the page lacks.
    const [translation, original] = ['translation', 'original'].map((side) => [...row.querySelectorAll(`.${side} .piece .text`)].map((t) => (t.textContent ?? '').trim()));
    return { translation: translation!, original: original! };
  }, index);

/** Waits until rows `index` and `index + 1` hold exactly these texts. */
async function expectRows(index: number, first: RowTexts, second: RowTexts): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen: Array<RowTexts | null> = [];
  while (Date.now() < deadline) {
    seen = [await textsOf(index), await textsOf(index + 1)];
    if (JSON.stringify(seen) === JSON.stringify([first, second])) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(seen, [first, second]);
}

let at = -1;
let merged: RowTexts = { translation: [], original: [] };
let after2: RowTexts | null = null;

test('merges two 1:1 rows into a 2:2 row', async () => {
  await page.goto(served.url);
  const header = 'id\tdoc\tfile\trole\tstate\torigin\tscore\tsource_lang\ttarget_lang\tsource\ttarget';
  const tsv = [header, ...UNITS.map(([vi, de], i) => ['u' + i, 'd1', PAGE, 'body', 'proposed', 'auto', '', 'vi', 'de', vi, de].join('\t'))].join('\n') + '\n';
  await page.getByTestId('import-input').setInputFiles([{ name: CORPUS, mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) }]);
  await page.locator(`.corpus-entry[data-file="${PAGE}"]`).click();
  await page.locator('.grid-body .row[data-row="3"]').waitFor();
  // The first two neighbouring body rows with one sentence on each side.
  at = await page.evaluate(() => {
    const rows = [...document.querySelectorAll('.grid-body .row[data-row]')];
    const oneToOne = rows.map((r) => !r.classList.contains('boilerplate') && r.querySelectorAll('.translation .piece').length === 1 && r.querySelectorAll('.original .piece').length === 1);
    const found = rows.find((r, i) => oneToOne[i] && oneToOne[i + 1] && Number(rows[i + 1]!.getAttribute('data-row')) === Number(r.getAttribute('data-row')) + 1);
    return found ? Number(found.getAttribute('data-row')) : -1;
  });
  assert.ok(at >= 0, 'the page has two neighbouring 1:1 rows');
  const [a, b] = [await textsOf(at), await textsOf(at + 1)];
  after2 = await textsOf(at + 2);
  merged = { translation: [...a!.translation, ...b!.translation], original: [...a!.original, ...b!.original] };
  await page.locator(`.grid-body .row[data-row="${at}"] .translation .text`).click();
  await page.keyboard.press('m');
  await expectRows(at, merged, after2!);
});

test('splits the 2:2 row 1 | 1 with the mouse, from the Rows menu, and undoes it', async () => {
  await page.locator('summary', { hasText: /^Rows/ }).click();
  await page.getByRole('button', { name: /^Split row…/ }).click();
  const mode = page.locator(`.grid-body .row.splitting[data-row="${at}"]`);
  await mode.waitFor();
  await mode.locator('[data-side="translation"] [role="radio"][data-gap="1"]').click();
  await mode.locator('[data-side="original"] [role="radio"][data-gap="1"]').click();
  // The preview shows the two rows before anything is changed.
  const preview = mode.locator('.split-preview-row');
  assert.equal(await preview.count(), 2);
  assert.ok((await preview.nth(0).innerText()).includes(merged.translation[0]!));
  assert.ok((await preview.nth(1).innerText()).includes(merged.original[1]!));
  await page.screenshot({ path: resultsPath('split-mode-light.png') });
  await mode.getByRole('button', { name: 'Split here' }).click();
  const [t1, t2] = merged.translation;
  const [o1, o2] = merged.original;
  await expectRows(at, { translation: [t1!], original: [o1!] }, { translation: [t2!], original: [o2!] });
  await page.keyboard.press('Control+z');
  await expectRows(at, merged, after2!);
});

test('splits 2 | 0 from the keyboard (s, arrows, Enter), leaving all originals to the second row, and undoes it', async () => {
  await page.locator(`.grid-body .row[data-row="${at}"] .translation .text`).first().click();
  await page.keyboard.press('s');
  const mode = page.locator(`.grid-body .row.splitting[data-row="${at}"]`);
  await mode.waitFor();
  // Starts at 1 | 1: Down moves the translation gap below its last sentence, Right goes to the original side,
  // Up moves its gap above its first sentence (0: nothing of it stays in the first row).
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  assert.equal(await mode.locator('[data-side="translation"] [aria-checked="true"]').getAttribute('data-gap'), '2');
  assert.equal(await mode.locator('[data-side="original"] [aria-checked="true"]').getAttribute('data-gap'), '0');
  await page.keyboard.press('Enter');
  await expectRows(at, { translation: merged.translation, original: [] }, { translation: [], original: merged.original });
  await page.keyboard.press('Control+z');
  await expectRows(at, merged, after2!);
});

test('refuses a split that leaves a row empty and leaves split mode on Escape without a change', async () => {
  await page.getByRole('button', { name: 'Dark' }).click();
  await page.locator(`.grid-body .row[data-row="${at}"] .translation .text`).first().click();
  await page.keyboard.press('s');
  const mode = page.locator(`.grid-body .row.splitting[data-row="${at}"]`);
  await mode.waitFor();
  // 0 | 1: the whole translation goes to the second row, with the second original sentence.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await page.screenshot({ path: resultsPath('split-mode-dark.png') });
  await page.keyboard.press('ArrowUp');
  await mode.getByText('The first row would have no sentence').waitFor();
  await page.screenshot({ path: resultsPath('split-mode-dark-refused.png') });
  await page.keyboard.press('Enter');
  assert.equal(await mode.count(), 1, 'Enter on an impossible split keeps split mode open');
  await page.keyboard.press('Escape');
  await expectRows(at, merged, after2!);
  // Focus is back on the row, so Enter and Space (which act only on a focused row) work again.
  await page.waitForFunction((i) => document.activeElement?.getAttribute('data-row') === String(i), at);
  await page.keyboard.press('j');
  await page.locator(`.grid-body .row.focused[data-row="${at + 1}"]`).waitFor();
  await page.getByRole('button', { name: 'Light' }).click();
});

test('shows split mode in German', async () => {
  await page.getByTestId('ui-language').selectOption('de');
  await page.locator(`.grid-body .row[data-row="${at}"] .translation .text`).first().click();
  await page.keyboard.press('s');
  const mode = page.locator(`.grid-body .row.splitting[data-row="${at}"]`);
  await mode.getByRole('button', { name: 'Hier teilen' }).waitFor();
  await page.screenshot({ path: resultsPath('split-mode-de.png') });
  await page.keyboard.press('Escape');
  await expectRows(at, merged, after2!);
  await page.getByTestId('ui-language').selectOption('en');
});

test('ran without script errors', () => {
  assert.deepEqual(errors, []);
});
