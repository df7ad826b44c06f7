// One error type for every reader and writer, so callers can show `format`, place and a fix to the user.
export class FormatError extends Error {
  constructor(
    readonly format: string,
    message: string,
    /** 1-based line in the input, when the error comes from reading. */
    readonly line: number | null = null,
  ) {
    super(`${format}: ${message}`);
    this.name = 'FormatError';
  }
}
