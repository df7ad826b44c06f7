// A small pull tokenizer for the XML our formats use: elements, attributes, text, CDATA; comments, processing
// instructions and the DOCTYPE are skipped. It checks well-formedness (nesting, entities, one root) and reports
// errors with line and column. Only the five predefined entities and character references are known, which is
// all TMX and XLIFF need; no DOM, no Node APIs.

export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean; pos: number }
  | { kind: 'close'; name: string; pos: number }
  | { kind: 'text'; text: string; pos: number };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[^\s/>=<"']+/y;
const ATTR = /\s*([^\s=/>"'<]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const REF = /&([^;&\s]*);?/g;

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Line and column (1-based) of a UTF-16 offset in `text`. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: pos - lineStart + 1 };
}

/** Reads XML text token by token. Input may start with a BOM and use CRLF; both are normalised as XML requires. */
export function* tokenizeXml(input: string): Generator<XmlToken> {
  const xml = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const fail = (message: string, pos: number): never => {
    const { line, column } = lineColumn(xml, pos);
    throw new XmlSyntaxError(message, line, column);
  };
  const decode = (raw: string, pos: number, attribute: boolean): string => {
    // Attribute-value normalisation: literal tab/LF become spaces; references such as &#10; survive, so this runs
    // on the raw text before references are decoded.
    const s = attribute ? raw.replace(/[\t\n]/g, ' ') : raw;
    if (!s.includes('&')) return s;
    return s.replace(REF, (m, ref: string, offset: number) => {
      if (!m.endsWith(';')) fail(`"&" must start an entity such as &amp; (found "${m.slice(0, 12)}")`, pos + offset);
      if (ref.startsWith('#')) {
        const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) && isXmlChar(cp);
        if (!valid) fail(`character reference &${ref}; is not a character XML allows`, pos + offset);
        return String.fromCodePoint(cp);
      }
      const value = PREDEFINED[ref];
      if (value === undefined) fail(`unknown entity &${ref};`, pos + offset);
      return value as string;
    });
  };

  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length === 0) {
        if (/\S/.test(raw)) fail('text outside the root element', i);
      } else yield { kind: 'text', text: decode(raw, i, false), pos: i };
    }
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) fail('processing instruction is not closed with "?>"', i);
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) fail('comment is not closed with "-->"', i);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) fail('CDATA section is not closed with "]]>"', i);
      if (stack.length === 0) fail('CDATA outside the root element', i);
      yield { kind: 'text', text: xml.slice(i + 9, end), pos: i };
      i = end + 3;
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      i = skipDoctype(xml, i, fail);
    } else if (xml.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(xml);
      if (!m) return fail('end tag without a name', i);
      TAG_END.lastIndex = NAME.lastIndex;
      const end = TAG_END.exec(xml);
      if (!end || end[1] === '/') return fail(`end tag </${m[0]}> is not closed with ">"`, i);
      const open = stack.pop();
      if (open !== m[0]) fail(open === undefined ? `end tag </${m[0]}> without a start tag` : `end tag </${m[0]}> does not match <${open}>`, i);
      yield { kind: 'close', name: m[0], pos: i };
      i = TAG_END.lastIndex;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) return fail('"<" must start a tag; write &lt; for a literal "<"', i);
      if (stack.length === 0 && rootSeen) fail(`second root element <${m[0]}>`, i);
      const attrs: Record<string, string> = {};
      let at = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = at;
        const a = ATTR.exec(xml);
        if (!a) break;
        const name = a[1] as string;
        if (Object.hasOwn(attrs, name)) fail(`attribute "${name}" appears twice`, at);
        attrs[name] = decode(a[2] ?? a[3] ?? '', at, true);
        at = ATTR.lastIndex;
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(xml);
      if (!end) return fail(`start tag <${m[0]}> is malformed or not closed with ">"`, at);
      const selfClosing = end[1] === '/';
      rootSeen = true;
      if (!selfClosing) stack.push(m[0]);
      yield { kind: 'open', name: m[0], attrs, selfClosing, pos: i };
      if (selfClosing) yield { kind: 'close', name: m[0], pos: i };
      i = TAG_END.lastIndex;
    }
  }
  if (stack.length > 0) fail(`element <${stack[stack.length - 1]}> is not closed before the end of the file`, n);
  if (!rootSeen) fail('no root element', n);
}

function skipDoctype(xml: string, start: number, fail: (message: string, pos: number) => never): number {
  let quote = '';
  let depth = 0;
  for (let j = start + 9; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth === 0) return j + 1;
  }
  return fail('DOCTYPE is not closed with ">"', start);
}
