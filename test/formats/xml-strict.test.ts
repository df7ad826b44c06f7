// What the hand-written tokenizer let through (or reported without the file) is now refused by saxes with the file,
// line and column; entity declarations in a DOCTYPE are refused and say why; slicing the input changes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, readTmx, readXliff, writeTmx, writeXliff } from '../../src/formats';
import { formatErrorOf as errorOf } from './formatErrorOf';
import { importUnitsFile } from '../../src/services/unitImport';
import { openProject } from '../../src/store';
import { hostileUnits } from './generate';

// Line 3 holds the unit; each case below damages one spot of this file.
const TMX = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<tmx version="1.4"><header srclang="vi"/><body>',
  '<tu tuid="1"><tuv xml:lang="vi"><seg>Xin chào</seg></tuv><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu>',
  '</body></tmx>',
  '',
].join('\n');

const damaged = (from: string, to: string): string => {
  if (!TMX.includes(from)) throw new Error(`test setup: "${from}" is not in the sample`);
  return TMX.replace(from, to);
};

describe('malformed XML the old tokenizer let through or reported without the file', () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ['no whitespace between attributes', damaged('<tu tuid="1">', '<tu tuid="1"srclang="vi">'), 3, 13, /attributes must be separated by whitespace/],
    ['"]]>" in text', damaged('<seg>Hallo', '<seg>Hallo ]]> Welt'), 3, 88, /"]]>" may not appear in text; write it as "]]&gt;"/],
    ['an unknown namespace prefix', damaged('<tu tuid="1">', '<tu tuid="1"><x:note>n</x:note>'), 3, 14, /namespace prefix "x" is not declared; declare it with xmlns:x=/],
    ['a mismatched end tag', damaged('<seg>Hallo</seg>', '<seg>Hallo</tuv>'), 3, 87, /end tag "<\/tuv>" does not match <seg>/],
    ['two root elements', `${TMX}<tmx version="1.4"/>\n`, 5, 1, /second root element after <\/tmx>/],
    ['text after the root', `${TMX}trailing words\n`, 5, 1, /text outside the root element <tmx>: "trailing words"/],
    ['an attribute without quotes', damaged('<tu tuid="1">', '<tu tuid=1>'), 3, 10, /attribute values must be in quotes/],
    ['an unknown entity', damaged('<seg>Hallo', '<seg>Hallo &unknown;'), 3, 88, /unknown entity "&unknown;": XML knows only &lt; &gt; &amp; &quot; &apos;/],
  ];
  for (const [what, xml, line, column, reason] of cases) {
    it(`${what}: refused with file, line and column`, () => {
      const e = errorOf(() => readTmx(xml, { file: 'corpus.tmx' }));
      expect(e.message).toMatch(new RegExp(`^TMX: corpus\\.tmx, line ${line}, column ${column}: not well-formed XML: `));
      expect(e.message).toMatch(reason);
      expect([e.file, e.line, e.column]).toEqual(['corpus.tmx', line, column]);
    });
  }

  it('XLIFF: an undeclared metadata prefix and glued attributes are refused the same way', () => {
    const xlf = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi" trgLang="de">\n<file id="f"><unit id="u1"><mda:metadata/><segment><source>a</source><target>b</target></segment></unit></file></xliff>';
    expect(errorOf(() => readXliff(xlf, { file: 'x.xlf' })).message).toMatch(/^XLIFF: x\.xlf, line 2, column 28: not well-formed XML: the namespace prefix "mda" is not declared/);
    expect(errorOf(() => readXliff(xlf.replace('version="2.0" ', 'version="2.0"'), { file: 'x.xlf' })).message).toMatch(/^XLIFF: x\.xlf, line 1, column 67: not well-formed XML: attributes must be separated/);
  });

  it('a stray "&" is reported where it stands, not where saxes noticed (at the end of the file)', () => {
    const e = errorOf(() => readTmx(damaged('<seg>Hallo', '<seg>Hallo & Tschüss'), { file: 'corpus.tmx' }));
    expect(e.message).toMatch(/corpus\.tmx, line 3, column 88: not well-formed XML: "&" must start an entity such as &amp; \(found "& Tsch/);
  });

  it('a lone surrogate is refused with its place, though saxes would pair it with the "<" after it', () => {
    const e = errorOf(() => readTmx(damaged('<seg>Hallo', '<seg>Hallo\uD800'), { file: 'corpus.tmx' }));
    expect(e.message).toMatch(/corpus\.tmx, line 3, column 87: not well-formed XML: U\+D800 \(half of a surrogate pair\)/);
  });
});

