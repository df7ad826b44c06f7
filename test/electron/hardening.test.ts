// The Electron shell's security, checked against a stand-in for the `electron` module: each point of the
// hardening list is observed where main.ts and preload.ts wire it, so removing any of them fails a test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (...args: never[]) => unknown;
const fake = vi.hoisted(() => {
  const calls = {
    appOn: new Map<string, Handler>(),
    windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; url: string }>,
    protocolHandler: null as null | ((request: Request) => Promise<Response>),
    privileged: [] as unknown[],
    ipc: new Map<string, Handler>(),
    permissionRequest: null as null | Handler,
    permissionCheck: null as null | Handler,
    beforeRequest: null as null | Handler,
    openExternal: [] as string[],
    exposed: new Map<string, Record<string, unknown>>(),
    rendererInvoke: [] as unknown[][],
    quits: 0,
  };
  class BrowserWindow {
    webContents = { send: () => undefined };
    constructor(public options: { webPreferences: Record<string, unknown> }) {
      calls.windows.push({ options, url: '' });
    }
    once() {}
    async loadURL(url: string) {
      calls.windows[calls.windows.length - 1]!.url = url;
    }
    static getAllWindows() {
      return [];
    }
  }
  const electron = {
    app: {
      whenReady: async () => undefined,
      on: (event: string, handler: Handler) => calls.appOn.set(event, handler),
      getAppPath: () => '/nowhere',
      getVersion: () => '0.0.0-test',
      getPath: () => '/nowhere',
      quit: () => void calls.quits++,
      exit: () => undefined,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => (calls.protocolHandler = handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => (calls.permissionRequest = h),
        setPermissionCheckHandler: (h: Handler) => (calls.permissionCheck = h),
        webRequest: { onBeforeRequest: (h: Handler) => (calls.beforeRequest = h) },
      },
    },
    ipcMain: { handle: (channel: string, handler: Handler) => calls.ipc.set(channel, handler) },
    BrowserWindow,
    Menu: { setApplicationMenu: () => undefined, buildFromTemplate: (t: unknown) => t },
    shell: { openExternal: async (url: string) => void calls.openExternal.push(url) },
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => calls.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => void calls.rendererInvoke.push(args),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  return { calls, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { calls } = fake;
const uiDir = mkdtempSync(join(tmpdir(), 'bitext-ui-'));

beforeAll(async () => {
  writeFileSync(join(uiDir, 'index.html'), '<!doctype html><title>bitext</title>');
  const main = await import('../../electron/main');
  await main.startMain({ appRoot: uiDir, uiDir, preload: join(uiDir, 'preload.cjs'), project: join(uiDir, 'test.bitext'), samples: join(__dirname, '..', '..', 'seeds') });
  await import('../../electron/preload');
});

function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: Handler | null = null;
  return {
    on: (event: string, handler: Handler) => on.set(event, handler),
    setWindowOpenHandler: (handler: Handler) => (openHandler = handler),
    handlers: on,
    open: (url: string) => (openHandler as unknown as (d: { url: string }) => { action: string })({ url }),
  };
}

describe('Electron hardening', () => {
  it('opens the window with context isolation, sandbox and no Node integration', () => {
    const prefs = calls.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(calls.windows[0]!.url).toBe('app://bitext/index.html');
  });

  it('serves the UI with a CSP that forbids eval and remote content', async () => {
    const response = await calls.protocolHandler!(new Request('app://bitext/index.html'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect((await calls.protocolHandler!(new Request('app://bitext/..%2F..%2Fetc%2Fpasswd'))).status).toBeGreaterThanOrEqual(403);
  });

  it('denies navigation away from the app', () => {
    const contents = fakeContents();
    (calls.appOn.get('web-contents-created') as unknown as (e: unknown, c: unknown) => void)({}, contents);
    const navigate = contents.handlers.get('will-navigate') as unknown as (e: { preventDefault(): void }, url: string) => void;
    const away = { preventDefault: vi.fn() };
    navigate(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    navigate(inside, 'app://bitext/index.html#/doc/x');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    (contents.handlers.get('will-attach-webview') as unknown as (e: unknown) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open and opens only allow-listed https links in the system browser', () => {
    const contents = fakeContents();
    (calls.appOn.get('web-contents-created') as unknown as (e: unknown, c: unknown) => void)({}, contents);
    for (const url of ['https://github.com/bitext', 'http://github.com/x', 'https://evil.example/', 'javascript:alert(1)', 'https://user@github.com/'])
      expect(contents.open(url)).toEqual({ action: 'deny' });
    expect(calls.openExternal).toEqual(['https://github.com/bitext']);
  });

  it('denies every permission request and check', () => {
    const callback = vi.fn();
    (calls.permissionRequest as unknown as (w: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((calls.permissionCheck as unknown as () => boolean)()).toBe(false);
  });

  it('cancels every request for remote content', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (calls.beforeRequest as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://cdn.example/x.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://bitext/assets/index.js')).toBe(false);
  });

  it('answers API calls only from the app\'s own top frame', async () => {
    const handler = calls.ipc.get('bitext:api') as unknown as (e: unknown, m: string, a: unknown) => Promise<{ ok: boolean; error?: { code: string }; result?: { name: string } }>;
    expect(calls.ipc.size).toBe(1);
    const own = await handler({ senderFrame: { url: 'app://bitext/index.html', parent: null } }, 'app.info', {});
    expect(own).toMatchObject({ ok: true, result: { name: 'bitext' } });
    const foreign = await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.info', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const subframe = await handler({ senderFrame: { url: 'app://bitext/index.html', parent: {} } }, 'app.info', {});
    expect(subframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('exposes only invoke and on to the renderer, on the one prefixed channel', async () => {
    const api = calls.exposed.get('bitext')!;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'on']);
    await (api.invoke as (m: string, a: unknown) => Promise<unknown>)('app.info', {});
    expect(calls.rendererInvoke[0]).toEqual(['bitext:api', 'app.info', {}]);
  });

  // Last: it closes the project the other tests use.
  it('quits only after the project is closed cleanly', async () => {
    const willQuit = calls.appOn.get('will-quit') as unknown as (event: { preventDefault(): void }) => void;
    let prevented = 0;
    willQuit({ preventDefault: () => void prevented++ });
    expect(prevented).toBe(1);
    expect(calls.quits).toBe(0);
    await vi.waitFor(() => expect(calls.quits).toBe(1));
    // The second will-quit, from that app.quit(), goes through.
    willQuit({ preventDefault: () => void prevented++ });
    expect(prevented).toBe(1);
  });
});
