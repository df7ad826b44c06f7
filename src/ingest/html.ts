// A saved article page → its text, one block element a line. Not a full HTML parser: enough for article
// markup (paragraphs, headings, captions, line breaks), skipping scripts, styles and other non-text elements.

export interface ExtractedText {
  text: string;
  /** For each output line, the 1-based line of the HTML source where it starts. */
  sourceLines: number[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figure', 'figcaption', 'br', 'tr', 'td', 'th',
  'table', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'hr', 'dt', 'dd',
  'dl', 'address', 'title', 'body', 'html', 'form', 'caption', 'picture', 'time',
]);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', copy: '©',
  reg: '®', deg: '°', euro: '€', middot: '·', bull: '•', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö',
  Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ecirc: 'ê', acirc: 'â', ocirc: 'ô',
  oacute: 'ó', ograve: 'ò', uacute: 'ú', ugrave: 'ù', iacute: 'í', igrave: 'ì', atilde: 'ã', otilde: 'õ',
  yacute: 'ý', Eacute: 'É', Agrave: 'À', Aacute: 'Á', Ocirc: 'Ô', Acirc: 'Â', Ecirc: 'Ê', times: '×', zwnj: '', zwj: '',
};

/** Decodes `&amp;`, `&#228;`, `&#x1EA1;` and the common named entities; unknown ones are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

/** True when the text is an HTML document rather than a page of plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = head.match(/<\/?(p|div|h[1-6]|body|article|figcaption|br|span|meta|head|title)\b[^>]*>/g);
  return !!tags && tags.length >= 3;
}

export function htmlToText(html: string): ExtractedText {
  const lines: string[] = [];
  const sourceLines: number[] = [];
  let current = '';
  let currentLine = 1;
  let sourceLine = 1;
  let skipping: string | null = null;
  const flush = () => {
    const text = decodeEntities(current).replace(/[\s\u00a0]+/g, ' ').trim();
    if (text) {
      lines.push(text);
      sourceLines.push(currentLine);
    }
    current = '';
  };
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!?\/?([A-Za-z][A-Za-z0-9-]*)?[^>]*>/g;
  let last = 0;
  const countLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (html.charCodeAt(i) === 10) sourceLine++;
  };
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!skipping) {
      const chunk = html.slice(last, m.index);
      if (current === '' && chunk.trim()) {
        const lead = chunk.length - chunk.trimStart().length;
        countLines(last, last + lead);
        currentLine = sourceLine;
        countLines(last + lead, m.index);
      } else countLines(last, m.index);
      current += chunk;
    } else countLines(last, m.index);
    countLines(m.index, m.index + m[0].length);
    last = m.index + m[0].length;
    const name = (m[1] ?? '').toLowerCase();
    const closing = m[0].startsWith('</');
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !m[0].endsWith('/>')) {
      flush();
      skipping = name;
    } else if (BLOCK.has(name)) flush();
    // Inline tags (<b>, <a>, <span>) vanish; the words around them join up.
  }
  if (!skipping) current += html.slice(last);
  flush();
  return { text: lines.join('\n'), sourceLines };
}
