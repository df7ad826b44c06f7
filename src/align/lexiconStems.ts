// The lexicon in the form sentences are looked up in: every word of every term stemmed. Stemming a whole lexicon
// is costly, so each lexicon's stemmed form is kept, and a merge of a kept lexicon with a few learned words is
// built from the kept form.
import type { Lexicon } from './lexicon';

/** Light, language-neutral stemming: long words are cut to six characters (`russischen` ~ `russisch`). */
export function stemWord(w: string): string {
  return w.length > 6 ? w.slice(0, 6) : w;
}

/** A term as the aligner looks it up: each of its words stemmed. */
export const stemPhrase = (term: string): string => (term.includes(' ') ? term.split(' ').map(stemWord).join(' ') : stemWord(term));

const stemmedCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** The lexicon with every word of every term stemmed, the form sentences are looked up in. */
export function stemmedLexicon(lex: Lexicon): Map<string, string[]> {
  const cached = stemmedCache.get(lex);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const [a, bs] of lex.entries) {
    const ka = stemPhrase(a);
    let set = out.get(ka);
    if (!set) out.set(ka, (set = new Set()));
    for (const b of bs) set.add(stemPhrase(b));
  }
  const flat = new Map<string, string[]>();
  for (const [k, v] of out) flat.set(k, [...v]);
  stemmedCache.set(lex, flat);
  return flat;
}

const stemKeysCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** Each stemmed key of a list of terms with the terms it was stemmed from, in the order given. */
function groupByStem(keys: Iterable<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const a of keys) {
    const ka = stemPhrase(a);
    const same = index.get(ka);
    if (same) same.push(a);
    else index.set(ka, [a]);
  }
  return index;
}

/** groupByStem of a lexicon's keys, kept per lexicon. */
function keysByStem(lex: Lexicon): Map<string, string[]> {
  let index = stemKeysCache.get(lex);
  if (!index) stemKeysCache.set(lex, (index = groupByStem(lex.entries.keys())));
  return index;
}

/**
 * Gives `merged` (mergeLexicons of `base` then `extra`, all oriented alike) its stemmed form, built from the base's
 * cached one by redoing only the stemmed keys `extra` touches, in the order a whole re-stemming would give. A
 * document's learned lexicon holds a few dozen words and the base thousands: stemming the whole merge for every
 * document took over a third of a short document's alignment.
 */
export function primeMergedStems(merged: Lexicon, base: Lexicon, extra: Lexicon): void {
  if (stemmedCache.has(merged)) return;
  const aligned = (lex: Lexicon) => lex.langA === merged.langA && lex.langB === merged.langB;
  if (!aligned(base) || !aligned(extra)) return;
  const out = new Map(stemmedLexicon(base));
  const baseKeys = keysByStem(base);
  // Each stem extra touches, first touched first, is stemmed again from every term behind it: the base's terms
  // (with what extra adds to them), then extra's own new terms.
  for (const [ka, extraKeys] of groupByStem(extra.entries.keys())) {
    const targets = new Set<string>();
    for (const k of baseKeys.get(ka) ?? []) {
      for (const b of base.entries.get(k) ?? []) targets.add(stemPhrase(b));
      for (const b of extra.entries.get(k) ?? []) targets.add(stemPhrase(b));
    }
    for (const k of extraKeys) if (!base.entries.has(k)) for (const b of extra.entries.get(k) ?? []) targets.add(stemPhrase(b));
    out.set(ka, [...targets]);
  }
  stemmedCache.set(merged, out);
}
