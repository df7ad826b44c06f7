// Prints how well the reader does on the annotated pages: lines with every role and language right, pairing.
// Run: npx tsx test/ingest/score-varied.ts [--quiet]
import { readPage } from '../../src/ingest';
import { listAnnotated, loadAnnotated, scorePairs } from './annotated';
import { roleRows, sentenceText } from './helpers';

const quiet = process.argv.includes('--quiet');
let lines = 0;
let linesRight = 0;
let pairsRight = 0;
let pairsExpected = 0;
let pairsWrong = 0;
let metaRight = 0;
let metaTotal = 0;
const right: number[] = [];
const wrong: number[] = [];
for (const name of listAnnotated()) {
  const page = loadAnnotated(name);
  const doc = readPage(page.bytes, name);
  const actual = roleRows(doc);
  for (const l of page.lines) {
    if (!l.rows.length) continue;
    lines++;
    const got = actual.filter((r) => r.split(' ')[0] === String(l.line));
    if (got.join('|') === l.rows.join('|')) linesRight++;
    else if (!quiet) console.log(`${name}:${l.line}  expected ${l.rows.map((r) => r.replace(/^\d+ /, '')).join(' + ')}  got ${got.map((r) => r.replace(/^\d+ /, '')).join(' + ') || '-'}  | ${l.text.slice(0, 70)}`);
  }
  for (const [k, v] of Object.entries(page.meta)) {
    metaTotal++;
    const got = (doc.meta as unknown as Record<string, string | null>)[k];
    if (got === v) metaRight++;
    else if (!quiet) console.log(`${name}: meta ${k} expected ${JSON.stringify(v)} got ${JSON.stringify(got)}`);
  }
  const p = scorePairs(doc, page.pairs);
  pairsRight += p.right;
  pairsExpected += p.expected;
  pairsWrong += p.wrong.length;
  right.push(...p.rightScores);
  wrong.push(...p.wrong.map((w) => w.score));
  if (!quiet) {
    for (const m of p.missing) console.log(`${name}: pair missing for "${m}"`);
    for (const w of p.wrong) console.log(`${name}: wrong link ${w.score} "${w.vi}" -> "${w.de.slice(0, 80)}"`);
  }
}
console.log(`lines right: ${linesRight}/${lines}`);
console.log(`metadata right: ${metaRight}/${metaTotal}`);
console.log(`pairs right: ${pairsRight}/${pairsExpected}, wrong links: ${pairsWrong}`);
console.log(`scores of right links: min ${Math.min(...right)}, of wrong links: max ${wrong.length ? Math.max(...wrong) : '-'}`);

// Wrong pairs on purpose: remove the German text a leftover translates, read again, and see what the leftover
// pairs with now (nothing, or something with a low score).
const decoyScores: number[] = [];
let decoys = 0;
for (const name of listAnnotated()) {
  const page = loadAnnotated(name);
  const text = new TextDecoder().decode(page.bytes);
  for (const pair of page.pairs) {
    const target = page.lines.find((l) => l.text && (l.text.includes(pair.de) || pair.de.includes(l.text)));
    // Without the title, the lead sentence legitimately carries the headline's facts: no decoy there.
    if (!target || target.rows.some((r) => r.includes(' title '))) continue;
    const eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
    const rest = text.split(eol).map((l) => (l.normalize('NFC').replace(/^\uFEFF/, '') === target.text ? '' : l)).join(eol);
    const doc = readPage(rest, name);
    decoys++;
    for (const link of doc.links)
      if (sentenceText(doc, link.original).normalize('NFC').includes(pair.vi.slice(0, 20))) {
        decoyScores.push(link.score);
        if (!quiet) console.log(`${name}: decoy link ${link.score} "${pair.vi.slice(0, 40)}" -> "${sentenceText(doc, link.translation).slice(0, 60)}"`);
      }
  }
}
console.log(`decoys: ${decoys} leftovers without their German text; linked anyway: ${decoyScores.length}, max score ${decoyScores.length ? Math.max(...decoyScores) : '-'}`);
