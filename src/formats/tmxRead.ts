// TMX reader (1.4; 1.1–1.3 files that use the same elements read too). Takes the link data from bitext's own
// properties when present and sensible defaults otherwise, so a TM from any CAT tool imports as proposed units.
import { ROLES, type Role } from '../model';
import { FormatError, placeText } from './errors';
import { TMX_CP_TYPE, TMX_PROP } from './tmxWrite';
import { isLanguageTag, validateUnit, type AlignedUnit, type UnitAnnotation } from './units';
import { walkXml, XmlSyntaxError, type XmlReadOptions } from './xmlEvents';

interface Tuv {
  lang: string;
  text: string;
}
interface TuDraft {
  line: number;
  column: number;
  tuid: string | undefined;
  srclang: string | undefined;
  props: Array<{ type: string; value: string }>;
  tuvs: Tuv[];
}

// Inline codes whose content is native markup of the original document, not text.
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

export interface TmxReadOptions extends XmlReadOptions {
  /**
   * The languages wanted, the translation's first, for units that hold more than two (a multilingual memory, say
   * English, German and Vietnamese): the source is the srclang <tuv> when it is in one of them, else the first in
   * one of the others; the target is the first other <tuv> in one of them, in this order. Without them, or when a
   * unit has none of them, the srclang <tuv> is the source and the first in another language the target.
   */
  targets?: readonly string[];
}

/** Reads TMX text; `options.file` is named in every error. */
export function readTmx(xml: string, options: TmxReadOptions = {}): AlignedUnit[] {
  const units: AlignedUnit[] = [];
  const { file } = options;
  let headerLang: string | undefined;
  let tu: TuDraft | null = null;
  let tuv: Tuv | null = null;
  let inSeg = false;
  let propType: string | null = null;
  let propText = '';
  // Inside an inline code: its depth and, for our own code points, the collected hex.
  let codeDepth = 0;
  let cpHex: string | null = null;
  try {
    walkXml(xml, (t) => {
      if (t.kind === 'text') {
        if (propType !== null) propText += t.text;
        else if (cpHex !== null) cpHex += t.text;
        else if (inSeg && codeDepth === 0 && tuv) tuv.text += t.text;
        return;
      }
      if (t.kind === 'open') {
        if (inSeg) {
          if (codeDepth > 0 || CODE_ELEMENTS.has(t.name)) {
            codeDepth++;
            if (codeDepth === 1 && t.name === 'ph' && t.attrs.type?.value === TMX_CP_TYPE) cpHex = '';
          }
          return;
        }
        switch (t.name) {
          case 'header':
            headerLang = t.attrs.srclang?.value;
            break;
          case 'tu':
            tu = { line: t.line, column: t.column, tuid: t.attrs.tuid?.value, srclang: t.attrs.srclang?.value, props: [], tuvs: [] };
            break;
          case 'prop':
            if (tu && !tuv) {
              propType = t.attrs.type?.value ?? '';
              propText = '';
            }
            break;
          case 'tuv':
            if (tu) tuv = { lang: (t.attrs['xml:lang'] ?? t.attrs.lang)?.value ?? '', text: '' };
            break;
          case 'seg':
            inSeg = tuv !== null;
            break;
        }
        return;
      }
      // close
      if (inSeg && codeDepth > 0) {
        codeDepth--;
        if (codeDepth === 0 && cpHex !== null) {
          if (!/^[0-9A-Fa-f]{1,4}$/.test(cpHex.trim())) {
            throw new FormatError('TMX', `${placeText(file, t.line)}: <ph type="${TMX_CP_TYPE}"> must hold 1-4 hex digits, not "${cpHex}"`, t.line, t.column, file ?? null);
          }
          if (tuv) tuv.text += String.fromCharCode(parseInt(cpHex, 16));
          cpHex = null;
        }
        return;
      }
      if (t.name === 'seg') inSeg = false;
      else if (t.name === 'prop' && propType !== null) {
        tu?.props.push({ type: propType, value: propText });
        propType = null;
      } else if (t.name === 'tuv' && tuv) {
        tu?.tuvs.push(tuv);
        tuv = null;
      } else if (t.name === 'tu' && tu) {
        units.push(unitFromTu(tu, headerLang, units.length, file, options.targets ?? []));
        tu = null;
      }
    }, options);
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new FormatError('TMX', `${placeText(file, e.line, e.column)}: not well-formed XML: ${e.reason}`, e.line, e.column, file ?? null);
    throw e;
  }
  return units;
}

