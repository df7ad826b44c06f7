// XML syntax errors in words a person can act on. saxes reports terse messages ("unexpected close tag."); these
// name the markup involved, quote what was found and say how to fix it.

export class XmlSyntaxError extends Error {
  constructor(
    /** What is wrong and what to do, without the place. */
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    readonly file?: string,
  ) {
    super(`${file === undefined ? '' : `${file}, `}line ${line}, column ${column}: ${reason}`);
    this.name = 'XmlSyntaxError';
  }
}

export interface ErrorContext {
  xml: string;
  /** UTF-16 offset just past the character that made saxes fail. */
  at: number;
  /** The root element's name, or '' before it. */
  root: string;
  /** The element closed last (for a mismatched end tag saxes closes the open element first). */
  lastClosed: string;
}

const PREDEFINED = '&lt; &gt; &amp; &quot; &apos;';

export interface Explained {
  reason: string;
  /** The UTF-16 offset to report instead of the parser's position, when the real cause lies earlier. */
  at?: number;
}

/**
 * The `&` that began the entity reference saxes just failed on. saxes reads an entity name up to the next `;`,
 * whatever comes between, so a stray `&` swallows markup and the failure shows much later (or at the end of the
 * file); the culprit is the first `&` after the last `;` before that point.
 */
function strayAmpersand(xml: string, before: number): number {
  const from = xml.lastIndexOf(';', before - 1) + 1;
  const amp = xml.indexOf('&', from);
  return amp !== -1 && amp < before ? amp : -1;
}

/** Turns saxes' message (which starts with "line:column: ") into one that says what to do. */
export function explainSaxesError(message: string, ctx: ErrorContext): Explained {
  const raw = message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
  const { xml, at } = ctx;
  if (raw === 'undefined entity' || raw === 'disallowed character in entity name' || raw === 'empty entity name' || raw.startsWith('unclosed tag: ') || raw === 'unexpected end') {
    // `at - 1` is the `;` for the entity errors; at the end of the file there is none.
    const amp = strayAmpersand(xml, raw.startsWith('unclosed') || raw === 'unexpected end' ? xml.length : at - 1);
    const end = xml.indexOf(';', amp);
    const name = amp === -1 ? '' : xml.slice(amp + 1, end === -1 ? xml.length : end);
    if (amp !== -1 && !/^(#x[0-9A-Fa-f]+|#[0-9]+|[\p{L}_:][\p{L}\p{N}._:\-\u00B7]*)$/u.test(name)) {
      return { reason: `"&" must start an entity such as &amp; (found ${JSON.stringify(xml.slice(amp, amp + 12))}); write "&" itself as &amp;`, at: amp };
    }
  }
  return explain(raw, ctx);
}

function explain(raw: string, ctx: ErrorContext): Explained {
  const { xml, at } = ctx;
  const found = (from: number, to = at): string => JSON.stringify(xml.slice(Math.max(from, to - 40), to));
  const tagStart = xml.lastIndexOf('<', at - 1);
  const ampStart = xml.lastIndexOf('&', at - 1);
  switch (raw) {
    case 'no whitespace between attributes':
      return { reason: `attributes must be separated by whitespace (found ${found(tagStart)}); add a space before the next attribute` };
    case 'unquoted attribute value':
      return { reason: `attribute values must be in quotes, as in name="value" (found ${found(tagStart)})` };
    case 'attribute without value':
      return { reason: `an attribute needs a value, as in name="value" (found ${found(tagStart)})` };
    case 'the string "]]>" is disallowed in char data':
      return { reason: '"]]>" may not appear in text; write it as "]]&gt;"', at: at - 3 };
    case 'unexpected close tag':
      return { reason: `end tag ${found(tagStart)} does not match <${ctx.lastClosed}>; close <${ctx.lastClosed}> first`, at: tagStart };
    case 'documents may contain only one root':
      return { reason: `second root element after </${ctx.root}>: a file holds one root element; remove what follows </${ctx.root}>`, at: tagStart };
    case 'text data outside of root node': {
      let start = Math.max(xml.lastIndexOf('>', at - 1) + 1, 0);
      while (/\s/.test(xml[start] ?? '')) start++;
      const lineEnd = xml.slice(start, at).search(/[\r\n]/);
      const end = Math.min(at, start + 20, lineEnd === -1 ? at : start + lineEnd);
      return { reason: `text outside the root element${ctx.root ? ` <${ctx.root}>` : ''}: ${found(start, end)}; remove it`, at: start };
    }
    case 'document must contain a root element':
      return {
        reason: /<[\p{L}_]/u.test(xml)
          ? `the file ends inside its first start tag (${found(tagStart)}); it may be cut short`
          : 'no root element; a TMX file starts with <tmx>, an XLIFF file with <xliff>',
      };
    case 'undefined entity':
      return { reason: `unknown entity ${found(ampStart)}: XML knows only ${PREDEFINED} and character references such as &#233;; write "&" itself as &amp;`, at: ampStart };
    case 'malformed character entity':
      return { reason: `character reference ${found(ampStart)} is not a character XML allows (control characters other than tab and line ends cannot appear in XML 1.0 at all)`, at: ampStart };
    case 'disallowed character': {
      const code = xml.charCodeAt(at - 1);
      if (code === 0x3c) return { reason: `"<" may not appear inside an attribute value (found ${found(xml.lastIndexOf('<', at - 2))}); write it as &lt;` };
      const what = Number.isNaN(code) ? 'a character' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      return { reason: `${what} is not a character XML allows (found ${found(at - 10)}); control characters and lone surrogates cannot appear in XML 1.0, remove them` };
    }
    case 'unexpected end':
      return { reason: `the file ends inside markup (${found(tagStart)}); it may be cut short` };
  }
  if (raw.startsWith('unbound namespace prefix: ')) {
    const prefix = raw.slice('unbound namespace prefix: '.length).replace(/^"|"$/g, '');
    return { reason: `the namespace prefix "${prefix}" is not declared; declare it with xmlns:${prefix}="..." on this element or one around it, or remove the prefix (found ${found(tagStart)})`, at: tagStart };
  }
  if (raw.startsWith('unmatched closing tag: ')) return { reason: `end tag </${raw.slice('unmatched closing tag: '.length)}> has no start tag; remove it`, at: tagStart };
  if (raw.startsWith('unclosed tag: ')) return { reason: `element <${raw.slice('unclosed tag: '.length)}> is not closed before the end of the file; the file may be cut short` };
  return { reason: `${raw}; check the markup here` };
}
