// Page structure: which line is the site line, title, byline, body, caption, related list, source, comments,
// navigation. Works on both seed layouts (full page scrapes and body-only extracts) and tolerates missing parts.
import type { Lang, Role } from '../model';
import { identifyLanguage, segmentSentences } from '../text';
import type { PageLine } from './lines';
import { reviseLanguage } from './lineLanguage';
import { findBylineDate } from './meta';
import {
  AD_MARKER, ANY_MARKER, AUTHOR_CAPS, BARE_PHOTO_AT_END, AUTHOR_INTRO, CAPTION_CUES, CAPTION_LINE, CAPTION_START, COMMENTS_LINE,
  CREDIT_AT_END, NAV_LABELS, NAV_PHRASES, RELATED_HEADING, SENTENCE_END, SITE_LINE, SOURCE_LINE,
} from './patterns';

export interface DraftBlock {
  line: number;
  role: Role;
  lang: Lang;
  start: number;
  end: number;
}

const HEAD_WINDOW = 5;
const MAX_TITLE = 300;
const MAX_SHORT_SOURCE = 120;
/** Words of the longest inline "read also" title; a longer line is a paragraph whose end was lost (`…, wie` or `….x`). */
const MAX_INLINE_TITLE = 16;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const isMarker = (s: string) => ANY_MARKER.test(s);
const isByline = (s: string) => !SENTENCE_END.test(s) && wordCount(s) <= 16 && findBylineDate(s) !== null;
/** `Quelle: URL` with nothing after the URL, however long the URL (a slug spelling a long headline). */
const SOURCE_URL_LINE = /^\(?(?:Quelle|Quellen|Quellenlink|Source|Nguồn)\s*:\s*https?:\/\/\S+\)?$/iu;
const isSourceLine = (s: string) =>
  SOURCE_URL_LINE.test(s) ||
  (SOURCE_LINE.test(s) &&
  (s.length <= MAX_SHORT_SOURCE || /^\S+\s*:\s*https?:\/\//.test(s)) &&
  // `Theo Reuters` credits a source; `Theo ông …, …` opens a Vietnamese sentence.
  !(/^\(?Theo\b/iu.test(s) && (s.length > 40 || s.includes(','))));
/** A name on its own line at the end of the article: 2–5 capitalised words, no digits, no sentence punctuation. */
const isNameLine = (s: string) => s.length <= 48 && !/[\d.,:;!?]/.test(s) && /^\p{Lu}[\p{L}\p{M}'-]*(?:\s+\p{Lu}[\p{L}\p{M}'-]*){1,4}$/u.test(s);
const isTailStart = (s: string) => isSourceLine(s) || RELATED_HEADING.test(s) || /^(?:Kommentare?|Comments?|Bình luận)\s*(?:\(\d+\))?$/iu.test(s);
const isNavLabel = (s: string) => NAV_PHRASES.test(s) || NAV_LABELS.has(s.toLowerCase());
const isAuthor = (s: string) => s.length <= 48 && !/\d/.test(s) && (AUTHOR_CAPS.test(s) || AUTHOR_INTRO.test(s));
/** A reporter's initials closing the article (`PV`, `TTXVN`, `N.H.`). */
const INITIALS = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){1,4})$/u;
/** An article title in a list, rather than a one- or two-word section label. */
const isLongItem = (s: string) => wordCount(s) >= 4 || /[.!?…]$/.test(s);

interface Context {
  text: string;
  lines: PageLine[];
  langs: Lang[];
  /** The translation's language (most body text), to tell leftovers from the translation. */
  mainLang: string;
  blankLines: boolean;
}

/** A line in the original language rather than the translation's (English and undetermined lines are neither). */
const isLeftover = (ctx: Context, lang: Lang) => !!lang && lang !== ctx.mainLang && lang !== 'und' && lang !== 'en';

function push(out: DraftBlock[], line: PageLine, role: Role, lang: Lang, start = line.start, end = line.end) {
  out.push({ line: line.line, role, lang, start, end });
}

/** `… fördern. Foto: … (Quelle: Reuters)` → the paragraph and its caption as two blocks on one line. */
function splitGluedCaption(line: PageLine): Array<{ role: Role; start: number; end: number }> | null {
  const t = line.text;
  const explicit = CAPTION_START.exec(t);
  const credit = CREDIT_AT_END.exec(t);
  let capStart: number;
  if (explicit) capStart = explicit.index + explicit[0].length - explicit[0].trimStart().length;
  else if (credit) {
    const sentences = segmentSentences(t.slice(0, credit.index), null);
    capStart = sentences.length ? (sentences[sentences.length - 1] as { start: number }).start : 0;
  } else return null;
  let capEnd = t.length;
  const pipe = /\s*\|\s*$/.exec(t);
  if (pipe) capEnd = pipe.index;
  const parts: Array<{ role: Role; start: number; end: number }> = [];
  const bodyEnd = t.slice(0, capStart).trimEnd().length;
  if (bodyEnd > 0) parts.push({ role: 'body', start: line.start, end: line.start + bodyEnd });
  parts.push({ role: 'caption', start: line.start + capStart, end: line.start + capEnd });
  return parts;
}

