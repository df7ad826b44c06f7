// A saved article page → its text, one block element a line, read by htmlparser2 (a tolerant HTML5 tokenizer
// with the whole entity table), so `>` inside attributes, comments and CDATA cannot leak markup into the text.
// Scripts, styles and other non-text elements are skipped.
import { Parser } from 'htmlparser2';

export interface ExtractedText {
  text: string;
  /** For each output line, the 1-based line of the HTML source where it starts. */
  sourceLines: number[];
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'canvas', 'select', 'button', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'figure', 'figcaption', 'br', 'tr', 'td', 'th',
  'table', 'article', 'section', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'hr', 'dt', 'dd',
  'dl', 'address', 'title', 'body', 'html', 'form', 'caption', 'picture', 'time',
]);

/** True when the text is an HTML document rather than a page of plain text that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const tags = head.match(/<\/?(p|div|h[1-6]|body|article|figcaption|br|span|meta|head|title)\b[^>]*>/g);
  return !!tags && tags.length >= 3;
}

/** 1-based line numbers of source offsets, counted forward once (offsets arrive in order). */
function lineCounter(source: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset && at < source.length; at++) if (source.charCodeAt(at) === 10) line++;
    return line;
  };
}

export function htmlToText(html: string): ExtractedText {
  const lines: string[] = [];
  const sourceLines: number[] = [];
  const lineAt = lineCounter(html);
  let current = '';
  let currentLine = 1;
  let skipDepth = 0;
  const flush = () => {
    const text = current.replace(/[\s\u00a0\u00ad\u200c\u200d]+/g, (space) => (/[\s\u00a0]/.test(space) ? ' ' : '')).trim();
    if (text) {
      lines.push(text);
      sourceLines.push(currentLine);
    }
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) {
          if (skipDepth === 0) flush();
          skipDepth++;
        } else if (skipDepth === 0 && BLOCK.has(name)) flush();
      },
      onclosetag(name, implied) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth === 0 && BLOCK.has(name) && !implied) flush();
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (current.trim() === '' && text.trim() !== '') {
          // The block starts at its first visible character, not at the white space before it.
          const lead = text.length - text.trimStart().length;
          currentLine = lineAt(parser.startIndex + lead);
        }
        current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  flush();
  return { text: lines.join('\n'), sourceLines };
}