describe('DOCTYPE: entity bombs and external entities', () => {
  const laughs = ['<!DOCTYPE tmx [', '<!ENTITY a "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`), ']>'].join('\n');

  it('a "billion laughs" DOCTYPE is refused before anything is expanded, and the message says why', () => {
    const xml = `${laughs}\n<tmx version="1.4"><header srclang="vi"/><body><tu><tuv xml:lang="vi"><seg>&j;</seg></tuv></tu></body></tmx>`;
    const before = process.memoryUsage().heapUsed;
    const e = errorOf(() => readTmx(xml, { file: 'bomb.tmx' }));
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50e6); // 10^9 "ha" would be gigabytes
    expect(e.message).toMatch(/^TMX: bomb\.tmx, line 12, column 2: not well-formed XML: the DOCTYPE declares entities .*entity bombs and external entities \(XXE\)/);
  });

  it('an external entity (XXE) is refused, and a file it names is never read', () => {
    const xml = '<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0" srcLang="vi" trgLang="de"><file id="f"><unit id="u"><segment><source>&x;</source><target>b</target></segment></unit></file></xliff>';
    expect(errorOf(() => readXliff(xml, { file: 'x.xlf' })).message).toMatch(/x\.xlf, line 1, column \d+: not well-formed XML: the DOCTYPE declares entities/);
    // Without the declaration the reference is just unknown.
    expect(errorOf(() => readXliff(xml.replace(/^<!DOCTYPE[^\n]*\n/, ''), { file: 'x.xlf' })).message).toMatch(/line 1, column \d+: not well-formed XML: unknown entity "&x;"/);
  });

  it('a DOCTYPE naming a DTD, as bitext\'s own TMX export writes, still reads', () => {
    const out = collect(writeTmx(hostileUnits(3, 5)));
    expect(out).toMatch(/<!DOCTYPE tmx SYSTEM "tmx14.dtd">/);
    expect(readTmx(out)).toHaveLength(3);
  });
});

describe('streaming', () => {
  const units = hostileUnits(60, 3);

  it('any slice size gives the same units, also across surrogate pairs, CRLF and entities', () => {
    for (const [write, read] of [
      [writeTmx, readTmx],
      [writeXliff, readXliff],
    ] as const) {
      const text = collect(write(units)).replace(/\n/g, '\r\n');
      const whole = read(text);
      expect(whole).toEqual(units);
      for (const sliceSize of [1, 2, 3, 7, 64]) expect(read(text, { sliceSize })).toEqual(whole);
    }
  });

  it('error places do not depend on the slice size', () => {
    const xml = damaged('<seg>Hallo', '<seg>Hallo &unknown;');
    for (const sliceSize of [1, 5, 13]) expect(errorOf(() => readTmx(xml, { file: 'c.tmx', sliceSize })).message).toMatch(/c\.tmx, line 3, column 88:/);
  });
});

describe('through the import service, as a person meets it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-xml-strict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('importing a malformed TMX file names the file, line and column and adds nothing', async () => {
    const path = join(dir, 'glued.tmx');
    writeFileSync(path, damaged('<tu tuid="1">', '<tu tuid="1"srclang="vi">'));
    const project = openProject(join(dir, 'p.bitext'), { create: true });
    try {
      await expect(importUnitsFile(project, path, undefined, () => {})).rejects.toThrow(`${path}: TMX: line 3, column 13: not well-formed XML: attributes must be separated by whitespace`);
      expect(project.listDocuments()).toEqual([]);
    } finally {
      project.close();
    }
  });
});
