// Errors of the use cases: a stable code and a message a person can act on. The API maps them to its own
// errors (and HTTP statuses); the command line prints the message.
export type ServiceErrorCode = 'forbidden' | 'bad_request' | 'invalid_argument' | 'not_found' | 'conflict' | 'read_only';

export class ServiceError extends Error {
  readonly code: ServiceErrorCode;
  constructor(code: ServiceErrorCode, message: string) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
  }
}
