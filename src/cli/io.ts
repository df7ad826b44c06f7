// What a command needs from the outside world, so commands can be tested without spawning processes.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * A regular file's bytes; anything else (a folder, FIFO, device) or a file over `maxBytes` is refused with a
   * message naming the path, before it is read (without `maxBytes`, a generous default still bounds the read).
   */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/** A command takes its own arguments (after the command name) and returns the process exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
