// Crash safety at store level: a child process writes; it is killed with SIGKILL at a random moment, several
// times. After each kill every acknowledged write is in the project, nothing half-written is, the file passes
// integrity checks, and undo/redo continue.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../src/store';
import { openSqlite } from '../../src/store/driver';
import { picture } from './helpers';
import { tempFolder } from './fixtures';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const ROUNDS = 6;
const WRITES = 1200;

interface Ack {
  kind: string;
  historyId: number;
  createdId: number;
  token: string;
}

/** Runs the child until `killAfter` acknowledgements, kills its process group, and returns every ack it printed. */
function runAndKill(path: string, seed: number, tag: string, killAfter: number): Promise<{ acks: Ack[]; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', CHILD, path, String(WRITES), String(seed), tag], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    let finished = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const parts = line.split(' ');
        if (parts[0] === 'ack') acks.push({ kind: parts[2]!, historyId: Number(parts[3]), createdId: Number(parts[4]), token: parts[5]! });
        if (parts[0] === 'done') finished = true;
        if (!killed && acks.length >= killAfter) {
          killed = true;
          process.kill(-child.pid!, 'SIGKILL');
        }
      }
    });
    child.on('close', (codeOrNull, signal) => {
      if (!killed && !finished) reject(new Error(`the writer failed (${codeOrNull ?? signal}): ${stderr}`));
      else void untilGone(`${path}.lock`).then(() => resolve({ acks, finished }), reject);
    });
  });
}

/** Waits until the writer named in the lock file has really died (its pipes close a moment before it does). */
async function untilGone(lockPath: string): Promise<void> {
  if (!existsSync(lockPath)) return;
  const pid = (JSON.parse(readFileSync(lockPath, 'utf8') || '{}') as { pid?: number }).pid;
  for (let i = 0; pid && i < 1000; i++) {
    let state: string;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    } catch {
      return;
    }
    if (state === 'Z' || state === 'X') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Which actions are applied now, from the history: action → applied, undo → not, redo → applied again. */
function appliedActions(path: string): { applied: Map<number, boolean>; history: Map<number, { kind: string; action: string }> } {
  const db = openSqlite(path, { readOnly: true, fileMustExist: true });
  const applied = new Map<number, boolean>();
  const history = new Map<number, { kind: string; action: string }>();
  for (const row of db.prepare('SELECT id, kind, action, target FROM history ORDER BY id').all<{ id: number; kind: string; action: string; target: number | null }>()) {
    history.set(row.id, row);
    if (row.kind === 'action') applied.set(row.id, true);
    else applied.set(row.target!, row.kind === 'redo');
  }
  db.close();
  return { applied, history };
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${ROUNDS} SIGKILLs at random moments`, { timeout: 300_000 }, async () => {
    const folder = tempFolder();
    const path = folder.file('crash.bitext');
    const seed = Math.floor(Math.random() * 1e9) + 1;
    const context = `seed ${seed}`;
    let total = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const killAfter = 150 + Math.floor(((seed * (round + 7)) % 1000) / 1000 * (WRITES - 200));
        const { acks, finished } = await runAndKill(path, seed + round, `r${round}`, killAfter);
        expect(finished, `${context}: the writer should have been killed mid-run`).toBe(false);
        total += acks.length;
        if (process.env.STORE_CRASH_VERBOSE) console.log(`round ${round}: killed after ${acks.length} acknowledged writes`);

        const project = openProject(path);
        expect(project.check(), context).toEqual({ ok: true, problems: [] });
        const { applied, history } = appliedActions(path);
        for (const ack of acks) {
          if (ack.historyId === 0) continue;
          const entry = history.get(ack.historyId);
          expect(entry, `${context}: acknowledged ${ack.kind} ${ack.token} is missing`).toBeDefined();
          expect(ack.kind === 'undo' || ack.kind === 'redo' ? entry!.kind : entry!.action, context).toBe(ack.kind);
          if (ack.kind === 'edit_sentence') {
            const fixed = editText(path, ack.createdId);
            expect(fixed === null ? null : fixed.endsWith(`#${ack.token}`), `${context}: edit ${ack.token}`).toBe(applied.get(ack.historyId) ? true : null);
          }
          if (ack.kind === 'add_annotation') {
            const exists = annotationComment(path, ack.createdId);
            expect(exists, `${context}: annotation ${ack.token}`).toBe(applied.get(ack.historyId) ? ack.token : null);
          }
        }
        // At most one write beyond the last acknowledged one can have committed (the one in flight at the kill).
        const lastAcked = Math.max(0, ...acks.map((a) => a.historyId));
        expect([...history.keys()].filter((id) => id > lastAcked).length, context).toBeLessThanOrEqual(1);

        // Undo and redo continue from where the writer stopped.
        const documentId = project.listDocuments()[0]!.id;
        const now = picture(project, documentId);
        if (project.historyStatus().canUndo && project.historyStatus().undoAction !== 'import') {
          project.undo();
          expect(picture(project, documentId), context).not.toBe(now);
          project.redo();
          expect(picture(project, documentId), context).toBe(now);
        }
        project.close();
      }
      expect(total).toBeGreaterThanOrEqual(1000);
    } finally {
      folder.remove();
    }
  });
});

function editText(path: string, editId: number): string | null {
  const db = openSqlite(path, { readOnly: true, fileMustExist: true });
  const row = db.prepare('SELECT fixed_text FROM edits WHERE id = ?').get<{ fixed_text: string }>(editId);
  db.close();
  return row?.fixed_text ?? null;
}

function annotationComment(path: string, id: number): string | null {
  const db = openSqlite(path, { readOnly: true, fileMustExist: true });
  const row = db.prepare('SELECT comment FROM annotations WHERE id = ?').get<{ comment: string }>(id);
  db.close();
  return row?.comment ?? null;
}
