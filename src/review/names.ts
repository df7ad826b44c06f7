// Names spelled in more than one way (`Shoigu`/`Schoigu`, `Kim Jong Un`/`Kim Jong-un`, `Sergei`/`Sergej`).
// Sequences of capitalised words are folded to a transliteration-neutral key; two spellings with one key are
// variants. Folding rules are data (German and English renderings of Russian, Korean and Vietnamese names).
// With bilingual units a second rule applies: a spelling in the translation one edit away from a name the
// original uses.

/** Ordered rewrite rules applied after lower-casing and removing diacritics. */
export const FOLD_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ß/g, 'ss'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/w/g, 'v'],
  [/[jy]/g, 'i'],
  [/[^\p{L}\p{N}]/gu, ''],
  [/(\p{L})\1+/gu, '$1'],
];

export function foldName(surface: string): string {
  let s = surface.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, to] of FOLD_RULES) s = s.replace(re, to);
  return s;
}

export interface NameOccurrence {
  unitId: string;
  docId: string;
  start: number;
  end: number;
  surface: string;
}

export interface NameVariantGroup {
  key: string;
  /** Spellings with their counts, most frequent first. */
  variants: Array<{ surface: string; count: number; docs: string[] }>;
  occurrences: NameOccurrence[];
}

// A capitalised word, optionally with hyphenated parts (`Jong-un`, `Nga-Triều`).
const CAP_WORD = /\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*/gu;
const MAX_WORDS = 4;

