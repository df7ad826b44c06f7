// Readers: foreign files import with sensible defaults, and bad input gets a FormatError naming the line.
import { describe, expect, it } from 'vitest';
import { collect, detectFormat, readJsonl, readTmx, readTsv, readXliff, walkXml, writeJsonl, XmlSyntaxError, type XmlEvent } from '../../src/formats';
import { formatErrorOf as errorOf } from './formatErrorOf';
import { hostileUnits } from './generate';

function events(xml: string): XmlEvent[] {
  const out: XmlEvent[] = [];
  walkXml(xml, (e) => out.push(e));
  return out;
}

describe('XML events (saxes)', () => {
  it('decodes entities, character references and CDATA, and normalises line ends', () => {
    const tokens = events('\uFEFF<?xml version="1.0"?><!-- c --><a x="1&#10;2\t3" y=\'&quot;\'>&lt;&#x1F600;<![CDATA[<&>]]>\r\n</a>');
    expect(tokens[0]).toMatchObject({ kind: 'open', name: 'a', attrs: { x: { value: '1\n2 3' }, y: { value: '"' } } });
    expect(tokens.filter((t) => t.kind === 'text').map((t) => (t.kind === 'text' ? t.text : '')).join('')).toBe('<😀<&>\n');
  });

  it('reports malformed XML with line and column', () => {
    expect(() => events('<a>\n<b></a>')).toThrow(XmlSyntaxError);
    expect(() => events('<a>\n<b></a>')).toThrow(/line 2/);
    expect(() => events('<a>&nbsp;</a>')).toThrow(/unknown entity/);
    expect(() => events('<a>&#1;</a>')).toThrow(/not a character XML allows/);
    expect(() => events('<a>')).toThrow(/not closed/);
    expect(() => events('<a/><b/>')).toThrow(/second root/);
  });
});

describe('TMX reader', () => {
  it('reads a TM from another tool: header srclang, inline codes dropped, <hi> kept, defaults for link data', () => {
    const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="en-US" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="de-DE"><seg>Hallo <bpt i="1">&lt;b&gt;</bpt>Welt<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en-US"><seg>Hello <hi>world</hi></seg></tuv></tu>
</body></tmx>`;
    const [u] = readTmx(tmx);
    expect(u).toMatchObject({ id: 'tu1', source: { lang: 'en-US', text: 'Hello world' }, target: { lang: 'de-DE', text: 'Hallo Welt' }, state: 'proposed', origin: 'auto', score: null, role: null });
  });

  it('names the line of a bad property', () => {
    const e = errorOf(() => readTmx('<tmx version="1.4"><header srclang="vi"/><body>\n\n<tu><prop type="x-bitext-score">high</prop><tuv xml:lang="vi"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu></body></tmx>'));
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/score "high" is not a number/);
    expect(errorOf(() => readTmx('<tmx><body><tu><tuv xml:lang="vi"><seg>a</seg></tuv></tu></body></tmx>')).message).toMatch(/two <tuv>/);
    expect(errorOf(() => readTmx('<tmx><body><tu></body></tmx>')).message).toMatch(/not well-formed/);
  });
});

describe('XLIFF reader', () => {
  it('reads XLIFF 2.0 from another tool: segments joined, state mapped, <cp> and <pc> handled', () => {
    const xlf = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f" original="a.txt"><unit id="u7"><segment state="final"><source>One. </source><target>Eins. </target></segment><segment><source>Two<cp hex="0001"/></source><target><pc id="1">Zwei</pc></target></segment></unit></file></xliff>`;
    const [u] = readXliff(xlf);
    expect(u).toMatchObject({ id: 'u7', file: 'a.txt', docId: 'f', source: { text: 'One. Two\u0001' }, target: { text: 'Eins. Zwei' }, state: 'confirmed' });
  });

  it('refuses XLIFF 1.2 with a hint', () => {
    expect(errorOf(() => readXliff('<xliff version="1.2"><file/></xliff>')).message).toMatch(/convert 1.2/);
  });
});

describe('TSV and JSONL readers', () => {
  it('TSV without the header is source<TAB>target; wrong column counts name the line', () => {
    expect(readTsv('a\tb\nc\\td\te\n').map((u) => [u.source.text, u.target.text])).toEqual([
      ['a', 'b'],
      ['c\td', 'e'],
    ]);
    const e = errorOf(() => readTsv('a\tb\nonly one\n'));
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/found 1 columns/);
    expect(errorOf(() => readTsv('a\\q\tb\n')).message).toMatch(/unknown escape/);
  });

  it('JSONL names the line and the field', () => {
    const good = collect(writeJsonl(hostileUnits(3)));
    const lines = good.split('\n');
    lines[1] = lines[1]!.replace('"state":"', '"state":"maybe');
    const e = errorOf(() => readJsonl(lines.join('\n')));
    expect(e.message).toMatch(/line 2: field "state"/);
    expect(errorOf(() => readJsonl('{"id":')).message).toMatch(/line 1: not valid JSON/);
  });

  it('detects formats from names and content', () => {
    expect(detectFormat('x.tmx', '')).toBe('tmx');
    expect(detectFormat('x.xlf', '')).toBe('xliff');
    expect(detectFormat('x', '{"id":1}')).toBe('jsonl');
    expect(detectFormat('x', '<?xml version="1.0"?><xliff version="2.1">')).toBe('xliff');
    expect(detectFormat('x', 'plain')).toBeNull();
  });
});
