// One error type for every reader and writer, so callers can show `format`, place and a fix to the user.
export class FormatError extends Error {
  constructor(
    readonly format: string,
    message: string,
    /** 1-based line in the input, when the error comes from reading. */
    readonly line: number | null = null,
    /** 1-based column (UTF-16 code units), when the reader knows it. */
    readonly column: number | null = null,
    /** The input's name, when the caller gave one. */
    readonly file: string | null = null,
  ) {
    super(`${format}: ${message}`);
    this.name = 'FormatError';
  }
}

/** "a.tmx, line 3, column 7" with the parts that are known, for the start of a reader's message. */
export function placeText(file: string | undefined, line: number, column?: number): string {
  return `${file === undefined ? '' : `${file}, `}line ${line}${column === undefined ? '' : `, column ${column}`}`;
}