function readHead(ctx: Context, out: DraftBlock[]): { next: number; hasTitle: boolean } {
  const { lines } = ctx;
  let i = 0;
  let hasSite = false;
  const first = lines[0];
  if (first && first.text.length < 150 && SITE_LINE.test(first.text) && ctx.langs[0] !== ctx.mainLang) hasSite = true;
  else if (first && first.text.length < 150 && SITE_LINE.test(first.text) && !SENTENCE_END.test(first.text)) hasSite = true;
  let byline = -1;
  for (let k = hasSite ? 1 : 0; k < Math.min(lines.length, HEAD_WINDOW + 1); k++)
    if (isByline((lines[k] as PageLine).text)) {
      byline = k;
      break;
    }
  // A short first line in the original language above the title and byline is the site's name and slogan.
  const lang0 = ctx.langs[0];
  if (!hasSite && first && byline >= 2 && first.text.length < 100 && lang0 && lang0 !== ctx.mainLang && lang0 !== 'und' && ctx.langs[1] === ctx.mainLang)
    hasSite = true;
  if (hasSite) i = 1;
  let title = -1;
  for (let k = i; k < Math.min(lines.length, i + HEAD_WINDOW); k++) {
    const t = (lines[k] as PageLine).text;
    if (k === byline || isMarker(t)) continue;
    const candidate = lines[k] as PageLine;
    const next = lines[k + 1];
    const standalone = candidate.blankAfter && !SENTENCE_END.test(t) && t.length < 200 && !!next && next.text.length > t.length;
    // A paragraph does not sit between the site line and the byline: there even a sentence-long line is the title.
    const paragraph = SENTENCE_END.test(t) && wordCount(t) > 30 && k + 1 !== byline;
    if (((hasSite || byline >= 0) && t.length < MAX_TITLE && !paragraph) || (ctx.blankLines && k === 0 && standalone)) title = k;
    break;
  }
  const headEnd = Math.max(hasSite ? 1 : 0, title + 1, byline + 1);
  for (let k = 0; k < headEnd; k++) {
    const line = lines[k] as PageLine;
    const lang = ctx.langs[k] ?? null;
    if (k === 0 && hasSite) push(out, line, 'site', lang);
    else if (k === title) push(out, line, 'title', lang);
    else if (k === byline) push(out, line, 'byline', lang);
    else if (isMarker(line.text)) push(out, line, AD_MARKER.test(line.text) ? 'ad' : 'nav', null);
    else if (isLeftover(ctx, lang) && wordCount(line.text) >= 4 && !/[>›»/|]/u.test(line.text)) push(out, line, 'caption', lang); // the original headline next to the title
    else push(out, line, 'nav', lang); // breadcrumbs between the site line and the title
  }
  return { next: headEnd, hasTitle: title >= 0 };
}

/** Lengths a line and its translation could have: a translation is rarely half or twice as long as its original. */
const mirrors = (a: number, b: number) => a <= 2 * b && b <= 2 * a;

/**
 * A leftover as long as the line of the translation it would be the original of: the caption right above it, the
 * title, or on a page without a title the lead. Such a line was left in beside its translation; an untranslated
 * paragraph has no German line of its own on the page.
 */
function mirrorsTranslatedLine(ctx: Context, out: DraftBlock[], k: number): boolean {
  const line = ctx.lines[k] as PageLine;
  const length = line.end - line.start;
  const prev = out[out.length - 1];
  if (prev && prev.line === ctx.lines[k - 1]?.line && prev.role === 'caption' && prev.lang === ctx.mainLang && mirrors(length, prev.end - prev.start)) return true;
  const headline = out.find((b) => b.role === 'title') ?? out.find((b) => b.role === 'body');
  return !!headline && headline.lang === ctx.mainLang && mirrors(length, headline.end - headline.start);
}

