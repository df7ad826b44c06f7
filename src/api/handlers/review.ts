// Handlers of the review and export area (see reviewContract.ts).
import type { ApiHandlers } from '../dispatch';
import type { ReviewResults } from '../reviewContract';
import type { AppState } from '../state';

export function reviewHandlers(_state: AppState): Pick<ApiHandlers, keyof ReviewResults> {
  return {};
}
