// The readers take only what the writers can write again: language codes, lone surrogates, XML-unsafe ids and
// annotation spans are checked at the door, each refusal naming the line and the field and saying what to do.
import { describe, expect, it } from 'vitest';
import { collect, readJsonl, readTmx, readTsv, readXliff, writeJsonl, writeTmx, writeXliff, type AlignedUnit } from '../../src/formats';
import { formatErrorOf as errorOf } from './formatErrorOf';

const unit = (over: Partial<AlignedUnit> = {}): AlignedUnit => ({
  id: 'u1',
  docId: 'd1',
  file: 'a.txt',
  role: 'body',
  source: { lang: 'vi', text: 'Xin chào' },
  target: { lang: 'de', text: 'Hallo' },
  machineTarget: null,
  state: 'proposed',
  origin: 'auto',
  score: null,
  annotations: [],
  ...over,
});
const jsonl = (...units: unknown[]): string => units.map((u) => JSON.stringify(u)).join('\n') + '\n';

const XLIFF_NO_TRG = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="vi">
<file id="f1"><unit id="u1"><segment><source>Xin chào</source><target>Hallo</target></segment></unit></file>
</xliff>`;

describe('language codes', () => {
  it('an XLIFF without trgLang is refused at the <xliff> element, naming the attribute (the issue\'s case)', () => {
    const e = errorOf(() => readXliff(XLIFF_NO_TRG));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/line 2: <xliff> has no trgLang/);
    expect(e.message).toMatch(/add trgLang="/);
    expect(errorOf(() => readXliff(XLIFF_NO_TRG.replace(' srcLang="vi"', ' trgLang="de"'))).message).toMatch(/line 2: <xliff> has no srcLang/);
    expect(errorOf(() => readXliff(XLIFF_NO_TRG.replace(' srcLang="vi"', ' srcLang="v i" trgLang="de"'))).message).toMatch(/srcLang "v i" is not a language code/);
  });

  it('a TMX unit whose <tuv> has no language is refused with its line', () => {
    const tmx = `<tmx version="1.4"><header srclang="vi"/><body>\n<tu tuid="7"><tuv xml:lang="vi"><seg>a</seg></tuv>\n<tuv><seg>b</seg></tuv></tu></body></tmx>`;
    const e = errorOf(() => readTmx(tmx));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/line 2 \(tu 7\): the second <tuv> has no xml:lang; give each <tuv> a language such as xml:lang="de"/);
    expect(errorOf(() => readTmx(tmx.replace('<tuv><seg>b', '<tuv xml:lang="d_e"><seg>b'))).message).toMatch(/the second <tuv> has xml:lang "d_e", which is not a language code/);
  });

  it('JSONL and TSV refuse an empty or malformed language with the line and the field', () => {
    const e = errorOf(() => readJsonl(jsonl(unit(), unit({ id: 'u2', target: { lang: '', text: 'x' } }))));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/line 2: field "target.lang" "" is not a language code such as "de" or "vi"/);
    const header = 'id\tdoc\tfile\trole\tstate\torigin\tscore\tsource_lang\ttarget_lang\tsource\ttarget\n';
    expect(errorOf(() => readTsv(`${header}u1\td\tf\tbody\tproposed\tauto\t\tvi\tde/x\ta\tb\n`)).message).toMatch(/line 2: field "target.lang" "de\/x"/);
  });

  it('what the readers accept, the TMX and XLIFF writers write', () => {
    const read = readJsonl(jsonl(unit(), unit({ id: 'u2', source: { lang: 'und', text: '' } })));
    expect(() => collect(writeTmx(read))).not.toThrow();
    expect(() => collect(writeXliff(read.slice(0, 1)))).not.toThrow();
  });
});

describe('lone surrogates', () => {
  it('JSONL: refused with line, field and position', () => {
    const e = errorOf(() => readJsonl(jsonl(unit(), unit({ id: 'u2', source: { lang: 'vi', text: 'a\uD800b' } }))));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/line 2: field "source.text" contains a lone surrogate \(U\+D800\) at position 1/);
  });

  it('TSV: an escaped lone surrogate is refused with its line, in both layouts', () => {
    expect(errorOf(() => readTsv('a\tb\nc\\uDC00\td\n')).message).toMatch(/line 2: field "source.text" contains a lone surrogate \(U\+DC00\) at position 1/);
    expect(readTsv('a\t\\uD83D\\uDE00\n')[0]!.target.text).toBe('😀');
  });

  it('TMX and XLIFF: a code point marker for a lone surrogate is refused with its line', () => {
    const tmx = `<tmx version="1.4"><header srclang="vi"/><body>\n<tu><tuv xml:lang="vi"><seg>a<ph type="x-bitext-cp">D800</ph></seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>`;
    expect(errorOf(() => readTmx(tmx)).message).toMatch(/line 2 \(tu 1\): field "source.text" contains a lone surrogate \(U\+D800\) at position 1/);
    const xlf = XLIFF_NO_TRG.replace('srcLang="vi"', 'srcLang="vi" trgLang="de"').replace('<target>Hallo', '<target>Hallo<cp hex="DFFF"/>');
    expect(errorOf(() => readXliff(xlf)).message).toMatch(/line 3 \(unit u1\): field "target.text" contains a lone surrogate \(U\+DFFF\) at position 5/);
  });
});

describe('ids, names and annotations', () => {
  it('an id or file name XML cannot carry is refused, since TMX and XLIFF could not export it', () => {
    expect(errorOf(() => readJsonl(jsonl(unit({ id: 'a\u0001' })))).message).toMatch(/line 1: field "id" contains U\+0001/);
    expect(errorOf(() => readJsonl(jsonl(unit({ file: 'x\uFFFE' })))).message).toMatch(/field "file" contains U\+FFFE/);
  });

  it('an annotation beyond its side\'s text is refused with the text length', () => {
    const ann = { side: 'target', start: 2, end: 9, category: 'Accuracy', severity: 'minor', comment: '' };
    const e = errorOf(() => readJsonl(jsonl(unit({ annotations: [ann as AlignedUnit['annotations'][number]] }))));
    expect(e.message).toMatch(/line 1: field "annotations\[0\].end" 9 is beyond the target text \(5 characters\)/);
    expect(readJsonl(jsonl(unit({ annotations: [{ ...ann, end: 5 } as AlignedUnit['annotations'][number]] })))[0]!.annotations).toHaveLength(1);
  });

  it('a code point out of range names the line and says so', () => {
    const xlf = XLIFF_NO_TRG.replace('srcLang="vi"', 'srcLang="vi" trgLang="de"').replace('<target>Hallo', '<target>Hallo<cp hex="110000"/>');
    const e = errorOf(() => readXliff(xlf));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/line 3: <cp hex="110000"> is beyond U\+10FFFF, the last Unicode code point/);
  });

  it('every reader error carries its line', () => {
    expect(errorOf(() => readJsonl(jsonl(unit(), unit({ id: '' })))).line).toBe(2);
    expect(errorOf(() => readTsv(`id\tdoc\tfile\trole\tstate\torigin\tscore\tsource_lang\ttarget_lang\tsource\ttarget\nu\td\tf\t\tno\tauto\t\tvi\tde\ta\tb\n`)).line).toBe(2);
  });
});

describe('writing what was read', () => {
  it('JSONL written by bitext reads back (guards the checks against refusing our own output)', () => {
    const units = [unit(), unit({ id: 'u2', annotations: [{ side: 'source', start: 0, end: 3, category: 'x', severity: 'major', comment: 'c' }] })];
    expect(readJsonl(collect(writeJsonl(units)))).toEqual(units);
  });
});
