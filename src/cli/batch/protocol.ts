// Messages between the main thread and the worker threads of the pool (pool.ts): `bitext batch align` hands them
// JSONL records to align, `bitext import` files to read and align (importTask.ts).
import type { BatchFormat } from './project';
import type { BatchLimits } from './record';
import type { PreparedUnit } from '../../services/importing';

export interface WorkerConfig {
  kind?: 'align';
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

/** `bitext import`: each task's text is an ImportTask as JSON; the worker reads and aligns, the main thread stores. */
export interface ImportWorkerConfig {
  kind: 'import';
}

export type PoolConfig = WorkerConfig | ImportWorkerConfig;

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

/** A file (or pair of files) of `bitext import`, by path: the worker reads it itself. */
export interface ImportTask {
  translationLang: string;
  unit: { kind: 'page'; input: ImportFile } | { kind: 'pair'; source: ImportFile; translation: ImportFile; explicit: boolean };
}

export interface ImportFile {
  name: string;
  /** The path it is read from. */
  source: string;
}

/** `ok: 'here'`: a unit the main thread prepares itself (its bytes came with the request, not as a file). */
export type ImportOut = { seq: number; ok: true; prepared: PreparedUnit } | { seq: number; ok: false; reason: string } | { seq: number; ok: 'here' };
