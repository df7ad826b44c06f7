// XLIFF 2.1 writer (valid against the OASIS core schema with the metadata module). Units are grouped into one
// <file> per page; link data rides in <mda:metadata> (JSON where the value is free text); annotations are also
// readable <note>s. Characters XML forbids become the standard <cp hex="HHHH"/>.
import type { LinkState } from '../model';
import { FormatError } from './errors';
import { annotationNote } from './notes';
import { checkLang, checkXmlSafe, ChunkBuffer, peek, type WriteOptions } from './chunks';
import type { AlignedUnit } from './units';
import { escapeAttr, escapeLossy, escapeText, hex4, jsonForXml } from './xmlText';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const XLIFF_GROUP = { unit: 'bitext', document: 'bitext-document' } as const;

/** Link state -> XLIFF segment state (the reader prefers the exact state from the metadata). */
export const SEGMENT_STATE: Record<LinkState, string> = { proposed: 'translated', confirmed: 'final', rejected: 'initial' };

export type XliffOptions = WriteOptions;

const cp = (codeUnit: number): string => `<cp hex="${hex4(codeUnit)}"/>`;

function meta(type: string, value: string): string {
  return `<mda:meta type="${type}">${value}</mda:meta>`;
}

function unitXml(u: AlignedUnit, n: number, langs: { src: string; tgt: string }): string {
  const F = 'XLIFF';
  if (checkLang(F, u, 'source') !== langs.src || checkLang(F, u, 'target') !== langs.tgt) {
    throw new FormatError(F, `unit "${u.id}" is ${u.source.lang}->${u.target.lang} but the file is ${langs.src}->${langs.tgt}; an XLIFF file holds one language pair, so export each pair separately`);
  }
  let m = meta('id', escapeLossy(checkXmlSafe(F, u, 'id', u.id)));
  if (u.role !== null) m += meta('role', u.role);
  m += meta('state', u.state) + meta('origin', u.origin);
  if (u.score !== null) m += meta('score', String(u.score));
  if (u.machineTarget !== null) m += meta('machineTarget', jsonForXml(u.machineTarget));
  for (const a of u.annotations) {
    m += meta('annotation', jsonForXml({ side: a.side, start: a.start, end: a.end, category: a.category, severity: a.severity, comment: a.comment }));
  }
  let s = `  <unit id="u${n}">\n   <mda:metadata><mda:metaGroup category="${XLIFF_GROUP.unit}">${m}</mda:metaGroup></mda:metadata>\n`;
  if (u.annotations.length > 0) {
    s += '   <notes>';
    for (const a of u.annotations) s += `<note category="mqm" appliesTo="${a.side}">${escapeLossy(annotationNote(a))}</note>`;
    s += '</notes>\n';
  }
  s += `   <segment state="${SEGMENT_STATE[u.state]}"><source>${escapeText(u.source.text, cp)}</source><target>${escapeText(u.target.text, cp)}</target></segment>\n`;
  return s + '  </unit>\n';
}

function fileOpen(u: AlignedUnit, n: number): string {
  const F = 'XLIFF';
  const original = escapeAttr(checkXmlSafe(F, u, 'file', u.file));
  const doc = escapeLossy(checkXmlSafe(F, u, 'docId', u.docId));
  return ` <file id="f${n}" original="${original}">\n  <mda:metadata><mda:metaGroup category="${XLIFF_GROUP.document}">${meta('docId', doc)}</mda:metaGroup></mda:metadata>\n`;
}

/** Streams an XLIFF 2.1 document. All units must share one language pair (that of the first unit). */
export function* writeXliff(units: Iterable<AlignedUnit>, options: XliffOptions = {}): Generator<string> {
  const { first, all } = peek(units);
  const langs = first ? { src: checkLang('XLIFF', first, 'source'), tgt: checkLang('XLIFF', first, 'target') } : { src: 'und', tgt: 'und' };
  const buffer = new ChunkBuffer(options.chunkSize ?? 65536);
  buffer.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<xliff xmlns="${XLIFF_NS}" xmlns:mda="${MDA_NS}" version="2.1" srcLang="${langs.src}" trgLang="${langs.tgt}" xml:space="preserve">\n`,
  );
  let count = 0;
  let files = 0;
  let current: { docId: string; file: string } | null = null;
  for (const u of all) {
    if (!current || current.docId !== u.docId || current.file !== u.file) {
      if (current) buffer.push(' </file>\n');
      buffer.push(fileOpen(u, ++files));
      current = { docId: u.docId, file: u.file };
    }
    buffer.push(unitXml(u, ++count, langs));
    if (buffer.full) {
      yield buffer.take();
      options.onProgress?.(count);
    }
  }
  // A <file> must hold a unit or a group: an empty corpus is one file with an empty group.
  buffer.push(current ? ' </file>\n' : ' <file id="f1"><group id="empty"/></file>\n');
  buffer.push('</xliff>\n');
  yield buffer.take();
  options.onProgress?.(count);
}
