// Errors the store throws: a stable code the API maps to an HTTP status, and a message a person can act on.
export type StoreErrorCode = 'not_found' | 'conflict' | 'read_only' | 'bad_request' | 'newer_version' | 'corrupt' | 'locked' | 'disk_full';

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

/**
 * SQLite's "database or disk is full" (SQLITE_FULL, from either driver) as a StoreError a person can act on; null
 * for any other error. SQLite has rolled the transaction back, so what was saved before it is all there.
 */
export function diskFullError(error: unknown): StoreError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_FULL')) return null;
  return new StoreError('disk_full', 'The disk holding the project is full, so this change was not saved; everything saved before it is kept. Free some space and do it again.', { cause: error });
}
