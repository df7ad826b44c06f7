// Model-based property test of the workbench API (issue 10, "Also prove"): fast-check generates sequences of
// edits, boundary changes, link changes, annotations, imports, undo/redo and restarts; each runs through the real
// dispatcher on a real project file, and after every step what the API shows must equal the model
// (propertyModel.ts, changed by propertyRules.ts). Refused actions (4xx) must change nothing; undo and redo must
// return exactly to the neighbouring snapshot, also across restarts.
// Deterministic by default; BITEXT_PROPERTY_SEED and BITEXT_PROPERTY_RUNS change the seed and the number of runs.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../src/api/contract';
import { plan, stepsArbitrary, type Action, type ImportFile } from './propertyActions';
import { RealProject, type Answer } from './propertyDriver';
import { adoptLinkIds, clone, maskNewLinkIds, pairAnnotationsInRowOrder, render, type Model, type MRow } from './propertyModel';
import { Refused } from './propertyRules';
import { pageText, sourceText } from './generatedPages';
import { SEEDS } from './transports';

const SEED = Number(process.env.BITEXT_PROPERTY_SEED ?? 20_261_201);
const RUNS = Number(process.env.BITEXT_PROPERTY_RUNS ?? 100);
const folder = mkdtempSync(join(tmpdir(), 'bitext-property-'));
const template = join(folder, 'template.bitext');
/** What one import unit sends: a page, or a pair's Vietnamese source and German translation (in that order). */
type Unit = string[];
const keyOf = (unit: Unit) => unit.join('|');
let initial: Model;
let initialContents: Unit[];

