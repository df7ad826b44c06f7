// Every API method's handler, assembled from the areas; the type makes a missing method a compile error.
import type { ApiHandlers } from '../dispatch';
import type { AppState } from '../state';
import { editingHandlers } from './editing';
import { importingHandlers } from './importing';
import { readingHandlers } from './reading';
import { reviewHandlers } from './review';

export function createHandlers(state: AppState): ApiHandlers {
  return { ...readingHandlers(state), ...editingHandlers(state), ...importingHandlers(state), ...reviewHandlers(state) };
}
