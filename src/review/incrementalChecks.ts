// The checks of a selection run again after every change, and most changes touch one row of thousands. Each
// unit's row-local work (UnitChecks) is kept with the inputs it was computed from; a run recomputes it only for
// units whose inputs differ, then redoes the corpus-level part (neighbour quotes, name spellings, length norm,
// consistency), which is cheap given the kept work. The findings equal checkUnits' over the same units.
import type { AlignedUnit } from '../formats/units';
import type { Finding } from './findings';
import { combineChecks, unitChecks, type CheckOptions, type UnitChecks } from './run';

interface Kept {
  id: string;
  sourceText: string;
  sourceLang: string;
  targetText: string;
  targetLang: string;
  inPage: boolean;
  checks: UnitChecks;
  /** The run that last used it, so entries of rows that went away can be dropped. */
  run: number;
}

/** Entries beyond this many more than the largest selection are dropped if no run used them lately (deleted rows). */
const SPARE_ENTRIES = 10_000;
/** Runs an entry may go unused before it can be dropped: other selections (the review view, a page) come back. */
const UNUSED_RUNS = 16;

const same = (k: Kept, u: AlignedUnit, inPage: boolean): boolean =>
  k.id === u.id && k.targetText === u.target.text && k.sourceText === u.source.text && k.targetLang === u.target.lang && k.sourceLang === u.source.lang && k.inPage === inPage;

export class IncrementalChecks {
  private readonly kept = new Map<string, Kept>();
  private config = '';
  private runs = 0;
  private largest = 0;
  /** Units whose row-local checks ran in the last `check` (the others were kept): the work a change cost. */
  computed = 0;

  /**
   * checkUnits(units, options), reusing the row-local work of units unchanged since an earlier run. `keys[i]`
   * names the row `units[i]` comes from (a link id); without keys, unit ids are used.
   */
  check(units: readonly AlignedUnit[], options: CheckOptions = {}, keys?: readonly string[]): Finding[] {
    const config = JSON.stringify(options.config ?? null);
    if (config !== this.config) {
      this.kept.clear();
      this.config = config;
    }
    const run = ++this.runs;
    const inPage = options.originalInPage ?? (() => false);
    this.computed = 0;
    const checks = units.map((u, i) => {
      const key = keys?.[i] ?? u.id;
      const own = inPage(u);
      let k = this.kept.get(key);
      if (!k || !same(k, u, own)) {
        this.computed++;
        k = { id: u.id, sourceText: u.source.text, sourceLang: u.source.lang, targetText: u.target.text, targetLang: u.target.lang, inPage: own, checks: unitChecks(u, options.config, own), run };
        this.kept.set(key, k);
      }
      k.run = run;
      return k.checks;
    });
    this.largest = Math.max(this.largest, units.length);
    if (this.kept.size > this.largest + SPARE_ENTRIES) for (const [key, k] of this.kept) if (k.run < run - UNUSED_RUNS) this.kept.delete(key);
    return combineChecks(units, checks, options);
  }
}
