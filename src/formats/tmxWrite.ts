// TMX 1.4b writer. Each unit is a <tu>; its link data rides in <prop type="x-bitext-…"> elements (JSON where the
// value is free text, so any character survives) and each MQM annotation is also a readable <note>. Characters XML
// forbids inside a segment become <ph type="x-bitext-cp">HHHH</ph>, HHHH the UTF-16 code unit in hex: reversible,
// and an inline code other tools keep in place.
import { annotationNote } from './notes';
import { checkLang, checkXmlSafe, chunked, peek, type WriteOptions } from './chunks';
import type { AlignedUnit } from './units';
import { escapeAttr, escapeLossy, escapeText, hex4, jsonForXml } from './xmlText';

export const TMX_CP_TYPE = 'x-bitext-cp';
export const TMX_PROP = {
  doc: 'x-bitext-doc',
  file: 'x-bitext-file',
  role: 'x-bitext-role',
  state: 'x-bitext-state',
  origin: 'x-bitext-origin',
  score: 'x-bitext-score',
  machineTarget: 'x-bitext-machine-target',
  annotation: 'x-bitext-annotation',
} as const;

export interface TmxOptions extends WriteOptions {
  /** Header srclang; default the first unit's source language (units in another language carry their own). */
  sourceLang?: string;
  creationTool?: string;
  creationToolVersion?: string;
}

const segCp = (codeUnit: number): string => `<ph type="${TMX_CP_TYPE}">${hex4(codeUnit)}</ph>`;

export function tmxSegment(text: string): string {
  return escapeText(text, segCp);
}

function prop(type: string, value: string): string {
  return `    <prop type="${type}">${value}</prop>\n`;
}

function tu(unit: AlignedUnit, headerLang: string): string {
  const F = 'TMX';
  const srcLang = checkLang(F, unit, 'source');
  const tgtLang = checkLang(F, unit, 'target');
  const id = escapeAttr(checkXmlSafe(F, unit, 'id', unit.id));
  let s = srcLang === headerLang ? `  <tu tuid="${id}">\n` : `  <tu tuid="${id}" srclang="${srcLang}">\n`;
  s += prop(TMX_PROP.doc, escapeLossy(checkXmlSafe(F, unit, 'docId', unit.docId)));
  s += prop(TMX_PROP.file, escapeLossy(checkXmlSafe(F, unit, 'file', unit.file)));
  if (unit.role !== null) s += prop(TMX_PROP.role, unit.role);
  s += prop(TMX_PROP.state, unit.state);
  s += prop(TMX_PROP.origin, unit.origin);
  if (unit.score !== null) s += prop(TMX_PROP.score, String(unit.score));
  if (unit.machineTarget !== null) s += prop(TMX_PROP.machineTarget, jsonForXml(unit.machineTarget));
  for (const a of unit.annotations) {
    s += prop(TMX_PROP.annotation, jsonForXml({ side: a.side, start: a.start, end: a.end, category: a.category, severity: a.severity, comment: a.comment }));
  }
  for (const a of unit.annotations) s += `    <note>${escapeLossy(annotationNote(a))}</note>\n`;
  s += `    <tuv xml:lang="${srcLang}"><seg>${tmxSegment(unit.source.text)}</seg></tuv>\n`;
  s += `    <tuv xml:lang="${tgtLang}"><seg>${tmxSegment(unit.target.text)}</seg></tuv>\n`;
  return s + '  </tu>\n';
}

/** Streams a TMX 1.4b document (valid against tmx14.dtd) in chunks. */
export function writeTmx(units: Iterable<AlignedUnit>, options: TmxOptions = {}): Generator<string> {
  const { first, all } = peek(units);
  const headerLang = options.sourceLang ?? (first ? checkLang('TMX', first, 'source') : 'und');
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${escapeAttr(options.creationTool ?? 'bitext')}" creationtoolversion="${escapeAttr(options.creationToolVersion ?? '1')}"` +
    ` segtype="sentence" o-tmf="bitext" adminlang="en" srclang="${escapeAttr(headerLang)}" datatype="plaintext"/>\n` +
    '  <body>\n';
  return chunked(all, head, (unit) => tu(unit, headerLang), '  </body>\n</tmx>\n', options);
}
