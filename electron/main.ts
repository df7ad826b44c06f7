// Electron's main process: one hardened window on the bundled UI, the API on one IPC channel.
import { app, BrowserWindow, ipcMain, Menu, protocol, session, shell, type IpcMainInvokeEvent, type MenuItemConstructorOptions } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { IPC_CHANNEL, IPC_EVENT_CHANNEL } from '../src/api/channels';
import type { ApiEvents } from '../src/api/contract';
import { ApiError, toApiError } from '../src/api/errors';
import { createWorkbench, type Workbench } from '../src/api/workbench';
import { shellDialogs } from './dialogs';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isTrustedSender,
  mayNavigate,
  mayRequest,
  secureWebPreferences,
} from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface MainPaths {
  appRoot: string;
  uiDir: string;
  preload: string;
  project: string;
  samples: string;
}

function option(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at > 0 ? (process.argv[at + 1] ?? null) : null;
}

export function defaultPaths(appRoot = app.getAppPath()): MainPaths {
  return {
    appRoot,
    uiDir: join(appRoot, 'dist', 'renderer'),
    preload: join(appRoot, 'dist-electron', 'preload.cjs'),
    project: option('--project') ?? process.env.BITEXT_PROJECT ?? join(app.getPath('userData'), 'workbench.bitext'),
    samples: join(appRoot, 'seeds'),
  };
}

// Must run before `ready`: the app's own scheme behaves like https (standard, secure origin).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

async function serveAppFile(uiDir: string, request: Request): Promise<Response> {
  const path = decodeURIComponent(new URL(request.url).pathname).replace(/^\/+/, '') || 'index.html';
  const file = normalize(join(uiDir, path));
  if (!file.startsWith(normalize(uiDir) + sep)) return new Response('forbidden', { status: 403 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

export function hardenSessionAndContents(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !mayRequest(details.url) }));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function bindApi(workbench: Workbench): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    try {
      if (!isTrustedSender(event.senderFrame)) throw new ApiError('forbidden', 'API calls are accepted only from the app\'s own window.');
      if (typeof method !== 'string') throw new ApiError('bad_request', 'The method name must be a string.');
      return { ok: true, result: await workbench.dispatcher.invoke(method, args, workbench.events) };
    } catch (error) {
      return { ok: false, error: toApiError(error).toBody() };
    }
  });
  workbench.events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
}

/** Menu items that act on the project are relayed to the UI, which runs them through the API like a key press. */
function buildMenu(workbench: Workbench): void {
  const command = (name: ApiEvents['command']['name']) => () => workbench.events.emit('command', { name });
  const template: MenuItemConstructorOptions[] = [
    { label: 'File', submenu: [{ label: 'Import pages…', accelerator: 'CmdOrCtrl+O', click: command('import') }, { type: 'separator' }, { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: command('find') },
      ],
    },
    { label: 'View', submenu: [{ role: 'reload' }, { role: 'togglefullscreen' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
    { role: 'windowMenu' },
    { label: 'Help', submenu: [{ label: 'Keyboard shortcuts', accelerator: 'F1', click: command('help') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export async function startMain(paths: MainPaths = defaultPaths()): Promise<BrowserWindow> {
  await app.whenReady();
  hardenSessionAndContents();
  protocol.handle(APP_SCHEME, (request) => serveAppFile(paths.uiDir, request));
  const workbench = await createWorkbench({ projectPath: paths.project, sampleCorpus: paths.samples, transport: 'electron', version: app.getVersion(), dialogs: shellDialogs });
  // Quit only after the review worker has stopped and the project file is closed cleanly (back to its rollback
  // journal, lock released): Electron does not wait for a promise on its own.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void workbench
      .close()
      .catch((error: unknown) => console.error(`bitext: closing the project failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  bindApi(workbench);
  buildMenu(workbench);
  const window = new BrowserWindow({ width: 1400, height: 900, show: false, title: 'bitext', webPreferences: secureWebPreferences(paths.preload) });
  window.once('ready-to-show', () => window.show());
  await window.loadURL(APP_ENTRY_URL);
  return window;
}

if (!process.env.VITEST) {
  app.on('window-all-closed', () => app.quit());
  startMain().catch((error: unknown) => {
    console.error(`bitext: the window could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  });
}
