// The renderer's only way to the app. It does not know which transport it has: Electron's preload
// bridge when present, otherwise HTTP to the browser-mode server that served this page.
import type { ApiArgs, ApiEventName, ApiEvents, ApiMethod, ApiResults, ApiSend, ApiSubscribe } from '../../../src/api/contract';

export interface ApiClient {
  send: ApiSend;
  on: ApiSubscribe;
  transport: 'electron' | 'http';
  /** Browser mode only: where the browser fetches a file the server prepared (an export's `downloads`). */
  downloadUrl?: (id: string) => string;
}

interface PreloadBridge {
  invoke(method: string, args: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    bitext?: PreloadBridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'bitext.token';

function readToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    // Keep the token out of the address bar and history once it is stored.
    const url = new URL(window.location.href);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function electronClient(bridge: PreloadBridge): ApiClient {
  const send = (async <M extends ApiMethod>(method: M, args: ApiArgs[M]) => {
    const reply = (await bridge.invoke(method, args)) as { ok: true; result: ApiResults[M] } | { ok: false; error: { code: string; message: string } };
    if (!reply.ok) throw new ApiCallError(reply.error.code, reply.error.message);
    return reply.result;
  }) as ApiSend;
  const on = (<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) =>
    bridge.on(event, (payload) => listener(payload as ApiEvents[E]))) as ApiSubscribe;
  return { send, on, transport: 'electron' };
}

function httpClient(): ApiClient {
  const token = readToken();
  const send = (async <M extends ApiMethod>(method: M, args: ApiArgs[M]) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(args),
    });
    const body = (await response.json()) as ApiResults[M] | { error: { code: string; message: string } };
    if (!response.ok) {
      const error = (body as { error?: { code: string; message: string } }).error;
      throw new ApiCallError(error?.code ?? 'internal', error?.message ?? `HTTP ${response.status}`);
    }
    return body as ApiResults[M];
  }) as ApiSend;
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = (<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    let set = listeners.get(event);
    if (!set) {
      const created = new Set<(payload: unknown) => void>();
      listeners.set(event, created);
      source.addEventListener(event, (message) => created.forEach((l) => l(JSON.parse((message as MessageEvent<string>).data))));
      set = created;
    }
    const wrapped = (payload: unknown) => listener(payload as ApiEvents[E]);
    set.add(wrapped);
    return () => set.delete(wrapped);
  }) as ApiSubscribe;
  const downloadUrl = (id: string) => `/api/download/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
  return { send, on, transport: 'http', downloadUrl };
}

export function createApiClient(): ApiClient {
  return window.bitext ? electronClient(window.bitext) : httpClient();
}
