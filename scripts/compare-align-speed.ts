// Times alignSentences of an older copy of the engine against the working tree's, interleaved, on the bench's
// 10,000-sentence generated document (test/bench/align.ts): wall and CPU time, medians. The machine may be
// shared, so CPU time is the steadier figure.
// Run: git archive REV src | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/node_modules
//      npx tsx scripts/compare-align-speed.ts /tmp/old [RUNS]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignSentences as after } from '../src/align/index';
import { syntheticPair } from '../test/bench/align';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: npx tsx scripts/compare-align-speed.ts OLD_CHECKOUT_DIR [RUNS] (a folder holding src/align of the older revision)');
const before = ((await import(pathToFileURL(join(dir, 'src', 'align', 'index.ts')).href)) as { alignSentences: typeof after }).alignSentences;
const runs = Number(runsArg ?? 9);
const p = syntheticPair(10_000, 11);
const opts = { langA: 'de', langB: 'vi' };
const wall: Record<'before' | 'after', number[]> = { before: [], after: [] };
const cpu: Record<'before' | 'after', number[]> = { before: [], after: [] };
for (let r = 0; r < runs; r++)
  for (const [k, f] of [['before', before], ['after', after]] as const) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(p.a, p.b, opts);
    wall[k].push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu[k].push((c.user + c.system) / 1000);
  }
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)] as number;
const line = (name: string, t: Record<'before' | 'after', number[]>) =>
  `${name} before ${med(t.before).toFixed(0)} ms, after ${med(t.after).toFixed(0)} ms (ratio ${(med(t.after) / med(t.before)).toFixed(3)})`;
console.log(`10,000 sentences, medians of ${runs}: ${line('wall', wall)}; ${line('CPU', cpu)}`);
