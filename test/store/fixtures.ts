// Generated pages for store tests and the bench: realistic shapes (site line, title, Vietnamese headline left in,
// body paragraphs, captions, ad markers), no copied text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, LeftoverLink, PageDocument, Role, Sentence } from '../../src/model';
import { StoreError } from '../../src/store';

const GERMAN = ['Der Minister traf am Montag in Hanoi ein.', 'Beide Seiten unterzeichneten ein Abkommen über Handel.', 'Die Gespräche dauerten drei Stunden.', 'Nach Angaben der Regierung wächst die Wirtschaft um 6 Prozent.', 'Foto: Nachrichtenagentur.', 'Die Delegation besuchte auch Ho-Chi-Minh-Stadt.'];
const VIETNAMESE = ['Bộ trưởng đến Hà Nội vào thứ Hai.', 'Hai bên ký hiệp định thương mại.', 'Cuộc hội đàm kéo dài ba giờ.', 'Kinh tế tăng trưởng 6 phần trăm.'];

export interface GeneratedPage {
  doc: PageDocument;
  links: LeftoverLink[];
}

/** A page of `sentenceCount` sentences; every fifth is a Vietnamese leftover linked to the German sentence before it. */
export function makePage(index: number, sentenceCount = 30, tag = ''): GeneratedPage {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const links: LeftoverLink[] = [];
  let text = '';
  let line = 1;
  const addBlock = (role: Role, lang: string | null, parts: string[]) => {
    const id = `b${blocks.length + 1}`;
    const start = text.length;
    const sentenceStarts: number[] = [];
    parts.forEach((part, i) => {
      if (i > 0) text += ' ';
      sentenceStarts.push(text.length);
      text += part;
    });
    blocks.push({ id, line, role, lang, text: text.slice(start), start, end: text.length });
    parts.forEach((part, i) => {
      const s = sentenceStarts[i] ?? 0;
      sentences.push({ id: `s${sentences.length + 1}`, block: id, lang, text: part, start: s, end: s + part.length });
    });
    text += '\n';
    line++;
  };
  addBlock('site', 'vi', ['Vietnam.vn - Nền tảng quảng bá Việt Nam']);
  addBlock('title', 'de', [`Seite ${index}${tag}: Besuch des Ministers`]);
  for (let k = 0; sentences.length < sentenceCount; k++) {
    const n = sentences.length;
    if (k % 3 === 2) {
      // The Vietnamese original of the previous German sentence, left in as a caption.
      addBlock('caption', 'vi', [`${VIETNAMESE[n % VIETNAMESE.length]} (${index}.${n})`]);
      links.push({ translation: [`s${n}`], original: [`s${n + 1}`], score: 0.5 + ((n * 7) % 50) / 100 });
    } else if (k % 7 === 6) {
      addBlock('ad', null, ['[Anzeige_1]']);
    } else {
      const parts = [0, 1, 2].slice(0, Math.min(3, sentenceCount - n)).map((j) => `${GERMAN[(n + j) % GERMAN.length]} (${index}.${n + j})`);
      addBlock('body', 'de', parts);
    }
  }
  const doc: PageDocument = {
    file: `page-${index}${tag}.txt`,
    text,
    languages: { translation: 'de', original: 'vi' },
    meta: { title: `Seite ${index}`, publisher: 'Báo Quốc Tế', date: '2023-10-14', author: null, sourceUrl: null, slugHeadline: null },
    blocks,
    sentences: sentences.slice(0, sentenceCount),
    links,
  };
  return { doc, links: doc.links };
}

/** One-language page of `count` sentences for pairs: German (translation) or Vietnamese (source). */
export function makeMonolingual(index: number, count: number, lang: 'de' | 'vi'): PageDocument {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  // Parts and a running length rather than one growing string: 100,000 sentences must not copy the text each time.
  const lines: string[] = [];
  let length = 0;
  const pool = lang === 'de' ? GERMAN : VIETNAMESE;
  for (let p = 0; p * 10 < count; p++) {
    const id = `b${p + 1}`;
    const start = length;
    const parts: string[] = [];
    for (let k = 0; k < 10 && p * 10 + k < count; k++) {
      const n = p * 10 + k;
      if (k > 0) length += 1;
      const t = `${pool[n % pool.length]} [${index}.${n}]`;
      sentences.push({ id: `s${n + 1}`, block: id, lang, text: t, start: length, end: length + t.length });
      parts.push(t);
      length += t.length;
    }
    const blockText = parts.join(' ');
    lines.push(blockText);
    blocks.push({ id, line: p + 1, role: p === 0 ? 'title' : 'body', lang, text: blockText, start, end: length });
    length += 1;
  }
  const text = lines.map((l) => `${l}\n`).join('');
  return {
    file: `pair-${index}.${lang}.txt`,
    text,
    languages: { translation: 'de', original: 'vi' },
    meta: { title: `Paar ${index}`, publisher: null, date: null, author: null, sourceUrl: null, slugHeadline: null },
    blocks,
    sentences,
    links: [],
  };
}

/** 1-1 links for a pair, with every tenth source sentence left out (to be added as 0-1). */
export function pairLinks(count: number): Array<{ translation: string[]; original: string[]; score: number }> {
  const links = [];
  for (let n = 0; n < count; n++) if (n % 10 !== 9) links.push({ translation: [`s${n + 1}`], original: [`s${n + 1}`], score: 0.9 });
  return links;
}

export function tempFolder(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-store-'));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The code of the StoreError `fn` throws, or `no error`; anything else thrown is rethrown. */
export function storeErrorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof StoreError) return error.code;
    throw error;
  }
  return 'no error';
}
