// A bilingual lexicon: normalised terms of one language mapped to terms of another. Terms may span
// several words (`quan hệ`), written with single spaces. Builders read word pairs, TSV and dictd files.

export interface Lexicon {
  langA: string;
  langB: string;
  /** Normalised term in langA -> normalised terms in langB. */
  entries: Map<string, Set<string>>;
}

/** The form terms are compared in: NFC, lower case, words separated by one space, no edge punctuation. */
export function normalizeTerm(term: string): string {
  return term
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}'’-]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export function emptyLexicon(langA: string, langB: string): Lexicon {
  return { langA, langB, entries: new Map() };
}

export function addPair(lex: Lexicon, a: string, b: string): void {
  const na = normalizeTerm(a);
  const nb = normalizeTerm(b);
  if (!na || !nb) return;
  let set = lex.entries.get(na);
  if (!set) lex.entries.set(na, (set = new Set()));
  set.add(nb);
}

export function lexiconFromPairs(pairs: Iterable<readonly [string, string]>, langA: string, langB: string): Lexicon {
  const lex = emptyLexicon(langA, langB);
  for (const [a, b] of pairs) addPair(lex, a, b);
  return lex;
}

/** The same lexicon read the other way round. */
export function invertLexicon(lex: Lexicon): Lexicon {
  const out = emptyLexicon(lex.langB, lex.langA);
  for (const [a, bs] of lex.entries) for (const b of bs) addPair(out, b, a);
  return out;
}

/** Lexicons oriented langA -> langB merged into one; lexicons for the reverse direction are inverted first. */
export function mergeLexicons(langA: string, langB: string, lexicons: Iterable<Lexicon>): Lexicon {
  const out = emptyLexicon(langA, langB);
  for (const lex of lexicons) {
    const oriented = lex.langA === langA && lex.langB === langB ? lex : lex.langA === langB && lex.langB === langA ? invertLexicon(lex) : null;
    if (!oriented) continue;
    for (const [a, bs] of oriented.entries) {
      let set = out.entries.get(a);
      if (!set) out.entries.set(a, (set = new Set()));
      for (const b of bs) set.add(b);
    }
  }
  return out;
}

export class LexiconFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

/**
 * A user dictionary as TSV: `termA<TAB>termB[<TAB>more termB…]` a line; `#` starts a comment line; blank lines
 * are skipped. An optional first line `#lang<TAB>de<TAB>vi` names the languages (otherwise those given here).
 * Several translations in one cell may be separated by `;` or `|`.
 */
export function lexiconFromTsv(text: string, langA: string, langB: string): Lexicon {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0]?.split('\t') ?? [];
  const declared = first[0] === '#lang' && first[1] && first[2] ? ([first[1].trim(), first[2].trim()] as const) : null;
  const lex = emptyLexicon(declared?.[0] ?? langA, declared?.[1] ?? langB);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cells = raw.split('\t');
    if (cells.length < 2) throw new LexiconFormatError(i + 1, `expected "term<TAB>translation", found no TAB in ${JSON.stringify(line.slice(0, 60))}`);
    const a = cells[0] ?? '';
    for (const cell of cells.slice(1)) for (const b of cell.split(/[;|]/)) addPair(lex, a, b);
  });
  return lex;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function dictdNumber(s: string): number {
  let n = 0;
  for (const ch of s) {
    const v = B64.indexOf(ch);
    if (v < 0) return NaN;
    n = n * 64 + v;
  }
  return n;
}

/**
 * A dictd dictionary (as FreeDict ships them): the `.index` text and the decompressed `.dict` bytes.
 * Offsets in the index are byte offsets, so the dictionary must be given as bytes.
 * Each entry's body lines are split at `,` and `;`; numbering, `<pos>` tags, `/pronunciation/` and
 * parenthesised notes are dropped.
 */
export function parseDictd(indexText: string, dict: Uint8Array, langA: string, langB: string): Lexicon {
  const lex = emptyLexicon(langA, langB);
  const decoder = new TextDecoder('utf-8', { fatal: false });
  indexText.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const [head, off, len] = raw.split('\t');
    if (head === undefined || off === undefined || len === undefined) throw new LexiconFormatError(i + 1, 'a dictd index line needs headword, offset and length separated by TABs');
    if (head.startsWith('00-database') || head.startsWith('00database')) return;
    const start = dictdNumber(off);
    const size = dictdNumber(len);
    if (!Number.isFinite(start) || !Number.isFinite(size) || start + size > dict.length) throw new LexiconFormatError(i + 1, `offset/length out of range for headword ${JSON.stringify(head)}`);
    const body = decoder.decode(dict.subarray(start, start + size)).split('\n').slice(1).join('\n');
    const cleaned = body
      .replace(/<[^>]*>/g, ' ')
      .replace(/\/[^/\n]*\//g, ' ')
      .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
      .replace(/^\s*\d+\.\s*/gm, '');
    for (const piece of cleaned.split(/[,;\n]/)) {
      const t = piece.trim();
      if (t && t.split(/\s+/).length <= 4) addPair(lex, head, t);
    }
  });
  return lex;
}
