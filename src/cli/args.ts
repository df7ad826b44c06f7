// Command-line options, read by Node's own strict parser: an unknown option, a value given to a flag
// (`--json=x`) or a missing value is an error that names the option; `--` ends the options.
import { parseArgs as parseNodeArgs } from 'node:util';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
  /** Options that may be given several times, each with every value in order. */
  lists: Map<string, string[]>;
}

function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return `unknown option ${unknown[1]} (a file whose name starts with "-" goes after "--")`;
  return message;
}

/** `spec` names options with their dashes (`--json`), as the help texts and error messages show them. */
export function parseArgs(args: string[], spec: { flags?: string[]; values?: string[]; lists?: string[] }): ParsedArgs {
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean }> = {};
  for (const name of spec.flags ?? []) options[name.replace(/^--/, '')] = { type: 'boolean' };
  for (const name of spec.values ?? []) options[name.replace(/^--/, '')] = { type: 'string' };
  for (const name of spec.lists ?? []) options[name.replace(/^--/, '')] = { type: 'string', multiple: true };
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (Array.isArray(value)) {
      const items = value.filter((item): item is string => typeof item === 'string');
      if (items.some((item) => item === '')) throw new UsageError(`--${name} needs a value`);
      lists.set(`--${name}`, items);
    } else if (value === true) flags.add(`--${name}`);
    else if (typeof value === 'string') {
      if (value === '') throw new UsageError(`--${name} needs a value`);
      values.set(`--${name}`, value);
    }
  }
  return { positional: parsed.positionals, flags, values, lists };
}

/** The value of option `name` as a whole number of at least 1, or `fallback` when the option is not given. */
export function positiveInt(values: Map<string, string>, name: string, fallback: number): number {
  const v = values.get(name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name} must be a whole number of at least 1, got "${v}"`);
  return Number(v);
}
