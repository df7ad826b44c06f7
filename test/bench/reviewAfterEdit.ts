// Issue 12: the time from a sentence edit to findings that include it, on a 100,000-row document reviewed by the
// background reviewer (its worker thread), as the editor waits for it. Run: npx tsx test/bench/reviewAfterEdit.ts [rows]
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { BackgroundReviewer } from '../../src/services/reviewJobs';
import { openProject } from '../../src/store';
import { makeLongProject } from '../api/review-background-project';

const ROWS = Number(process.argv[2] ?? 100_000);
const EDITS = 5;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const made = makeLongProject(ROWS);
  const project = openProject(made.path);
  // Every ask waits for the review that includes the change: the time a person waits for fresh findings.
  const reviewer = new BackgroundReviewer(project, undefined, Infinity);
  try {
    let start = performance.now();
    await reviewer.get();
    const first = performance.now() - start;
    const times: number[] = [];
    for (let k = 0; k < EDITS; k++) {
      const link = project.listLinks(made.documentId, { offset: 1000 + 997 * k, limit: 1 })[0]!;
      const sentence = link.translation[0]!;
      start = performance.now();
      project.editSentence(sentence.id, `${sentence.text} Woche Woche`);
      const fresh = await reviewer.get();
      times.push(performance.now() - start);
      if (fresh.stale || !fresh.review.findings.some((f) => f.linkId === link.id && f.check === 'doubled-word')) throw new Error(`edit ${k + 1}: the findings do not include the edit`);
    }
    console.log(JSON.stringify({ rows: ROWS, firstReviewMs: Math.round(first), editToFreshFindingsMs: times.map(Math.round), medianMs: Math.round(median(times)), lastRun: reviewer.lastRun }));
  } finally {
    await reviewer.close();
    project.close();
    rmSync(dirname(made.path), { recursive: true, force: true });
  }
}

void main();
