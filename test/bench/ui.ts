// The editor in real Chromium on a 100,000-row document: time to the first painted rows, frame times while
// scrolling, and the time from a key press to the saved, redrawn change. Medians of several runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode } from '../../src/cli/serve';
import { openProject } from '../../src/store';
import { launchChromium } from '../e2e/harness';
import { makeMonolingual, pairLinks } from '../store/fixtures';
import { median, type BenchResult } from './stats';

const quiet = { stdout: () => undefined, stderr: () => undefined, readFile: async () => new Uint8Array(), writeFile: async () => undefined };

export async function bench(): Promise<BenchResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-ui-bench-'));
  const path = join(folder, 'big.bitext');
  const count = 100_000;
  const setup = openProject(path, { create: true });
  const { documentId } = setup.importPair(makeMonolingual(0, count, 'vi'), makeMonolingual(0, count, 'de'), pairLinks(count), { contentHash: 'ui-bench' });
  setup.close();

  const server = await startBrowserMode({ projectPath: path, sampleCorpus: null, port: 0 }, quiet);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    // tsx keeps function names with a helper that does not exist inside the page; give the page a no-op one.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const opens: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(server.url.replace('/?', `/?run=${run}&`));
      await page.locator('.corpus-entry').first().waitFor();
      const start = Date.now();
      await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), documentId);
      await page.locator('.grid-body .row[data-row="0"]').waitFor();
      // First paint of the rows: wait one animation frame after they exist.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
      opens.push(Date.now() - start);
      await page.evaluate(() => (window.location.hash = '#/'));
    }

    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), documentId);
    await page.locator('.grid-body .row[data-row="0"]').waitFor();
    // Scroll steadily for 4 s; per second, the longest frame; report the median second.
    const worstPerSecond = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const body = document.querySelector('.grid-body') as HTMLElement;
          const frames: number[] = [];
          const started = performance.now();
          let last = started;
          const step = (t: number) => {
            frames.push(t - last);
            last = t;
            body.scrollTop += 240;
            if (t - started < 4000) requestAnimationFrame(step);
            else {
              const seconds: number[] = [0, 0, 0, 0];
              const dropped: number[] = [0, 0, 0, 0];
              let elapsed = 0;
              for (const f of frames) {
                elapsed += f;
                const s = Math.min(3, Math.floor(elapsed / 1000));
                seconds[s] = Math.max(seconds[s] as number, f);
                // A frame that took longer than 1.5 vsync intervals means at least one was missed.
                if (f > 25) dropped[s] = (dropped[s] as number) + 1;
              }
              resolve([...seconds, ...dropped]);
            }
          };
          requestAnimationFrame((t) => {
            last = t;
            requestAnimationFrame(step);
          });
        }),
    );

    // Key press to saved change: confirm/unconfirm the focused row and wait until the grid shows the new state.
    await page.evaluate(() => ((document.querySelector('.grid-body') as HTMLElement).scrollTop = 0));
    await page.locator('.grid-body .row[data-row="0"] .translation .text').click();
    const saves: number[] = [];
    for (let i = 0; i < 15; i++) {
      const before = await page.locator('.grid-body .row[data-row="0"]').getAttribute('data-state');
      const ms = await page.evaluate(
        (previous) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              const row = document.querySelector('.grid-body .row[data-row="0"]');
              if (row && row.getAttribute('data-state') !== previous) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(document.querySelector('.grid-body') as Node, { subtree: true, attributes: true, childList: true });
            window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          }),
        before,
      );
      saves.push(ms);
      if (process.env.BENCH_VERBOSE) console.log(`save ${i}: ${ms.toFixed(1)} ms`);
    }
    return [
      { name: 'open a 100,000-row document to first painted rows (Chromium)', value: median(opens), unit: 'ms', target: '< 1000 ms' },
      { name: 'scrolling 100,000 rows: longest frame in the median second', value: median(worstPerSecond.slice(0, 4)), unit: 'ms', target: '≤ 16.7 ms (one 60 Hz frame)' },
      { name: 'scrolling 100,000 rows: missed frames in the median second', value: median(worstPerSecond.slice(4)), unit: 'frames', target: '0' },
      { name: 'key press to saved and redrawn change (confirm a row)', value: median(saves), unit: 'ms', target: '< 50 ms' },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
