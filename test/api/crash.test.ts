// Nothing acknowledged is ever lost: a real `bitext serve` child takes mixed writes over HTTP and is killed
// with SIGKILL at a random moment, 20 times; after each kill the project holds every acknowledged write,
// nothing half written, passes integrity_check, and undo/redo carry on.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject, type Project } from '../../src/store';
import { SEEDS } from './transports';

const ROOT = join(__dirname, '..', '..');
const ROUNDS = 20;

function serve(project: string): Promise<{ child: ChildProcess; base: string; token: string }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'bitext.mjs'), 'serve', '--project', project, '--port', '0', '--samples', SEEDS, '--api-only'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      output += c.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${match[1]}`, token: match[2] as string });
      }
    });
  });
}

type Write =
  | { kind: 'edit'; sentenceId: number; text: string }
  | { kind: 'annotate'; sentenceId: number; comment: string }
  | { kind: 'state'; linkId: number; state: 'confirmed' | 'rejected' | 'proposed' };

function randomWrite(rng: () => number, sentences: number[], links: number[], tag: string): Write {
  const pick = <T,>(list: T[]) => list[Math.floor(rng() * list.length)] as T;
  const roll = rng();
  if (roll < 0.45) return { kind: 'edit', sentenceId: pick(sentences), text: `Korrigiert ${tag}.` };
  if (roll < 0.75) return { kind: 'annotate', sentenceId: pick(sentences), comment: `note ${tag}` };
  return { kind: 'state', linkId: pick(links), state: pick(['confirmed', 'rejected', 'proposed'] as const) };
}

function request(write: Write): [string, unknown] {
  if (write.kind === 'edit') return ['sentence.edit', { sentenceId: write.sentenceId, text: write.text }];
  if (write.kind === 'annotate') return ['annotation.add', { sentenceId: write.sentenceId, start: 0, end: 3, category: 'accuracy/mistranslation', severity: 'major', comment: write.comment }];
  return ['links.setState', { linkIds: [write.linkId], state: write.state }];
}

function snapshot(project: Project) {
  return project.listDocuments().map((d) => ({ links: project.listLinks(d.id, { limit: 100_000 }), notes: project.listAnnotations(d.id) }));
}

describe('crash safety over the HTTP API', () => {
  it(`keeps every acknowledged write across ${ROUNDS} SIGKILLs`, async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bitext-crash-')), 'crash.bitext');
    let seed = 12345;
    const rng = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let acknowledgedTotal = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const { child, base, token } = await serve(path);
      const call = (method: string, args: unknown) =>
        fetch(`${base}/api/${method}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(args) });
      const docs = (await (await call('corpus.list', {})).json()) as Array<{ id: number }>;
      const rows = (await Promise.all(docs.map(async (d) => ((await (await call('links.list', { documentId: d.id, limit: 5000 })).json()) as { rows: Array<{ id: number; state: string; translation: Array<{ id: number; text: string }> }> }).rows))).flat();
      const textBefore = new Map(rows.flatMap((r) => r.translation.map((s) => [s.id, s.text] as const)));
      const stateBefore = new Map(rows.map((r) => [r.id, r.state]));
      const sentences = rows.flatMap((r) => r.translation.map((s) => s.id));
      const links = rows.map((r) => r.id);

      const acknowledged: Write[] = [];
      let inFlight: Write | undefined;
      const killAfter = 30 + Math.floor(rng() * 80);
      for (let n = 0; ; n++) {
        const write = randomWrite(rng, sentences, links, `r${round}-${n}`);
        const pending = call(...request(write));
        if (n === killAfter) {
          inFlight = write;
          // Kill while this write is on its way: it may land whole or not at all, never half.
          await new Promise((r) => setTimeout(r, Math.floor(rng() * 4)));
          child.kill('SIGKILL');
          await pending.catch(() => undefined);
          break;
        }
        const response = await pending;
        expect(response.status).toBe(200);
        acknowledged.push(write);
      }
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
      acknowledgedTotal += acknowledged.length;

      const project = openProject(path);
      try {
        expect(project.check()).toEqual({ ok: true, problems: [] });
        const lastText = new Map<number, string[]>();
        const lastState = new Map<number, string[]>();
        for (const w of acknowledged) {
          if (w.kind === 'edit') lastText.set(w.sentenceId, [w.text]);
          if (w.kind === 'state') lastState.set(w.linkId, [w.state]);
        }
        // The write in flight at the kill may have landed whole or not at all.
        if (inFlight?.kind === 'edit') lastText.set(inFlight.sentenceId, [...(lastText.get(inFlight.sentenceId) ?? [textBefore.get(inFlight.sentenceId) as string]), inFlight.text]);
        if (inFlight?.kind === 'state') lastState.set(inFlight.linkId, [...(lastState.get(inFlight.linkId) ?? [stateBefore.get(inFlight.linkId) as string]), inFlight.state]);
        for (const [sentenceId, allowed] of lastText) expect(allowed).toContain(project.getSentence(sentenceId).text);
        const byLink = new Map(snapshot(project).flatMap((d) => d.links).map((l) => [l.id, l.state as string]));
        for (const [linkId, allowed] of lastState) expect(allowed).toContain(byLink.get(linkId));
        const comments = new Set(project.listDocuments().flatMap((d) => project.listAnnotations(d.id).map((a) => a.comment)));
        for (const w of acknowledged) if (w.kind === 'annotate') expect(comments.has(w.comment)).toBe(true);

        // Undo and redo pick up where the killed server left off.
        const before = snapshot(project);
        expect(project.historyStatus().canUndo).toBe(true);
        project.undo();
        expect(snapshot(project)).not.toEqual(before);
        project.redo();
        expect(snapshot(project)).toEqual(before);
      } finally {
        project.close();
      }
    }
    console.info(`crash test: ${acknowledgedTotal} acknowledged writes over ${ROUNDS} kills, all present afterwards`);
    expect(acknowledgedTotal).toBeGreaterThanOrEqual(1000);
  }, 600_000);
});
