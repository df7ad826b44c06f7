// `bitext batch …`: corpus-scale commands that stream JSONL (see docs/SCALE.md).
import { UsageError } from '../args';
import type { CliCommand } from '../io';
import { BATCH_ALIGN_HELP, batchAlign, type BatchStreams } from './align';
import { BATCH_LEARN_HELP, batchLearn } from './learn';

const SUBCOMMANDS: Record<string, (args: string[], io: BatchStreams) => Promise<number>> = { align: batchAlign, learn: batchLearn };

export const BATCH_HELP = `usage: bitext batch align|learn …\n\n${BATCH_ALIGN_HELP}\n${BATCH_LEARN_HELP}`;

/** Ctrl+C once: stop reading, write what is finished, exit 130. A second Ctrl+C stops at once. */
function interruption(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => {
      process.once('SIGINT', () => process.exit(130));
      resolve();
    });
    process.once('SIGTERM', () => resolve());
  });
}

export const batchCommand: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h') {
    io.stdout(BATCH_HELP);
    return sub ? 0 : 2;
  }
  const run = SUBCOMMANDS[sub];
  if (!run) throw new UsageError(`unknown subcommand "${sub}" (use align or learn)\n\n${BATCH_HELP}`);
  return run(rest, { stdin: process.stdin, stdout: process.stdout, stderr: io.stderr, interrupted: interruption() });
};