function readBody(ctx: Context, out: DraftBlock[], from: number, to: number, hasTitle: boolean) {
  let firstContent = true;
  let lastContent = to - 1;
  while (lastContent >= from && isMarker((ctx.lines[lastContent] as PageLine).text)) lastContent--;
  for (let k = from; k < to; k++) {
    const line = ctx.lines[k] as PageLine;
    const t = line.text;
    const lang = ctx.langs[k] ?? null;
    if (isMarker(t)) {
      push(out, line, 'ad', null);
      continue;
    }
    const wasFirst = firstContent;
    firstContent = false;
    if ((isAuthor(t) && wordCount(t) >= 2) || (k === lastContent && !wasFirst && (isNameLine(t) || INITIALS.test(t)))) push(out, line, 'author', lang);
    else if (isLeftover(ctx, lang)) {
      // A leftover of the original: a headline or caption unless it reads as a whole paragraph that translates
      // nothing on the page.
      push(out, line, !SENTENCE_END.test(t) || wordCount(t) < 40 || mirrorsTranslatedLine(ctx, out, k) ? 'caption' : 'body', lang);
    } else if (CAPTION_LINE.test(t)) push(out, line, 'caption', lang);
    // Only a page without a title opens with a caption, which may run long; under a title a long first line is a paragraph.
    else if (SENTENCE_END.test(t) || wordCount(t) > (wasFirst && !hasTitle ? 40 : MAX_INLINE_TITLE) || BARE_PHOTO_AT_END.test(t)) {
      const parts = splitGluedCaption(line);
      if (!parts) push(out, line, 'body', lang);
      else
        for (const p of parts) {
          const part = ctx.text.slice(p.start, p.end);
          push(out, line, p.role, reviseLanguage(part, identifyLanguage(part), ctx.mainLang), p.start, p.end);
        }
    } else if ((wasFirst && !hasTitle) || CAPTION_CUES.test(t)) push(out, line, 'caption', lang);
    else push(out, line, 'related', lang); // an inline "read also" article title
  }
}

/** Short lines in the tail are section labels unless they sit in one run of lines with article titles. */
function inRunWithTitles(lines: PageLine[], k: number): boolean {
  for (let j = k; j > 0 && !(lines[j] as PageLine).blankBefore; j--) if (isLongItem((lines[j - 1] as PageLine).text)) return true;
  for (let j = k; j < lines.length - 1 && !(lines[j] as PageLine).blankAfter; j++) if (isLongItem((lines[j + 1] as PageLine).text)) return true;
  return false;
}

function readTail(ctx: Context, out: DraftBlock[], from: number) {
  let section: 'tail' | 'comments' | 'related' = 'tail';
  let sawNav = false;
  for (let k = from; k < ctx.lines.length; k++) {
    const line = ctx.lines[k] as PageLine;
    const t = line.text;
    const lang = ctx.langs[k] ?? null;
    if (isMarker(t)) push(out, line, AD_MARKER.test(t) ? 'ad' : 'nav', null);
    else if (isSourceLine(t)) push(out, line, 'source', lang);
    else if (RELATED_HEADING.test(t)) {
      section = 'related';
      push(out, line, 'related', lang);
    } else if (COMMENTS_LINE.test(t)) {
      section = 'comments';
      push(out, line, 'comments', lang);
    } else if (isNavLabel(t)) {
      sawNav = true;
      push(out, line, 'nav', lang);
    } else if ((isAuthor(t) && wordCount(t) >= 2) || INITIALS.test(t)) push(out, line, 'author', lang);
    // Related lists are translated; a line of the original outside one is a leftover headline or caption.
    else if (isLeftover(ctx, lang) && section !== 'related' && wordCount(t) >= 4) push(out, line, 'caption', lang);
    else if (isLongItem(t)) push(out, line, 'related', lang);
    else if (ctx.blankLines ? inRunWithTitles(ctx.lines, k) : section === 'related' && !sawNav) push(out, line, 'related', lang);
    else {
      sawNav = true;
      push(out, line, 'nav', lang);
    }
  }
}

/** The most frequent language by letters among longer lines: the translation's language. */
function dominantLanguage(lines: PageLine[], langs: Lang[]): string {
  const weight = new Map<string, number>();
  lines.forEach((l, i) => {
    const lang = langs[i];
    if (lang && lang !== 'und' && l.text.length >= 40) weight.set(lang, (weight.get(lang) ?? 0) + l.text.length);
  });
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'de';
}

export interface Structure {
  blocks: DraftBlock[];
  /** The translation's language as read from the page. */
  mainLang: string;
}

export function readStructure(text: string, lines: PageLine[]): Structure {
  const own = lines.map((l) => (isMarker(l.text) ? null : identifyLanguage(l.text)));
  const mainLang = dominantLanguage(lines, own);
  const langs = own.map((lang, i) => reviseLanguage((lines[i] as PageLine).text, lang, mainLang));
  const ctx: Context = { text, lines, langs, mainLang, blankLines: lines.some((l) => l.blankBefore) };
  const out: DraftBlock[] = [];
  const head = readHead(ctx, out);
  let tail = lines.length;
  for (let k = Math.max(head.next, 1); k < lines.length; k++)
    if (isTailStart((lines[k] as PageLine).text)) {
      tail = k;
      break;
    }
  readBody(ctx, out, head.next, tail, head.hasTitle);
  readTail(ctx, out, tail);
  return { blocks: out, mainLang: ctx.mainLang };
}
