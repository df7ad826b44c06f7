// `bitext batch align`: a streaming filter from JSONL document pairs to aligned records, on a pool of worker threads.
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { parseArgs, positiveInt, UsageError } from '../args';
import { countLines } from '../countsFiles';
import { lexiconFromCountLines } from '../lexiconStream';
import { packageVersion } from '../paths';
import { idFromHead, readLines } from './lines';
import { OrderedPool, type PoolShape } from './pool';
import { BATCH_FORMATS, frame, project, type BatchFormat } from './project';
import type { TaskOut, WorkerConfig } from './protocol';
import { DEFAULT_LIMITS, errorRecord, RecordError } from './record';
import { readDone } from './resume';

export const BATCH_ALIGN_HELP = `usage: bitext batch align [--in FILE] [--out FILE] [--format jsonl|bitextor|hf|moses|tmx] [--min-score X]
                          [--jobs N] [--resume] [--lexicon COUNTS] [--max-sentences N] [--max-line-bytes N] [--overwrite]

Reads one document pair a line (JSONL, from --in or stdin) and writes the alignment (to --out or stdout), in input
order, on N worker threads (default: every core). Input record:
  {"id", "src_lang", "trg_lang", "src_text" | "src_sentences", "trg_text" | "trg_sentences",
   "src_url"?, "trg_url"?, "anchors"?: [[i, j], …]}
jsonl writes exactly one line per input line:
  {"id", "status": "ok", "src_sentences", "trg_sentences", "alignments": [{"src", "trg", "score"}],
   "stats": {"coverage", "mean_score"}, "aligner": {"name", "version"}, …}
  {"id", "status": "error", "line", "error": {"code", "field", "message"}}
bitextor (src_url, trg_url, src_text, trg_text, score TSV), hf ({"id", "translation": {lang: text}, "score"}),
moses (--out BASE writes BASE.src and BASE.trg) and tmx write the linked pairs; errors go to stderr.
  --min-score X        keep links at least this confident (jsonl: drops the others from "alignments")
  --resume             skip records whose id is already in --out (jsonl), and append the rest
  --lexicon COUNTS     a counts file from \`bitext batch learn\` / \`bitext lexicon merge\` (the second pass)
  --max-sentences N    refuse a side with more sentences (default ${DEFAULT_LIMITS.maxSentences})
  --max-line-bytes N   refuse a longer input line without reading it into memory (default 64 MiB)
Exit code 0 when every record aligned, 1 when some failed (their error records say why), 2 for bad options.
`;

export interface BatchStreams {
  stdin: Readable;
  stdout: Writable;
  stderr: (text: string) => void;
  /** Ctrl+C: resolves when the user asks to stop (the command then writes what is finished and exits 130). */
  interrupted?: Promise<void>;
}

