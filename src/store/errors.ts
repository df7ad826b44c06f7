// Errors the store throws: a stable code the API maps to an HTTP status, and a message a person can act on.
export type StoreErrorCode = 'not_found' | 'conflict' | 'read_only' | 'bad_request' | 'newer_version' | 'corrupt' | 'locked';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

/** The message of anything thrown, for wrapping driver errors in a StoreError. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
