// The XML the TMX and XLIFF readers walk, read by saxes: a strict, namespace-aware streaming parser. It never
// fetches or expands anything but the five predefined entities and character references, so external entities
// (XXE) cannot be reached; a DOCTYPE that declares entities is refused outright (see refuseEntityDeclarations).
// Events go to a callback as saxes produces them (a generator's resumptions cost a quarter of the parse time on a
// large TMX); the input is fed in slices so no string larger than a slice is copied.
import { SaxesParser } from 'saxes';
import { explainSaxesError, XmlSyntaxError } from './xmlErrors';

export { XmlSyntaxError } from './xmlErrors';

interface Place {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors do. */
  column: number;
}

/** An attribute as saxes resolved it: `name` is the qualified name (`xml:lang`), `uri` its namespace or ''. */
export interface XmlAttribute {
  name: string;
  local: string;
  uri: string;
  value: string;
}

export type XmlAttributes = Readonly<Partial<Record<string, XmlAttribute>>>;

export type XmlEvent =
  /**
   * `attrs` is keyed by qualified name and is saxes' own object (copying it cost a fifth of the parse time);
   * `line`/`column` are those of the tag's `<`.
   */
  | (Place & { kind: 'open'; name: string; local: string; uri: string; attrs: XmlAttributes; selfClosing: boolean })
  /** `line`/`column` are those of the end tag's `<` (for `<a/>`, the start tag's). */
  | (Place & { kind: 'close'; name: string; local: string; uri: string })
  /** Character data with entities decoded, or a CDATA section as is; `line`/`column` are just past its end. */
  | (Place & { kind: 'text'; text: string; cdata: boolean });

export interface XmlReadOptions {
  /** Named in every error message, so a person knows which file to open. */
  file?: string;
  /** UTF-16 code units given to saxes at a time (tests use tiny slices to cross every boundary). */
  sliceSize?: number;
}

const DEFAULT_SLICE = 1 << 16;

/** Parses `xml` (BOM and CRLF allowed) and hands its elements and text to `onEvent` in document order. */
export function walkXml(xml: string, onEvent: (event: XmlEvent) => void, options: XmlReadOptions = {}): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const openNames: string[] = [];
  let root = '';
  let lastClosed = '';
  const fail = (reason: string, place: Place): never => {
    throw new XmlSyntaxError(reason, place.line, place.column, options.file);
  };
  // saxes pairs a high surrogate with whatever follows, so a lone one could swallow a "<"; refuse it first.
  const lone = isWellFormed(xml) ? null : LONE_SURROGATE.exec(xml);
  if (lone) fail(`U+${lone[0].charCodeAt(0).toString(16).toUpperCase()} (half of a surrogate pair) is not a character XML allows; the text was damaged before it was saved`, scanPlace(xml, lone.index));

  // Where UTF-16 offset `at` lies, given that it is at or before the parser's position. Offsets on the parser's
  // current line cost nothing; an earlier line (a newline inside a tag) is found by a scan of that line only.
  const placeOf = (at: number): Place => {
    const lineStart = parser.position - parser.columnIndex;
    if (at >= lineStart) return { line: parser.line, column: at - lineStart + 1 };
    let line = parser.line;
    for (let i = at; i < lineStart; i++) {
      const c = xml.charCodeAt(i);
      if (c === 10 || (c === 13 && xml.charCodeAt(i + 1) !== 10)) line--;
    }
    let start = at;
    while (start > 0 && xml.charCodeAt(start - 1) !== 10 && xml.charCodeAt(start - 1) !== 13) start--;
    return { line, column: at - start + 1 };
  };
  // The `<` of the tag the parser has just read: attribute values may hold ">" but never "<".
  const tagStart = (): Place => placeOf(xml.lastIndexOf('<', parser.position - 1));
  const here = (): Place => ({ line: parser.line, column: Math.max(1, parser.columnIndex) });

  let openPlace: Place = { line: 1, column: 1 };
  parser.on('opentag', (tag) => {
    if (!tag.isSelfClosing) openNames.push(tag.name);
    if (root === '') root = tag.name;
    openPlace = tagStart();
    onEvent({ kind: 'open', name: tag.name, local: tag.local, uri: tag.uri, attrs: tag.attributes, selfClosing: tag.isSelfClosing, line: openPlace.line, column: openPlace.column });
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) {
      onEvent({ kind: 'close', name: tag.name, local: tag.local, uri: tag.uri, line: openPlace.line, column: openPlace.column });
      return;
    }
    lastClosed = openNames.pop() ?? '';
    const at = xml.lastIndexOf('<', parser.position - 1);
    // For a mismatched end tag saxes closes the open element and then fails; the reader must not see that close.
    const after = xml.charCodeAt(at + 2 + tag.name.length);
    if (!xml.startsWith(tag.name, at + 2) || !(after === 0x3e || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) return;
    const { line, column } = placeOf(at);
    onEvent({ kind: 'close', name: tag.name, local: tag.local, uri: tag.uri, line, column });
  });
  parser.on('text', (text) => {
    // Whitespace before and after the root is reported too; it is not content.
    if (openNames.length > 0) onEvent({ kind: 'text', text, cdata: false, line: parser.line, column: parser.columnIndex });
  });
  parser.on('cdata', (text) => {
    onEvent({ kind: 'text', text, cdata: true, line: parser.line, column: parser.columnIndex });
  });
  parser.on('doctype', (doctype) => refuseEntityDeclarations(doctype, here(), options.file));
  parser.on('error', (error) => {
    const { reason, at } = explainSaxesError(error.message, { xml, at: parser.position, root, lastClosed });
    fail(reason, at === undefined ? here() : scanPlace(xml, at));
  });

  const slice = Math.max(1, options.sliceSize ?? DEFAULT_SLICE);
  for (let at = 0; at < xml.length; at += slice) {
    parser.write(xml.slice(at, at + slice));
  }
  parser.close();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** String.prototype.isWellFormed (ES2024, in Node 20 and every current browser) is several times faster than the regex. */
function isWellFormed(s: string): boolean {
  const native = (s as { isWellFormed?: () => boolean }).isWellFormed;
  return native === undefined ? !LONE_SURROGATE.test(s) : native.call(s);
}

/** Line and column of a UTF-16 offset by scanning from the start: for errors only, where the parser cannot say. */
function scanPlace(xml: string, at: number): Place {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    const c = xml.charCodeAt(i);
    if (c === 10 || (c === 13 && xml.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/**
 * A DOCTYPE may name an external DTD (bitext's own TMX export does; it is never fetched), but entity declarations
 * are refused: expanding them is how "billion laughs" bombs and XXE work, and TMX and XLIFF never need them.
 * saxes would not expand them either (a reference would be an unknown entity); refusing here says why.
 */
function refuseEntityDeclarations(doctype: string, place: Place, file: string | undefined): void {
  if (!doctype.includes('<!ENTITY')) return;
  throw new XmlSyntaxError(
    'the DOCTYPE declares entities (<!ENTITY ...>); bitext does not expand entities, which keeps entity bombs and ' +
      'external entities (XXE) out; remove the DOCTYPE\'s [...] part and write characters directly or as &#...; references',
    place.line,
    place.column,
    file,
  );
}