/** Every 1..4-word stretch of capitalised words in `text` (words separated by one space). */
export function capitalisedRuns(text: string): Array<{ start: number; end: number; surface: string }> {
  const words = [...text.matchAll(CAP_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: Array<{ start: number; end: number; surface: string }> = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
      const last = words[i + n - 1]!;
      if (n > 1) {
        const prev = words[i + n - 2]!;
        if (text.slice(prev.end, last.start) !== ' ') break;
      }
      const surface = text.slice(words[i]!.start, last.end);
      out.push({ start: words[i]!.start, end: last.end, surface });
    }
  }
  return out;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface NameText {
  unitId: string;
  docId: string;
  text: string;
}

/** A capitalised run of one text with its folded key (runs whose key is too short to compare are left out). */
export interface KeyedName {
  key: string;
  start: number;
  end: number;
  surface: string;
  /** The surface lower-cased: case alone (`KHANH MINH`/`Khanh Minh`) is a layout choice, not a spelling. */
  spelling: string;
}

/** The names of one text, folded: what nameVariants needs of it, computed once per text. */
export function keyedNames(text: string): KeyedName[] {
  const out: KeyedName[] = [];
  for (const r of capitalisedRuns(text)) {
    const key = foldName(r.surface);
    if (key.length >= 4) out.push({ key, ...r, spelling: r.surface.toLowerCase() });
  }
  return out;
}

/**
 * Groups of spellings that fold to one key, over all `texts`. `attested` are names seen in the original texts;
 * a single-word spelling in the translation one edit from such a name (on folded keys of 5+ letters) joins its group.
 */
export function nameVariants(texts: readonly NameText[], attested: ReadonlySet<string> = new Set()): NameVariantGroup[] {
  return nameVariantsOf(texts, texts.map((t) => keyedNames(t.text)), attested);
}

/**
 * The names of one key: where they are (pairs of text and name index, in reading order), whether any spans several
 * words, and whether more than one spelling occurs. A review runs after every action over every row, so only
 * the keys with several spellings (few) become occurrence objects.
 */
interface KeyEntry {
  refs: number[];
  multiWord: boolean;
  first: string;
  varied: boolean;
}

/** nameVariants with each text's keyed names given (`names[i]` is keyedNames of `texts[i]`). */
export function nameVariantsOf(texts: readonly NameText[], names: readonly (readonly KeyedName[])[], attested: ReadonlySet<string> = new Set()): NameVariantGroup[] {
  const byKey = new Map<string, KeyEntry>();
  names.forEach((list, i) => {
    list.forEach((r, j) => {
      let e = byKey.get(r.key);
      if (!e) byKey.set(r.key, (e = { refs: [], multiWord: false, first: r.spelling, varied: false }));
      e.refs.push(i, j);
      if (!e.multiWord && r.surface.includes(' ')) e.multiWord = true;
      if (!e.varied && r.spelling !== e.first) e.varied = true;
    });
  });
  if (attested.size > 0) mergeNearAttested(byKey, attested);
  const groups: NameVariantGroup[] = [];
  for (const [key, e] of byKey) {
    if (!e.varied) continue;
    const occurrences: NameOccurrence[] = [];
    const counts = new Map<string, { surface: string; count: number; docs: Set<string> }>();
    for (let k = 0; k < e.refs.length; k += 2) {
      const t = texts[e.refs[k]!]!;
      const r = names[e.refs[k]!]![e.refs[k + 1]!]!;
      occurrences.push({ unitId: t.unitId, docId: t.docId, start: r.start, end: r.end, surface: r.surface });
      const c = counts.get(r.spelling) ?? { surface: r.surface, count: 0, docs: new Set<string>() };
      c.count++;
      c.docs.add(t.docId);
      counts.set(r.spelling, c);
    }
    const variants = [...counts.values()].sort((a, b) => b.count - a.count).map((v) => ({ surface: v.surface, count: v.count, docs: [...v.docs] }));
    groups.push({ key, variants, occurrences });
  }
  return dropContained(groups);
}

// Reviews fold the same attested names again after every action; their keys are kept (bounded).
const attestedFolds = new Map<string, string>();
const ATTESTED_FOLDS_LIMIT = 100_000;

function foldAttested(name: string): string {
  let key = attestedFolds.get(name);
  if (key === undefined) {
    if (attestedFolds.size >= ATTESTED_FOLDS_LIMIT) attestedFolds.clear();
    attestedFolds.set(name, (key = foldName(name)));
  }
  return key;
}

function mergeNearAttested(byKey: Map<string, KeyEntry>, attested: ReadonlySet<string>): void {
  const attestedKeys = new Map<string, string>();
  for (const a of attested) attestedKeys.set(foldAttested(a), a);
  for (const [key, e] of [...byKey]) {
    if (key.length < 5 || attestedKeys.has(key) || e.multiWord) continue;
    for (const aKey of attestedKeys.keys()) {
      const target = byKey.get(aKey);
      if (target && aKey.length >= 5 && editDistanceAtMostOne(key, aKey)) {
        for (const ref of e.refs) target.refs.push(ref);
        target.multiWord ||= e.multiWord;
        target.varied ||= e.varied || e.first !== target.first;
        byKey.delete(key);
        break;
      }
    }
  }
}

/**
 * `Jong Un`/`Jong-un` and `Machthaber Kim Jong Un`/`… Kim Jong-un` are the same finding as `Kim Jong Un`/`Kim
 * Jong-un`. Groups are taken most frequent first (longest key on ties) and a group is dropped when every one of
 * its occurrences overlaps an occurrence already kept.
 */
function dropContained(groups: NameVariantGroup[]): NameVariantGroup[] {
  groups.sort((a, b) => b.occurrences.length - a.occurrences.length || b.key.length - a.key.length || a.key.localeCompare(b.key));
  const kept: NameVariantGroup[] = [];
  const covered = new Map<string, Array<[number, number]>>();
  for (const g of groups) {
    const overlaps = g.occurrences.every((o) => (covered.get(o.unitId) ?? []).some(([s, e]) => o.start < e && o.end > s));
    if (overlaps) continue;
    kept.push(g);
    for (const o of g.occurrences) {
      const list = covered.get(o.unitId) ?? [];
      list.push([o.start, o.end]);
      covered.set(o.unitId, list);
    }
  }
  return kept;
}
