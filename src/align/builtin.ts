// The lexicons that ship with the program: CLDR's names of countries, territories and languages (Unicode
// licence, see data/README.md) for every pair of the locales imported here, plus the word lists in data/.
import deLanguages from 'cldr-localenames-full/main/de/languages.json';
import deTerritories from 'cldr-localenames-full/main/de/territories.json';
import enLanguages from 'cldr-localenames-full/main/en/languages.json';
import enTerritories from 'cldr-localenames-full/main/en/territories.json';
import viLanguages from 'cldr-localenames-full/main/vi/languages.json';
import viTerritories from 'cldr-localenames-full/main/vi/territories.json';
import { BUNDLED_LEXICONS } from './bundled';
import { addPair, emptyLexicon, lexiconFromTsv, mergeLexicons, type Lexicon } from './lexicon';

type NameTable = Record<string, string>;

function names(territories: unknown, languages: unknown, locale: string): NameTable {
  const pick = (json: unknown, field: 'territories' | 'languages'): NameTable => {
    const main = (json as { main?: Record<string, { localeDisplayNames?: Record<string, NameTable> }> }).main;
    return main?.[locale]?.localeDisplayNames?.[field] ?? {};
  };
  const out: NameTable = {};
  for (const [k, v] of Object.entries(pick(territories, 'territories'))) out[`t:${k}`] = v;
  for (const [k, v] of Object.entries(pick(languages, 'languages'))) out[`l:${k}`] = v;
  return out;
}

const TABLES: Record<string, () => NameTable> = {
  de: () => names(deTerritories, deLanguages, 'de'),
  en: () => names(enTerritories, enLanguages, 'en'),
  vi: () => names(viTerritories, viLanguages, 'vi'),
};

function baseLang(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

const cache = new Map<string, Lexicon>();

/** CLDR display names paired across two locales: `Russland` ~ `Nga`, `Deutsch` ~ `Tiếng Đức`. */
export function cldrLexicon(langA: string, langB: string): Lexicon {
  const lex = emptyLexicon(langA, langB);
  const ta = TABLES[baseLang(langA)];
  const tb = TABLES[baseLang(langB)];
  if (!ta || !tb) return lex;
  const na = ta();
  const nb = tb();
  for (const [key, va] of Object.entries(na)) {
    const vb = nb[key];
    if (vb === undefined) continue;
    addPair(lex, va, vb);
    // `Tiếng Đức`: the language word is often left out in running text (`người Đức`, `Đức`).
    const bare = vb.replace(/^(tiếng|nước|quốc gia)\s+/i, '');
    if (bare !== vb) addPair(lex, va, bare);
  }
  return lex;
}

/** Every bundled lexicon that covers langA–langB (in either direction), merged and oriented langA -> langB. */
export function builtinLexicon(langA: string, langB: string): Lexicon {
  const a = baseLang(langA);
  const b = baseLang(langB);
  const key = `${a}|${b}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const parts: Lexicon[] = [cldrLexicon(a, b)];
  for (const bundled of BUNDLED_LEXICONS) {
    const sameWay = bundled.langA === a && bundled.langB === b;
    const otherWay = bundled.langA === b && bundled.langB === a;
    if (sameWay || otherWay) parts.push(lexiconFromTsv(bundled.tsv, bundled.langA, bundled.langB));
  }
  const merged = mergeLexicons(a, b, parts);
  cache.set(key, merged);
  return merged;
}
