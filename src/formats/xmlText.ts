// Escaping for the XML formats. XML 1.0 cannot carry C0 controls other than tab/LF/CR, U+FFFE/U+FFFF or lone
// surrogates at all, not even as character references, so each writer turns them into markup (`<ph>` in TMX,
// `<cp hex>` in XLIFF) through the `forbidden` callback; metadata travels as JSON, whose \u escapes cover them.

/** Code units XML 1.0 forbids: C0 controls except tab/LF/CR, U+FFFE, U+FFFF, and surrogates that are not in a pair. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
export const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Characters that may need escaping in element content: a cheap test before the replace.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const MAYBE_TEXT = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_RE = new RegExp(`[&<>\\r]|${XML_FORBIDDEN.source}`, 'g');
const ATTR_RE = /[&<>"\t\n\r]/g;

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;', '\t': '&#9;', '\n': '&#10;' };

export function hex4(codeUnit: number): string {
  return codeUnit.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * Element content: `&`, `<`, `>` as entities (so `]]>` never appears), CR as `&#13;` (a raw CR would be read back
 * as LF), and each forbidden code unit through `forbidden`.
 */
export function escapeText(s: string, forbidden: (codeUnit: number) => string): string {
  if (!MAYBE_TEXT.test(s)) return s;
  return s.replace(TEXT_RE, (m) => TEXT_ENTITIES[m] ?? forbidden(m.charCodeAt(0)));
}

/** Attribute values: also quotes, and tab/LF/CR as references so attribute-value normalisation keeps them. */
export function escapeAttr(s: string): string {
  return s.replace(ATTR_RE, (m) => ATTR_ENTITIES[m] ?? m);
}

/** Text that must be plain PCDATA with no markup (notes): forbidden code units become U+FFFD. Informative only. */
export function escapeLossy(s: string): string {
  return escapeText(s, () => '\uFFFD');
}

/**
 * JSON that is safe as XML text: JSON.stringify escapes controls and lone surrogates; U+FFFE/U+FFFF are escaped
 * here. Parsing it back with JSON.parse restores the value exactly.
 */
export function jsonForXml(value: unknown): string {
  const json = JSON.stringify(value).replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${hex4(c.charCodeAt(0)).toLowerCase()}`);
  return escapeText(json, () => {
    throw new Error('unreachable: JSON.stringify escapes every forbidden character');
  });
}

/** The first forbidden character in `s`, for error messages; null if none. */
export function firstForbidden(s: string): string | null {
  const m = XML_FORBIDDEN.exec(s);
  return m ? `U+${hex4(m[0].charCodeAt(0))} at offset ${m.index}` : null;
}
