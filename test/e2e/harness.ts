// Real parts for end-to-end tests: the `bitext serve` command on a free port and Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Served {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A project file path in a fresh temporary folder: tests never touch the user's own projects. */
export function temporaryProject(): string {
  return join(mkdtempSync(join(tmpdir(), 'bitext-e2e-')), 'workbench.bitext');
}

/** Starts browser mode exactly as a user would, and reads the URL it prints. */
export function serveWorkbench(extraArgs: string[] = [], project = temporaryProject()): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'bitext.mjs'), 'serve', '--port', '0', '--project', project, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bitext serve printed no URL in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1] as string,
        process: child,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGINT');
          }),
      });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`bitext serve exited with ${code}:\n${output}`)));
  });
}

export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium).`);
  const profile = mkdtempSync(join(tmpdir(), 'bitext-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function resultsPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return join(RESULTS, name);
}

export interface BrowserSession {
  served: Served;
  page: Page;
  /** Script errors of the page (and console errors, when asked for). */
  errors: string[];
  close(): Promise<void>;
}

/** Serves a workbench and opens one Chromium page on it: what every browser suite starts with. */
export async function openSession(options: { serveArgs?: string[]; viewport?: { width: number; height: number }; consoleErrors?: boolean } = {}): Promise<BrowserSession> {
  const served = await serveWorkbench(options.serveArgs ?? []);
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  if (options.viewport) await page.setViewportSize(options.viewport);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.consoleErrors) page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  return {
    served,
    page,
    errors,
    close: async () => {
      await browser.close();
      await served.stop();
    },
  };
}
