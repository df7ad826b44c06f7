// Errors that cross a transport: a stable machine code, an HTTP status, and a message a person can act on.
import { ServiceError } from '../services/errors';
import { diskFullError, isStoreError, type StoreErrorCode } from '../store';

export type ApiErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'bad_request'
  | 'invalid_argument'
  | 'unknown_method'
  | 'not_found'
  | 'conflict'
  | 'read_only'
  | 'payload_too_large'
  | 'disk_full'
  | 'internal';

const STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  bad_request: 400,
  invalid_argument: 400,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  read_only: 409,
  payload_too_large: 413,
  disk_full: 507,
  internal: 500,
};

const FROM_STORE: Record<StoreErrorCode, ApiErrorCode> = {
  not_found: 'not_found',
  conflict: 'conflict',
  read_only: 'read_only',
  bad_request: 'bad_request',
  newer_version: 'conflict',
  corrupt: 'bad_request',
  locked: 'conflict',
  disk_full: 'disk_full',
};

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
  get status(): number {
    return STATUS[this.code];
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** Anything thrown by a handler becomes an ApiError; unexpected ones keep their message but are marked internal. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ServiceError) return new ApiError(error.code, error.message);
  if (isStoreError(error)) return new ApiError(FROM_STORE[error.code], error.message);
  const full = diskFullError(error);
  if (full) return new ApiError('disk_full', full.message);
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError('internal', message);
}
