// Store benchmarks: import speed (pages, and pairs of long pages), time from opening a 100,000-link project to its
// first 200 rows, and the latency of one acknowledged edit (committed with synchronous=FULL). Medians of runs.
import { openProject } from '../../src/store';
import { makeMonolingual, makePage, pairLinks, tempFolder } from '../store/fixtures';
import { median, type BenchResult } from './stats';


const now = (): number => performance.now();

function importPages(runs: number): number {
  const rates: number[] = [];
  const pages = Array.from({ length: 1000 }, (_, i) => makePage(i, 30));
  for (let run = 0; run < runs; run++) {
    const folder = tempFolder();
    const project = openProject(folder.file('pages.bitext'), { create: true });
    const start = now();
    for (const [i, { doc, links }] of pages.entries()) project.importDocument(doc, links, { contentHash: `page-${i}` });
    rates.push(pages.length / ((now() - start) / 1000));
    project.close();
    folder.remove();
  }
  return median(rates);
}

function importPairs(runs: number): number {
  const rates: number[] = [];
  const links = pairLinks(1000);
  const pairs = Array.from({ length: 100 }, (_, i) => ({ source: makeMonolingual(i, 1000, 'vi'), translation: makeMonolingual(i, 1000, 'de') }));
  for (let run = 0; run < runs; run++) {
    const folder = tempFolder();
    const project = openProject(folder.file('pairs.bitext'), { create: true });
    const start = now();
    for (const [i, pair] of pairs.entries()) project.importPair(pair.source, pair.translation, links, { contentHash: `pair-${i}` });
    rates.push((pairs.length * 2000) / ((now() - start) / 1000));
    project.close();
    folder.remove();
  }
  return median(rates);
}

/** A project with one page pair of 100,000 links; then open → first 200 rows, and single edits. */
function bigProject(runs: number): { openMs: number; editMs: number } {
  const folder = tempFolder();
  const path = folder.file('big.bitext');
  const count = 100_000;
  const setup = openProject(path, { create: true });
  const { documentId } = setup.importPair(makeMonolingual(0, count, 'vi'), makeMonolingual(0, count, 'de'), pairLinks(count), { contentHash: 'big' });
  if (setup.countLinks(documentId) < count) throw new Error('the big project has fewer links than intended');
  setup.close();
  const opens: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = now();
    const project = openProject(path);
    const id = project.listDocuments()[0]!.id;
    const rows = project.listLinks(id, { offset: 0, limit: 200 });
    project.countLinks(id);
    opens.push(now() - start);
    if (rows.length !== 200) throw new Error('expected 200 rows');
    project.close();
  }
  const project = openProject(path);
  const rows = project.listLinks(documentId, { offset: 50_000, limit: 200 });
  const edits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const sentence = rows[i % rows.length]!.translation[0] ?? rows[i % rows.length]!.original[0]!;
    const start = now();
    project.editSentence(sentence.id, `Bearbeitet ${i}.`);
    edits.push(now() - start);
  }
  project.close();
  folder.remove();
  return { openMs: median(opens), editMs: median(edits) };
}

export async function bench(): Promise<BenchResult[]> {
  const big = bigProject(5);
  return [
    { name: 'store: import 1,000 pages of 30 sentences', value: Math.round(importPages(3)), unit: 'pages/s' },
    { name: 'store: import 100 page pairs of 1,000 sentences each', value: Math.round(importPairs(3)), unit: 'sentences/s' },
    { name: 'store: open a 100,000-link project to its first 200 rows', value: Number(big.openMs.toFixed(1)), unit: 'ms', target: '< 1000 ms' },
    { name: 'store: one acknowledged edit (synchronous=FULL), median', value: Number(big.editMs.toFixed(3)), unit: 'ms', target: '< 5 ms' },
  ];
}
