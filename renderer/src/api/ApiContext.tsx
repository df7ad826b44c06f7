import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiArgs, ApiMethod, ApiResults } from '../../../src/api/contract';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Calls one API method and follows its argument; `null` arguments mean "nothing to load yet". */
/** `version` reloads the call when something it shows may have changed. */
export function useApiCall<M extends ApiMethod>(method: M, args: ApiArgs[M] | null, version = 0): Loadable<ApiResults[M]> {
  const api = useApi();
  const [result, setResult] = useState<Loadable<ApiResults[M]>>({ state: 'loading' });
  const key = args === null ? null : JSON.stringify(args);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setResult((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    api
      .send(method, JSON.parse(key) as ApiArgs[M])
      .then((value) => live && setResult({ state: 'ready', value }))
      .catch((error: unknown) => live && setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [api, method, key, version]);
  return result;
}
