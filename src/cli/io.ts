// What a command needs from the outside world, so commands can be tested without spawning processes.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

/** A command takes its own arguments (after the command name) and returns the process exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
