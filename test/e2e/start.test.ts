// `npm start` on a machine without Electron's binary (or display) falls back to browser mode, in one line.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, temporaryProject } from './harness';

test('npm start falls back to browser mode and serves the workbench', async () => {
  const env = { ...process.env, BITEXT_BROWSER: '1', BITEXT_PROJECT: temporaryProject() };
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.mjs'), '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:(\d+)\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
  });
  try {
    assert.match(output, /^bitext: .*starting browser mode instead\.$/m);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">/);
    const token = new URL(url).searchParams.get('token');
    const info = await fetch(new URL('/api/app.info', url), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });
    assert.equal(((await info.json()) as { project: { documents: number } }).project.documents, 5);
  } finally {
    child.kill('SIGINT');
  }
});

test('without a usable Electron binary here, the reason names it', { skip: process.platform !== 'linux' && 'linux only' }, async () => {
  const env = { ...process.env, BITEXT_BROWSER: '', DISPLAY: '', WAYLAND_DISPLAY: '', BITEXT_PROJECT: temporaryProject() };
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'start.mjs'), '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no fallback line within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/127\.0\.0\.1/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  child.kill('SIGINT');
  assert.match(output, /bitext: (Electron's binary is not installed|there is no display).*starting browser mode instead\./);
});
