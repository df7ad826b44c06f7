// readPage: bytes or text → PageDocument (blocks with roles and languages, sentences, metadata, leftover links).
import type { Block, DocumentMeta, PageDocument, Sentence } from '../model';
import { identifyLanguage, normalizeText, segmentSentences } from '../text';
import { decodeBytes } from './decode';
import { DecodeFailure, ReadError } from './errors';
import { htmlToText, looksLikeHtml } from './html';
import { reviseLanguage } from './lineLanguage';
import { splitLines } from './lines';
import { parseByline, slugHeadline } from './meta';
import { pairLeftovers } from './pairing';
import { AUTHOR_INTRO, URL } from './patterns';
import { readStructure } from './structure';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Larger inputs are refused with a ReadError (default 5 MB). */
  maxBytes?: number;
}

/** Roles whose text is translated page furniture: an undetermined label there takes the page's language. */
const FURNITURE = new Set(['nav', 'related', 'comments', 'source']);

function decode(input: Uint8Array | string, file: string, maxBytes: number): string {
  const size = typeof input === 'string' ? input.length : input.length;
  if (size > maxBytes)
    throw new ReadError(file, `the file is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit for one page; split it or raise the limit`);
  if (typeof input === 'string') return input;
  try {
    return decodeBytes(input).text;
  } catch (error) {
    if (error instanceof DecodeFailure) throw new ReadError(file, error.message);
    throw error;
  }
}

export function readPage(input: Uint8Array | string, file: string, options: ReadOptions = {}): PageDocument {
  const raw = decode(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  let text = normalizeText(raw);
  let sourceLines: number[] | undefined;
  if (looksLikeHtml(text)) {
    const extracted = htmlToText(text);
    text = normalizeText(extracted.text);
    sourceLines = extracted.sourceLines;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ReadError(file, 'the file is empty (no text in it)');
  const lines = splitLines(text, sourceLines);
  const structure = readStructure(text, lines);

  const originals = new Map<string, number>();
  for (const d of structure.blocks)
    if (d.lang && d.lang !== structure.mainLang && d.lang !== 'und' && d.lang !== 'en') originals.set(d.lang, (originals.get(d.lang) ?? 0) + d.end - d.start);
  const original = [...originals].sort((a, b) => b[1] - a[1])[0]?.[0] ?? (structure.mainLang === 'vi' ? 'de' : 'vi');
  const languages = { translation: structure.mainLang, original };

  const blocks: Block[] = structure.blocks.map((d, i) => {
    const blockText = text.slice(d.start, d.end);
    let lang = d.lang;
    if (d.lang === 'und' && FURNITURE.has(d.role) && /^[\p{L}\s().,:!?-]+$/u.test(blockText)) lang = structure.mainLang;
    // A byline is the source site's own furniture, never translated: a publisher name without other evidence
    // (`VnExpressVnExpress28/03/2024`) is in the original's language.
    else if (d.lang === 'und' && d.role === 'byline' && /\p{L}{2}/u.test(blockText)) lang = original;
    return { id: `b${i + 1}`, line: d.line, role: d.role, lang, text: blockText, start: d.start, end: d.end };
  });

  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (block.lang === null) continue;
    for (const span of segmentSentences(block.text, block.lang)) {
      const own = reviseLanguage(span.text, identifyLanguage(span.text), block.lang);
      // A short piece of a block (`(0)`, a name) says less about its language than the block does.
      const lang = own === 'und' || own === null || (span.text.length < 25 && own !== block.lang && block.lang !== 'und') ? block.lang : own;
      sentences.push({ id: `s${sentences.length + 1}`, block: block.id, lang, text: span.text, start: block.start + span.start, end: block.start + span.end });
    }
  }

  return { file, text, languages, meta: readMeta(blocks), blocks, sentences, links: pairLeftovers(blocks, sentences, languages) };
}

function readMeta(blocks: Block[]): DocumentMeta {
  const title = blocks.find((b) => b.role === 'title')?.text ?? null;
  const byline = blocks.find((b) => b.role === 'byline');
  const { publisher, date } = byline ? parseByline(byline.text) : { publisher: null, date: null };
  const authorBlock = blocks.find((b) => b.role === 'author');
  const author = authorBlock ? (AUTHOR_INTRO.exec(authorBlock.text)?.[1] ?? authorBlock.text).trim() : null;
  let sourceUrl: string | null = null;
  for (const b of blocks) {
    const url = b.role === 'source' ? URL.exec(b.text) : null;
    if (url) {
      sourceUrl = url[0].replace(/[.,;)]+$/, '');
      break;
    }
  }
  return { title, publisher, date, author, sourceUrl, slugHeadline: sourceUrl ? slugHeadline(sourceUrl) : null };
}
