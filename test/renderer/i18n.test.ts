// Every UI string goes through i18next: the three locales have the same keys and placeholders, every key the
// code asks for exists, and no JSX text or label attribute carries words of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import de from '../../renderer/src/i18n/locales/de.json';
import en from '../../renderer/src/i18n/locales/en.json';
import vi from '../../renderer/src/i18n/locales/vi.json';
import reviewDe from '../../renderer/src/review/locales/de.json';
import reviewEn from '../../renderer/src/review/locales/en.json';
import reviewVi from '../../renderer/src/review/locales/vi.json';

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}
const locales = {
  en: flatten({ ...en, review: reviewEn as Tree }),
  de: flatten({ ...de, review: reviewDe as Tree }),
  vi: flatten({ ...vi, review: reviewVi as Tree }),
};
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const RENDERER = join(__dirname, '..', '..', 'renderer', 'src');
const LABEL_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-description']);
const WORDS = /\p{L}{2,}/u;

/** JSX text and label attributes holding words directly, where a t() call belongs. */
export function literalsIn(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && LABEL_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer) && WORDS.test(node.initializer.text))
      found.push(node.initializer.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('UI translations', () => {
  // Plural forms differ by language (Vietnamese has only `_other`), so compare keys without plural suffixes.
  const base = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
  const hasKey = (key: string) => locales.en.has(key) || locales.en.has(`${key}_other`);

  it('has the same keys in en, de and vi', () => {
    const keys = base(locales.en.keys());
    expect(base(locales.de.keys())).toEqual(keys);
    expect(base(locales.vi.keys())).toEqual(keys);
  });

  it('has every plural form each language needs', () => {
    for (const [lang, map] of Object.entries(locales)) {
      const rules = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of base(map.keys()).filter((k) => map.has(`${k}_other`)))
        for (const category of rules) expect(map.has(`${key}_${category}`), `${lang}: ${key}_${category}`).toBe(true);
    }
  });

  it('keeps the same placeholders in every translation', () => {
    for (const [key, english] of locales.en)
      for (const other of [locales.de, locales.vi]) {
        const translated = other.get(key) ?? other.get(key.replace(/_\w+$/, '_other')) ?? '';
        expect(placeholders(translated), key).toEqual(placeholders(english));
      }
  });

  it('has every key the code asks for', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(RENDERER)) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([\w.]+)'/g)) if (!hasKey(match[1] as string)) missing.push(`${file}: ${match[1]}`);
      // Keys built from a template, e.g. t(`role.${role}`): every value of that family must exist.
      for (const match of code.matchAll(/\bt\(\s*`(\w+)\.\$\{/g)) if (![...locales.en.keys()].some((k) => k.startsWith(`${match[1]}.`))) missing.push(`${file}: ${match[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('has a role name for every role', async () => {
    const { ROLES } = await import('../../src/model');
    for (const role of ROLES) expect(locales.en.has(`role.${role}`), role).toBe(true);
  });

  it('finds no JSX text that bypasses translation', () => {
    const offenders = sourceFiles(RENDERER)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((file) => literalsIn(file, readFileSync(file, 'utf8')).map((text) => `${file}: ${JSON.stringify(text)}`));
    expect(offenders).toEqual([]);
  });

  it('would catch a literal if one were written', () => {
    expect(literalsIn('x.tsx', 'const a = <p>Hello there</p>;')).toEqual(['Hello there']);
    expect(literalsIn('x.tsx', 'const a = <button aria-label="Close">{t("x")}</button>;')).toEqual(['Close']);
    expect(literalsIn('x.tsx', "const a = <span>{t('a')} · {t('b')}</span>;")).toEqual([]);
  });
});

describe('button labels', () => {
  it('are distinct within each language, so no two actions read the same', () => {
    for (const [lang, map] of Object.entries(locales)) {
      const labels = [...map].filter(([key]) => key.startsWith('actionShort.')).map(([, value]) => value);
      expect(new Set(labels).size, lang).toBe(labels.length);
    }
  });
});