beforeAll(async () => {
  const seed = readdirSync(SEEDS).sort()[0]!;
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const pair = { tag: 'p', paragraphs: [2, 2], leftovers: false };
  // A sample page, a generated page with a leftover, and a pair (source page + translation).
  const units: Array<{ unit: Unit; files: Array<{ name: string; base64: string }>; action: string }> = [
    { unit: [readFileSync(join(SEEDS, seed)).toString('base64')], files: [], action: 'import' },
    { unit: [base64(pageText({ tag: 'e', paragraphs: [3, 2, 1], leftovers: true }))], files: [], action: 'import' },
    { unit: [base64(sourceText(pair)), base64(pageText(pair))], files: [], action: 'import_pair' },
  ];
  units[0]!.files = [{ name: seed, base64: units[0]!.unit[0]! }];
  units[1]!.files = [{ name: 'erste.txt', base64: units[1]!.unit[0]! }];
  units[2]!.files = [{ name: 'paar.vi.txt', base64: units[2]!.unit[0]! }, { name: 'paar.de.txt', base64: units[2]!.unit[1]! }];
  const real = await RealProject.open(template);
  const summary = await real.read<ImportSummary>('corpus.import', { files: units.flatMap((u) => u.files) });
  expect(summary.imported).toHaveLength(units.length);
  // The starting history is these imports; undoing them is part of what the model must predict.
  initial = { state: { docs: [] }, past: [], future: [] };
  for (const [i, imported] of summary.imported.entries()) {
    initial.past.push({ state: clone(initial.state), action: units[i]!.action });
    initial.state.docs.push(await real.readDocument(imported.documentId, keyOf(units[i]!.unit)));
  }
  real.close();
  initialContents = units.map((u) => u.unit);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** How often each kind of action was accepted, refused or had nothing to act on, printed once at the end. */
const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

interface Run {
  model: Model;
  real: RealProject;
  /** Every page or pair used so far in this run, for importing the same bytes again. */
  contents: Unit[];
  step: number;
}

function refusal(answer: Answer, what: string): void {
  if (answer.ok) throw new Error(`${what}: the API accepted what the model says it must refuse`);
  expect(answer.status, `${what}: ${answer.message}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${what}: ${answer.message}`).toBeLessThan(500);
}

function historyId(answer: Answer): number {
  return (answer.ok ? (answer.result as { change: { historyId: number } | null }).change?.historyId : undefined) ?? 0;
}

function unitFor(run: Run, file: ImportFile, tag: string): Unit {
  const bytes = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  if (file.kind === 'empty') return [''];
  if (file.kind === 'again') return run.contents[file.pick % run.contents.length]!;
  if (file.kind === 'pair') return [bytes(sourceText({ tag, paragraphs: file.paragraphs, leftovers: false })), bytes(pageText({ tag, paragraphs: file.paragraphs, leftovers: false }))];
  return [bytes(pageText({ tag, paragraphs: file.paragraphs, leftovers: file.leftovers }))];
}

async function importFiles(run: Run, files: ImportFile[]): Promise<void> {
  const { model, real } = run;
  const units = files.map((file, i) => {
    const unit = unitFor(run, file, `g${run.step}x${i}`);
    const stem = `gen-${run.step}-${i}`;
    // Pages named stem.vi.txt and stem.de.txt are imported as one pair.
    const sent = unit.length === 2 ? [{ name: `${stem}.vi.txt`, base64: unit[0]! }, { name: `${stem}.de.txt`, base64: unit[1]! }] : [{ name: `${stem}.txt`, base64: unit[0]! }];
    return { unit, sent, label: sent.map((f) => f.name).join(' + ') };
  });
  const summary = await real.read<ImportSummary>('corpus.import', { files: units.flatMap((u) => u.sent) });
  const present = new Set(model.state.docs.map((d) => d.content));
  const expected = { imported: [] as string[], duplicates: [] as string[], failed: [] as string[] };
  for (const { unit, label } of units) {
    const key = keyOf(unit);
    if (key === '') expected.failed.push(label);
    else if (present.has(key)) expected.duplicates.push(label);
    else {
      expected.imported.push(label);
      present.add(key);
      run.contents.push(unit);
      const documentId = summary.imported.find((i) => i.file === label)?.documentId;
      if (documentId === undefined) continue;
      // Each page or pair is its own undoable action.
      model.past.push({ state: clone(model.state), action: unit.length === 2 ? 'import_pair' : 'import' });
      model.future = [];
      model.state.docs.push(await real.readDocument(documentId, key));
    }
  }
  for (const kind of ['imported', 'duplicates', 'failed'] as const) for (const _ of expected[kind]) count(`import: ${kind}`);
  const got = { imported: summary.imported.map((i) => i.file), duplicates: summary.duplicates, failed: summary.failed.map((f) => f.file) };
  expect(got, `import at step ${run.step}; failures: ${JSON.stringify(summary.failed)}`).toEqual(expected);
}

/**
 * Re-alignment's grouping is the aligner's to decide, so the model takes the new rows from the project after
 * checking what must hold: every sentence in exactly one row, confirmed rows kept as they were, the rest new
 * proposed rows of origin auto. Undo and redo must then restore either grouping exactly.
 */
async function realign(run: Run, pick: number): Promise<void> {
  const { model, real } = run;
  const doc = model.state.docs[pick % Math.max(1, model.state.docs.length)];
  if (!doc) return;
  const answer = await real.call('links.realign', { documentId: doc.id });
  if (!answer.ok) throw new Error(`links.realign ${doc.id} refused: ${answer.status} ${answer.message}`);
  count(`links.realign ${historyId(answer) > 0 ? 'done' : 'no change'}`);
  if (historyId(answer) === 0) return;
  const rows = (await real.observe()).documents.find((d) => d.id === doc.id)!.rows;
  const members = (r: { translation: Array<{ id: number }>; original: Array<{ id: number }> }) => [...r.translation, ...r.original].map((s) => s.id).sort((a, b) => a - b);
  expect(rows.flatMap(members).sort((a, b) => a - b)).toEqual([...doc.order].sort((a, b) => a - b));
  const confirmed = doc.rows.filter((r) => r.state === 'confirmed').map((r) => ({ state: r.state, origin: r.origin, score: r.score, sentences: [...r.sentences].sort((a, b) => a - b) }));
  expect(rows.filter((r) => r.state === 'confirmed').map((r) => ({ state: r.state, origin: r.origin, score: r.score, sentences: members(r) }))).toEqual(confirmed);
  expect(rows.filter((r) => r.state !== 'confirmed').every((r) => r.state === 'proposed' && r.origin === 'auto')).toBe(true);
  model.past.push({ state: clone(model.state), action: 'realign' });
  model.future = [];
  doc.rows = rows.map((r) => ({ linkId: r.linkId, state: r.state as MRow['state'], origin: r.origin, score: r.score, sentences: members(r) }));
}

async function perform(run: Run, action: Action): Promise<void> {
  const { model, real } = run;
  if (action.kind === 'restart' || action.kind === 'import') count(action.kind);
  if (action.kind === 'restart') return real.restart();
  if (action.kind === 'import') return importFiles(run, action.files);
  if (action.kind === 'realign') return realign(run, action.pick);
  if (action.kind === 'undo' || action.kind === 'redo') {
    count(`${action.kind}${(action.kind === 'undo' ? model.past : model.future).length > 0 ? '' : ' (nothing)'}`);
    const answer = await real.call(`history.${action.kind}`, {});
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    const [from, to] = action.kind === 'undo' ? [model.past, model.future] : [model.future, model.past];
    const entry = from.pop();
    if (entry) {
      to.push({ state: model.state, action: entry.action });
      model.state = entry.state;
    }
    return;
  }
  const planned = plan(model.state, action, run.step);
  if (!planned) {
    count(`${action.kind} skipped`);
    return;
  }
  const what = `${planned.method} ${JSON.stringify(planned.args)}`;
  const answer = await real.call(planned.method, planned.args);
  const next = clone(model.state);
  let name: string | null;
  try {
    name = planned.apply(next, () => {
      const created = answer.ok ? (answer.result as { change: { createdIds?: number[] } | null }).change?.createdIds?.[0] : undefined;
      if (created === undefined) throw new Error(`${what}: no created id in the answer`);
      return created;
    });
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    count(`${planned.method} refused`);
    return refusal(answer, `${what} (${error.message})`);
  }
  if (!answer.ok) throw new Error(`${what}: refused with ${answer.status} "${answer.message}", but the model expects it to work`);
  count(`${planned.method} ${name === null ? 'no change' : 'done'}`);
  if (name === null) {
    expect(historyId(answer), `${what} changed nothing, so it must record nothing`).toBe(0);
    return;
  }
  expect(historyId(answer), `${what} must record one history entry`).toBeGreaterThan(0);
  model.past.push({ state: model.state, action: name });
  model.future = [];
  model.state = next;
}

async function compare(run: Run, action: Action): Promise<void> {
  const expected = pairAnnotationsInRowOrder(render(run.model));
  const observed = pairAnnotationsInRowOrder(await run.real.observe());
  expect(maskNewLinkIds(observed, expected), `after step ${run.step}: ${JSON.stringify(action)}`).toEqual(expected);
  adoptLinkIds(run.model, observed);
}

describe('the API against a model, across restarts', () => {
  it(`keeps the project equal to the model after every step (seed ${SEED}, ${RUNS} runs)`, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(stepsArbitrary, async (actions) => {
        const path = join(folder, `run-${runs++}.bitext`);
        copyFileSync(template, path);
        const run: Run = { model: clone(initial), real: await RealProject.open(path), contents: clone(initialContents), step: 0 };
        try {
          await compare(run, { kind: 'restart' });
          for (const action of actions) {
            run.step++;
            await perform(run, action);
            await compare(run, action);
          }
          // The last word: everything above is on disk, and the file is sound.
          await run.real.restart();
          await compare(run, { kind: 'restart' });
          expect(run.real.check()).toEqual({ ok: true, problems: [] });
        } finally {
          run.real.close();
          rmSync(path, { force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(`property test, ${runs} runs: ${[...tally].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }, 240_000);
});
