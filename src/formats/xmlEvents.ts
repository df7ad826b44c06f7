// The XML the TMX and XLIFF readers walk, read by saxes: a strict, namespace-aware streaming parser. It never
// fetches or expands anything but the five predefined entities and character references, so external entities
// (XXE) cannot be reached; a DOCTYPE that declares entities is refused outright (see refuseEntityDeclarations).
// The input is fed in slices and the events of each slice handed out before the next is parsed, so memory stays
// bounded by the slice, not by the file.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { explainSaxesError, XmlSyntaxError } from './xmlErrors';

export { XmlSyntaxError } from './xmlErrors';

interface Place {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors do. */
  column: number;
}

export type XmlEvent =
  /** `line`/`column` are those of the tag's `<`. */
  | (Place & { kind: 'open'; name: string; local: string; uri: string; attrs: Record<string, string>; selfClosing: boolean })
  /** `line`/`column` are those of the end tag's `<` (for `<a/>`, the start tag's). */
  | (Place & { kind: 'close'; name: string; local: string; uri: string })
  /** Character data with entities decoded, or a CDATA section as is; `line`/`column` are where it ends. */
  | (Place & { kind: 'text'; text: string; cdata: boolean });

export interface XmlReadOptions {
  /** Named in every error message, so a person knows which file to open. */
  file?: string;
  /** UTF-16 code units parsed before the events so far are handed out. */
  sliceSize?: number;
}

const DEFAULT_SLICE = 1 << 16;

/** Parses `xml` (BOM and CRLF allowed) and yields its elements and text in document order. */
export function* xmlEvents(xml: string, options: XmlReadOptions = {}): Generator<XmlEvent> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const queue: XmlEvent[] = [];
  const openNames: string[] = [];
  let root = '';
  let lastClosed = '';
  const fail = (reason: string, place: Place): never => {
    throw new XmlSyntaxError(reason, place.line, place.column, options.file);
  };
  // saxes pairs a high surrogate with whatever follows, so a lone one could swallow a "<"; refuse it first.
  const lone = LONE_HIGH_SURROGATE.exec(xml);
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
  // The `<` of the markup the parser has just read: neither names nor the whitespace after them contain one.
  const markupStart = (): Place => placeOf(xml.lastIndexOf('<', parser.position - 1));
  const here = (): Place => ({ line: parser.line, column: Math.max(1, parser.columnIndex) });

  let openPlace: Place = { line: 1, column: 1 };
  parser.on('opentagstart', () => {
    openPlace = markupStart();
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const name in tag.attributes) attrs[name] = (tag.attributes[name] as SaxesTagNS['attributes'][string]).value;
    if (!tag.isSelfClosing) openNames.push(tag.name);
    if (root === '') root = tag.name;
    queue.push({ kind: 'open', name: tag.name, local: tag.local, uri: tag.uri, attrs, selfClosing: tag.isSelfClosing, ...openPlace });
  });
  parser.on('closetag', (tag) => {
    const place = tag.isSelfClosing ? openPlace : markupStart();
    if (!tag.isSelfClosing) lastClosed = openNames.pop() ?? '';
    queue.push({ kind: 'close', name: tag.name, local: tag.local, uri: tag.uri, ...place });
  });
  parser.on('text', (text) => {
    // Whitespace before and after the root is reported too; it is not content.
    if (openNames.length > 0) queue.push({ kind: 'text', text, cdata: false, ...here() });
  });
  parser.on('cdata', (text) => {
    queue.push({ kind: 'text', text, cdata: true, ...here() });
  });
  parser.on('doctype', (doctype) => refuseEntityDeclarations(doctype, here(), options.file));
  parser.on('error', (error) => {
    const { reason, at } = explainSaxesError(error.message, { xml, at: parser.position, root, lastClosed });
    fail(reason, at === undefined ? here() : scanPlace(xml, at));
  });

  const slice = Math.max(1, options.sliceSize ?? DEFAULT_SLICE);
  for (let at = 0; at < xml.length; at += slice) {
    parser.write(xml.slice(at, at + slice));
    yield* queue;
    queue.length = 0;
  }
  parser.close();
  yield* queue;
}

const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

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
