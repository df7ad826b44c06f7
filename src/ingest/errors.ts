/** A page that cannot be read: `reason` says why in words a person can act on; `message` names the file too. */
export class ReadError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ReadError';
    this.file = file;
    this.reason = reason;
  }
}

/** Raised by the decoding steps, which do not know the file name; readPage turns it into a ReadError. */
export class DecodeFailure extends Error {}
