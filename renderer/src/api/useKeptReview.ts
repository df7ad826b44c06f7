import { useEffect, useState } from 'react';
import type { ApiArgs, ApiResults } from '../../../src/api/contract';
import { useApiCall, type Loadable } from './ApiContext';

/** How soon to ask again while the server computes a newer review. */
const RETRY_MS = 1000;

/**
 * review.report / review.findings: on a large project the server answers at once with its last finished review and
 * says `running` while a newer one is computed (on a worker, so the editor never waits for it); this asks again
 * until the answer is current, keeping the shown one meanwhile.
 */
export function useKeptReview<M extends 'review.report' | 'review.findings'>(method: M, args: ApiArgs[M] | null, version: number): Loadable<ApiResults[M]> {
  const [retries, setRetries] = useState(0);
  // Both only grow, so their sum changes whenever either does.
  const result = useApiCall(method, args, version + retries);
  const running = result.state === 'ready' && result.value.running;
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setRetries((n) => n + 1), RETRY_MS);
    return () => clearTimeout(timer);
  }, [running, result]);
  return result;
}
