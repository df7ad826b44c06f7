// XLIFF 2.x reader. Prefers bitext's own metadata; files from other tools import with their unit ids, the
// <file original> as the page, segments joined per unit, and the segment state mapped to a link state.
import { ROLES, type LinkState, type Role } from '../model';
import { FormatError, placeText } from './errors';
import { isLanguageTag, validateUnit, type AlignedUnit, type UnitAnnotation } from './units';
import { XLIFF_GROUP } from './xliffWrite';
import { walkXml, XmlSyntaxError, type XmlAttributes, type XmlReadOptions } from './xmlEvents';

interface UnitDraft {
  line: number;
  column: number;
  id: string;
  meta: Array<{ type: string; value: string }>;
  source: string;
  target: string;
  segmentState: string | undefined;
}

// Inline elements with no text of their own (placeholders and span boundaries).
const EMPTY_INLINE = new Set(['ph', 'sc', 'ec', 'sm', 'em']);

/** Reads XLIFF 2.x text; `options.file` is named in every error. */
export function readXliff(xml: string, options: XmlReadOptions = {}): AlignedUnit[] {
  const units: AlignedUnit[] = [];
  const { file } = options;
  const fail = (what: string, at: { line: number; column: number }): never => {
    throw new FormatError('XLIFF', `${placeText(file, at.line)}: ${what}`, at.line, at.column, file ?? null);
  };
  let langs = { src: '', tgt: '' };
  let page = { original: '', docId: '' };
  let unit: UnitDraft | null = null;
  let side: 'source' | 'target' | null = null;
  let group: string | null = null;
  let metaType: string | null = null;
  let metaText = '';
  try {
    walkXml(xml, (t) => {
      if (t.kind === 'text') {
        if (metaType !== null) metaText += t.text;
        else if (side && unit) unit[side] += t.text;
        return;
      }
      // Local names: files from other tools put the XLIFF namespace on a prefix or on none at all.
      const name = t.local;
      if (t.kind === 'open') {
        if (side && unit) {
          if (name === 'cp') {
            const hex = t.attrs.hex?.value ?? '';
            if (!/^[0-9A-Fa-f]{1,6}$/.test(hex)) fail(`<cp hex="${hex}"> needs a hexadecimal code point`, t);
            const code = parseInt(hex, 16);
            if (code > 0x10ffff) fail(`<cp hex="${hex}"> is beyond U+10FFFF, the last Unicode code point; fix or remove it`, t);
            unit[side] += code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
          } else if (!EMPTY_INLINE.has(name) && name !== 'pc' && name !== 'mrk') {
            fail(`unexpected <${t.name}> inside <${side}>`, t);
          }
          return;
        }
        switch (name) {
          case 'xliff':
            if (!(t.attrs.version?.value ?? '').startsWith('2.')) {
              throw new FormatError('XLIFF', `${file === undefined ? '' : `${file}: `}this reads XLIFF 2.x; the file says version "${t.attrs.version?.value ?? ''}" (convert 1.2 files first)`, t.line, t.column, file ?? null);
            }
            langs = { src: fileLanguage(t.attrs, 'srcLang', (what) => fail(what, t)), tgt: fileLanguage(t.attrs, 'trgLang', (what) => fail(what, t)) };
            break;
          case 'file':
            page = { original: t.attrs.original?.value ?? '', docId: t.attrs.id?.value ?? '' };
            break;
          case 'unit':
            unit = { line: t.line, column: t.column, id: t.attrs.id?.value ?? '', meta: [], source: '', target: '', segmentState: undefined };
            break;
          case 'segment':
            if (unit && unit.segmentState === undefined) unit.segmentState = t.attrs.state?.value ?? 'initial';
            break;
          case 'source':
          case 'target':
            if (unit) side = name;
            break;
          case 'metaGroup':
            group = t.attrs.category?.value ?? '';
            break;
          case 'meta':
            metaType = t.attrs.type?.value ?? '';
            metaText = '';
            break;
        }
        return;
      }
      if (name === 'source' || name === 'target') side = null;
      else if (name === 'meta' && metaType !== null) {
        if (group === XLIFF_GROUP.document && !unit && metaType === 'docId') page.docId = metaText;
        else if (group === XLIFF_GROUP.unit && unit) unit.meta.push({ type: metaType, value: metaText });
        metaType = null;
      } else if (name === 'metaGroup') group = null;
      else if (name === 'unit' && unit) {
        units.push(unitFromDraft(unit, page, langs, file));
        unit = null;
      }
    }, options);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new FormatError('XLIFF', `${placeText(file, e.line, e.column)}: not well-formed XML: ${e.reason}`, e.line, e.column, file ?? null);
    throw e;
  }
  return units;
}

/** The file's language pair: both are needed, since every unit is exported with them. */
function fileLanguage(attrs: XmlAttributes, name: 'srcLang' | 'trgLang', fail: (what: string) => never): string {
  const value = attrs[name]?.value;
  const example = name === 'srcLang' ? 'vi' : 'de';
  if (value === undefined) return fail(`<xliff> has no ${name}; add ${name}="${example}" (the ${name === 'srcLang' ? 'source' : 'target'} language) and import again`);
  if (!isLanguageTag(value)) return fail(`${name} "${value}" is not a language code such as "${example}"; fix it and import again`);
  return value;
}

function unitFromDraft(d: UnitDraft, page: { original: string; docId: string }, langs: { src: string; tgt: string }, file: string | undefined): AlignedUnit {
  const where = (): string => `${placeText(file, d.line)} (unit ${d.id})`;
  const fail = (what: string): never => {
    throw new FormatError('XLIFF', `${where()}: ${what}`, d.line, d.column, file ?? null);
  };
  const meta = new Map<string, string>();
  const annotations: UnitAnnotation[] = [];
  const json = (type: string, value: string): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      return fail(`<mda:meta type="${type}"> must hold JSON, found "${value.slice(0, 40)}"`);
    }
  };
  for (const m of d.meta) {
    if (m.type === 'annotation') annotations.push(json(m.type, m.value) as UnitAnnotation);
    else if (!meta.has(m.type)) meta.set(m.type, m.value);
  }
  const role = meta.get('role');
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) fail(`unknown role "${role}"`);
  const scoreText = meta.get('score');
  const score = scoreText === undefined ? null : Number(scoreText);
  if (score !== null && (scoreText?.trim() === '' || !Number.isFinite(score))) fail(`score "${scoreText}" is not a number`);
  const fallbackState: LinkState = d.segmentState === 'final' || d.segmentState === 'reviewed' ? 'confirmed' : 'proposed';
  const machine = meta.get('machineTarget');
  return validateUnit(
    {
      id: meta.get('id') ?? d.id,
      docId: page.docId,
      file: page.original,
      role: (role as Role | undefined) ?? null,
      source: { lang: langs.src, text: d.source },
      target: { lang: langs.tgt, text: d.target },
      machineTarget: machine === undefined ? null : json('machineTarget', machine),
      state: meta.get('state') ?? fallbackState,
      origin: meta.get('origin') ?? 'auto',
      score,
      annotations,
    },
    where,
    'XLIFF',
    d.line,
  );
}