const primary = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/** Which <tuv> of a unit is the target: one in a wanted language, else the first in another language than the source. */
function targetIndex(tuvs: readonly Tuv[], si: number, wanted: readonly string[]): number {
  const langOf = (k: number): string => primary(tuvs[k]?.lang ?? '');
  const sourceLang = langOf(si);
  const others = tuvs.map((_, k) => k).filter((k) => k !== si && langOf(k) !== sourceLang && isLanguageTag(tuvs[k]?.lang ?? ''));
  for (const want of wanted) {
    const k = others.find((o) => langOf(o) === primary(want));
    if (k !== undefined) return k;
  }
  return others[0] ?? (si === 0 ? 1 : 0);
}

function unitFromTu(tu: TuDraft, headerLang: string | undefined, index: number, file: string | undefined, wanted: readonly string[]): AlignedUnit {
  const where = (): string => `${placeText(file, tu.line)} (tu ${tu.tuid ?? index + 1})`;
  const fail = (what: string): never => {
    throw new FormatError('TMX', `${where()}: ${what}`, tu.line, tu.column, file ?? null);
  };
  if (tu.tuvs.length < 2) fail(`a translation unit needs two <tuv> (source and target), found ${tu.tuvs.length}`);
  // The first two must name their languages; further ones without a usable language are passed over.
  tu.tuvs.slice(0, 2).forEach((v, i) => {
    const which = i === 0 ? 'first' : 'second';
    if (v.lang === '') fail(`the ${which} <tuv> has no xml:lang; give each <tuv> a language such as xml:lang="de"`);
    if (!isLanguageTag(v.lang)) fail(`the ${which} <tuv> has xml:lang "${v.lang}", which is not a language code such as "de" or "vi"; fix it`);
  });
  const srcLang = (tu.srclang ?? headerLang ?? '').toLowerCase();
  let si = tu.tuvs.findIndex((v) => v.lang.toLowerCase() === srcLang);
  // A multilingual unit whose source is none of the wanted languages (an English memory, or srclang="*all*"):
  // the source is the first <tuv> in one of them after the first, which is the translation's.
  if (tu.tuvs.length > 2 && wanted.length > 0 && !wanted.some((w) => primary(w) === primary(tu.tuvs[si]?.lang ?? ''))) {
    const original = tu.tuvs.findIndex((v) => isLanguageTag(v.lang) && wanted.slice(1).some((w) => primary(w) === primary(v.lang)));
    if (original !== -1) si = original;
  }
  if (si === -1) si = 0;
  const ti = targetIndex(tu.tuvs, si, wanted);
  const source = tu.tuvs[si] as Tuv;
  const target = tu.tuvs[ti] as Tuv;
  const props = new Map<string, string>();
  const annotations: UnitAnnotation[] = [];
  const json = (type: string, value: string): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      return fail(`<prop type="${type}"> must hold JSON, found "${value.slice(0, 40)}"`);
    }
  };
  for (const p of tu.props) {
    if (p.type === TMX_PROP.annotation) annotations.push(json(p.type, p.value) as UnitAnnotation);
    else if (!props.has(p.type)) props.set(p.type, p.value);
  }
  const role = props.get(TMX_PROP.role);
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) fail(`unknown role "${role}"`);
  const scoreText = props.get(TMX_PROP.score);
  const score = scoreText === undefined ? null : Number(scoreText);
  if (score !== null && (scoreText?.trim() === '' || !Number.isFinite(score))) fail(`score "${scoreText}" is not a number`);
  const machine = props.get(TMX_PROP.machineTarget);
  const unit = {
    id: tu.tuid ?? `tu${index + 1}`,
    docId: props.get(TMX_PROP.doc) ?? '',
    file: props.get(TMX_PROP.file) ?? '',
    role: (role as Role | undefined) ?? null,
    source: { lang: source.lang, text: source.text },
    target: { lang: target.lang, text: target.text },
    machineTarget: machine === undefined ? null : json(TMX_PROP.machineTarget, machine),
    state: props.get(TMX_PROP.state) ?? 'proposed',
    origin: props.get(TMX_PROP.origin) ?? 'auto',
    score,
    annotations,
  };
  return validateUnit(unit, where, 'TMX', tu.line);
}