async function put(stream: Writable, text: string): Promise<void> {
  if (text === '' || stream.destroyed || stream.errored) return;
  if (stream.write(text)) return;
  // A closed or failed stream ends the wait as well as a drained one: the caller learns of it from closedOutput.
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

/** Resolves with the error when an output stream fails (EPIPE: the reader of `| head` went away; a full disk). */
function closedOutput(streams: Writable[]): { promise: Promise<Error>; error: () => Error | null } {
  let failed: Error | null = null;
  const promise = new Promise<Error>((resolve) => {
    for (const s of streams)
      s.on('error', (e: Error) => {
        failed ??= e;
        resolve(e);
      });
  });
  return { promise, error: () => failed };
}

async function end(stream: Writable): Promise<void> {
  if (stream === process.stdout || stream.writableEnded) return;
  await new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export async function batchAlign(args: string[], io: BatchStreams): Promise<number> {
  const parsed = parseArgs(args, {
    flags: ['--resume', '--overwrite', '--help'],
    values: ['--in', '--out', '--format', '--min-score', '--jobs', '--lexicon', '--max-sentences', '--max-line-bytes'],
  });
  if (parsed.flags.has('--help')) {
    await put(io.stdout, BATCH_ALIGN_HELP);
    return 0;
  }
  const v = parsed.values;
  if (parsed.positional.length > 0) throw new UsageError(`unexpected argument "${parsed.positional[0]}" (read a file with --in FILE)`);
  const format = (v.get('--format') ?? 'jsonl') as BatchFormat;
  if (!BATCH_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${BATCH_FORMATS.join(', ')}, got "${format}"`);
  const minScore = v.has('--min-score') ? Number(v.get('--min-score')) : 0;
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) throw new UsageError(`--min-score must be a number from 0 to 1, got "${v.get('--min-score')}"`);
  const jobs = positiveInt(v, '--jobs', availableParallelism());
  const maxSentences = positiveInt(v, '--max-sentences', DEFAULT_LIMITS.maxSentences);
  const maxLineBytes = positiveInt(v, '--max-line-bytes', 64 << 20);
  const out = v.get('--out');
  const resume = parsed.flags.has('--resume');
  if (resume && (!out || format !== 'jsonl')) throw new UsageError('--resume needs --out FILE and --format jsonl (the ids of finished records are read back from it)');
  if (format === 'moses' && !out) throw new UsageError('--format moses writes two files: give --out BASE (BASE.src and BASE.trg)');
  const lexiconPath = v.get('--lexicon') ?? null;
  if (lexiconPath && !existsSync(lexiconPath)) throw new UsageError(`--lexicon ${lexiconPath}: no such file (make one with bitext batch learn)`);
  // Checked here, once, so a damaged file stops the run before any output instead of failing in every thread.
  if (lexiconPath) await lexiconFromCountLines(countLines(lexiconPath)).catch((e: Error) => Promise.reject(new UsageError(`--lexicon ${lexiconPath}: ${e.message}`)));
  const inPath = v.get('--in');
  if (inPath && (!existsSync(inPath) || !statSync(inPath).isFile())) throw new UsageError(`--in ${inPath}: no such file`);
  const outFiles = format === 'moses' ? [`${out}.src`, `${out}.trg`] : out ? [out] : [];
  if (!resume && !parsed.flags.has('--overwrite'))
    for (const f of outFiles) if (existsSync(f) && statSync(f).size > 0) throw new UsageError(`${f} exists; add --resume to continue an interrupted run, or --overwrite to replace it`);

  const done = resume && out ? await readDone(out) : { ids: [], lines: [], records: 0 };
  const config: WorkerConfig = {
    format,
    minScore,
    limits: { maxSentences },
    aligner: { name: 'bitext', version: packageVersion() },
    lexiconPath,
    skipIds: done.ids,
    skipLines: done.lines,
  };
  const mode = resume ? 'a' : 'w';
  const main = outFiles[0] ? createWriteStream(outFiles[0], { flags: mode }) : io.stdout;
  const second = outFiles[1] ? createWriteStream(outFiles[1], { flags: mode }) : null;
  const counts = { ok: 0, failed: 0, skipped: 0 };
  const write = async (r: TaskOut): Promise<void> => {
    if (r.skipped) counts.skipped++;
    else if (r.ok) counts.ok++;
    else counts.failed++;
    if (r.err) io.stderr(r.err);
    await put(main, r.out);
    if (second) await put(second, r.second);
  };
  const crashed = (task: { seq: number; line: number }, reason: string): TaskOut => ({
    seq: task.seq,
    skipped: false,
    ok: false,
    ...project(errorRecord(null, task.line, new RecordError('align_failed', null, `the aligner's thread stopped while aligning this record (${reason}); if the document is very large, split it or lower --max-sentences`)), format, minScore),
  });
  // Four records a message: a quarter of the messages to pass and answer; and a thread holds a second batch, so it is
  // not idle while the main thread, sharing its core, gets round to answering. The window holds a third batch a
  // thread, which fills up while the two are out.
  const shape: PoolShape = { batch: 4, batchChars: 1 << 20, depth: 2, windowChars: 32 << 20 };
  const pool = new OrderedPool(jobs, jobs * shape.batch * (shape.depth + 1), config, write, crashed, shape);
  const output = closedOutput(second ? [main, second] : [main]);
  const stop = Promise.race([io.interrupted ?? new Promise<void>(() => undefined), output.promise]);
  let stopped = false;
  void stop.then(() => (stopped = true));
  const framing = frame(format, '*all*', config.aligner.version);
  const started = Date.now();
  try {
    await put(main, framing.head);
    const input = inPath ? createReadStream(inPath) : io.stdin;
    for await (const l of readLines(input, maxLineBytes)) {
      await pool.room();
      if (stopped) break;
      if ('text' in l) pool.submit(l.line, l.text);
      else {
        const err = new RecordError('line_too_long', null, `${l.tooLong} bytes, over --max-line-bytes ${maxLineBytes}; split the document into parts or raise the limit`);
        const id = idFromHead(l.head);
        pool.submitDone((seq) => ({ seq, skipped: id !== null && done.ids.includes(id), ok: false, ...project(errorRecord(id, l.line, err), format, minScore) }));
      }
    }
    if (!stopped) await Promise.race([pool.drain(), stop]);
  } finally {
    await pool.close();
    if (!stopped) await put(main, framing.tail);
    if (!output.error()) {
      await end(main);
      if (second) await end(second);
    }
  }
  const failed = output.error();
  if (failed) {
    const code = (failed as { code?: string }).code;
    io.stderr(`bitext batch align: output closed (${code === 'EPIPE' ? 'the reading end of the pipe went away' : failed.message}); ${counts.ok + counts.failed} records written, stopped\n`);
    return code === 'EPIPE' ? 141 : 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  io.stderr(`bitext batch align: ${counts.ok} aligned, ${counts.failed} failed${resume ? `, ${counts.skipped} already in ${out}` : ''} in ${seconds} s on ${jobs} thread${jobs === 1 ? '' : 's'}${stopped ? ' (interrupted: finished records written; continue with --resume)' : ''}\n`);
  if (stopped) return 130;
  return counts.failed > 0 ? 1 : 0;
}
