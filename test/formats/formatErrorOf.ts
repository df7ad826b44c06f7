// The FormatError a reader throws for bad input; a reader that accepts the input fails the test.
import { FormatError } from '../../src/formats';

export function formatErrorOf(read: () => unknown): FormatError {
  try {
    read();
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('expected a FormatError, but the input was accepted');
}
