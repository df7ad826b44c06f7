#!/usr/bin/env node
// `npm start`: the desktop app when Electron can run here, otherwise browser mode with one line saying why.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extraArgs = process.argv.slice(2);

/** The Electron binary if it was downloaded; never triggers a download (that needs more than the npm registry). */
function electronBinary() {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function whyNotElectron() {
  if (process.env.BITEXT_BROWSER === '1') return 'BITEXT_BROWSER=1 asks for browser mode';
  if (!electronBinary()) return "Electron's binary is not installed (it downloads from outside the npm registry)";
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display to open a window on';
  return null;
}

async function browserMode(reason) {
  console.log(`bitext: ${reason}; starting browser mode instead.`);
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../src/cli/main.ts');
  process.exitCode = await runCli(['serve', ...extraArgs]);
}

const reason = whyNotElectron();
if (reason) await browserMode(reason);
else {
  const started = Date.now();
  const child = spawn(electronBinary(), [root, ...extraArgs], { stdio: 'inherit' });
  child.on('exit', (code) => {
    // A window that dies at once (missing libraries, no GPU, sandbox refused) falls back to the browser.
    if (code !== 0 && Date.now() - started < 5000) void browserMode(`Electron could not start (exit code ${code})`);
    else process.exitCode = code ?? 0;
  });
}
