// The same first flow through Playwright's Electron support, where an Electron binary is installed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { _electron as electron } from 'playwright-core';
import { ROOT, resultsPath } from './harness';

function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const reason = binary ? null : "Electron's binary is not installed here (it downloads from outside the npm registry)";
if (reason) console.log(`# skipping the Electron end-to-end test: ${reason}`);

test('opens the sample page in the Electron window', { skip: reason ?? false }, async () => {
  const app = await electron.launch({ executablePath: binary as string, args: [ROOT, '--no-sandbox'] });
  try {
    const window = await app.firstWindow();
    await window.locator('.corpus-entry[data-file="000_0005e1291e1ffabb.txt"]').click();
    await window.locator('.grid .cell.original .text', { hasText: 'Lãnh đạo Nga và Triều Tiên' }).waitFor();
    await window.screenshot({ path: resultsPath('electron.png') });
    assert.equal(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require), 'undefined');
  } finally {
    await app.close();
  }
});
