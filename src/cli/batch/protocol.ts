// Messages between `bitext batch align` and its worker threads.
import type { BatchFormat } from './project';
import type { BatchLimits } from './record';

export interface WorkerConfig {
  format: BatchFormat;
  minScore: number;
  limits: BatchLimits;
  aligner: { name: string; version: string };
  /** A counts file from `bitext batch learn` (pass 2). */
  lexiconPath: string | null;
  /** --resume: records already in the output, by id, and by line for records that had none. */
  skipIds: string[];
  skipLines: number[];
}

export interface TaskIn {
  seq: number;
  line: number;
  text: string;
}

export interface TaskOut {
  seq: number;
  /** Already in the output (--resume): nothing is written. */
  skipped: boolean;
  ok: boolean;
  out: string;
  second: string;
  err: string;
}
