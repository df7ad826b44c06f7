// Every security decision of the Electron shell, as plain functions so tests can check each one.
import type { WebPreferences } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../src/api/securityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bitext';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
export { CONTENT_SECURITY_POLICY };

/** Hosts whose pages may be opened in the system browser (documentation and the sample corpus's publishers). */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'github.com',
  'baoquocte.vn',
  'www.sggp.org.vn',
  'vietnam.vn',
  'www.vietnam.vn',
  'tatoeba.org',
]);

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True only for the app's own bundled pages. */
export function isAppUrl(raw: string): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

/** External links: https only, to an allow-listed host, no credentials in the URL. */
export function isAllowedExternalUrl(raw: string, hosts: ReadonlySet<string> = EXTERNAL_HOSTS): boolean {
  const url = parse(raw);
  return url !== null && url.protocol === 'https:' && url.username === '' && url.password === '' && hosts.has(url.hostname);
}

/** Navigation away from the app's pages is never allowed; the single-page UI only changes its hash. */
export function mayNavigate(raw: string): boolean {
  return isAppUrl(raw);
}

/** Only the app's own top frame may call the API. */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** Requests the renderer may make: its own bundle and dev tools; nothing remote. */
export function mayRequest(raw: string): boolean {
  const url = parse(raw);
  return url !== null && (isAppUrl(raw) || url.protocol === 'devtools:');
}
