// Runs the checks of the catalogue over aligned units (`checkUnits`) or over plain page text (`checkTexts`, for
// `bitext qa FILE…`), applies severities, switches and remembered ignores, and returns findings in text order.
// Units are the exchange type, whose `source` is the original and `target` the translation; findings name the
// sides as the rest of the app does.
import type { AlignedUnit } from '../formats/units';
import type { Side } from '../model';
import { effectiveChecks, type CheckConfig } from './catalog';
import { makeFinding, sortFindings, withoutIgnored, type CheckSeverity, type Finding } from './findings';
import { findLeftovers } from './leftovers';
import { capitalisedRuns, keyedNames, nameVariantsOf, type KeyedName, type NameText } from './names';
import { corpusPairChecks, unitPairChecks, type LengthNorm, type PairFacts } from './pairChecks';
import { boilerplate, doubledWords, spaceBeforePunctuation, unpairedBrackets, unpairedQuotes, type Unpaired } from './textChecks';

export interface CheckOptions {
  /** Severity overrides and switched-off checks. */
  config?: CheckConfig;
  /** ignoreKeys a person chose to ignore. */
  ignored?: Iterable<string>;
  /** Length-ratio norm to use instead of the one estimated from the corpus (or the default for small corpora). */
  lengthNorm?: LengthNorm;
  /**
   * Units whose original side is text left inside the translated page (a single page's leftover lines, linked to
   * the German they correspond to): that text is reported as untranslated, on the original side.
   */
  originalInPage?: (unit: AlignedUnit) => boolean;
}

/** One page of plain text: the translated sentences (or lines) in reading order. */
export interface TextDoc {
  docId: string;
  /** Language of the text (e.g. `de`). */
  lang: string;
  /** Language it was translated from (e.g. `vi`), for leftovers; omit to skip that check. */
  originalLang?: string;
  segments: Array<{ id: string; text: string }>;
}

const EMPTY_SIDE_CHECKS = new Set(['empty-source', 'empty-translation']);

type Emit = (check: string, unitId: string, side: Side, text: string, start: number, end: number, message: string) => void;

function emitter(config: CheckConfig | undefined, out: Finding[]): Emit {
  const checks = effectiveChecks(config);
  return (check, unitId, side, text, start, end, message) => {
    const c = checks.get(check);
    if (!c || !c.enabled) return;
    out.push(makeFinding(check, c.severity as CheckSeverity, unitId, side, text, start, end, message));
  };
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Checks that read one text alone. */
function singleTextChecks(emit: Emit, id: string, side: Side, text: string, lang: string, originalLang: string | undefined): void {
  if (originalLang) {
    for (const l of findLeftovers(text, originalLang, lang)) {
      const excerpt = text.slice(l.start, l.end);
      emit('leftover-source', id, side, text, l.start, l.end, `${languageName(originalLang)} left untranslated: "${excerpt.length > 60 ? excerpt.slice(0, 57) + '…' : excerpt}"`);
    }
  }
  for (const s of spaceBeforePunctuation(text, lang)) emit('space-before-punctuation', id, side, text, s.start, s.end, s.message);
  for (const s of doubledWords(text, lang)) emit('doubled-word', id, side, text, s.start, s.end, s.message);
  for (const s of boilerplate(text)) emit('boilerplate', id, side, text, s.start, s.end, s.message);
}

/** A text's quotes and brackets without a partner inside it: what the neighbour matching needs of it. */
export interface LooseMarks {
  quotes: Unpaired[];
  brackets: Unpaired[];
}

export function looseMarks(text: string, lang: string): LooseMarks {
  return { quotes: unpairedQuotes(text, lang), brackets: unpairedBrackets(text, lang) };
}

/**
 * Quotes and brackets often open in one sentence and close in a later one; a mark is reported only when no
 * partner is left unpaired in the three neighbouring texts of the same page. `marks[i]` is looseMarks of `items[i]`.
 */
function pairingChecks(emit: Emit, items: ReadonlyArray<{ id: string; docId: string }>, textOf: (i: number) => string, marks: readonly LooseMarks[], side: Side): void {
  // Most texts have no loose mark at all: only those take part.
  const marked: number[] = [];
  marks.forEach((m, i) => {
    if (m.quotes.length > 0 || m.brackets.length > 0) marked.push(i);
  });
  for (const [check, kind] of [
    ['unbalanced-quotes', 'quotes'],
    ['unbalanced-brackets', 'brackets'],
  ] as const) {
    const matched = new Set<Unpaired>();
    for (const i of marked) {
      for (const u of marks[i]![kind]) {
        if (!u.opens || matched.has(u)) continue;
        for (let j = i + 1; j <= i + 3 && j < items.length && items[j]?.docId === items[i]?.docId; j++) {
          const partner = marks[j]![kind].find((v) => !v.opens && !matched.has(v) && u.partners.includes(v.mark));
          if (partner) {
            matched.add(u).add(partner);
            break;
          }
        }
      }
    }
    for (const i of marked) for (const u of marks[i]![kind]) if (!matched.has(u)) emit(check, items[i]!.id, side, textOf(i), u.start, u.end, u.message);
  }
}

function nameChecks(emit: Emit, texts: NameText[], names: readonly (readonly KeyedName[])[], textOf: (unitId: string) => string, side: Side, attested?: Set<string>): void {
  for (const g of nameVariantsOf(texts, names, attested)) {
    const main = g.variants[0]!;
    const mainSpelling = main.surface.toLowerCase();
    for (const o of g.occurrences) {
      if (o.surface.toLowerCase() === mainSpelling) continue;
      const samePage = main.docs.includes(o.docId);
      const where = samePage ? 'in this page' : `in ${main.docs.length} other page${main.docs.length === 1 ? '' : 's'}`;
      emit('name-variant', o.unitId, side, textOf(o.unitId), o.start, o.end, `"${o.surface}" is also written "${main.surface}" (${main.count}×) ${where}`);
    }
  }
}

function leftoversInOriginal(emit: Emit, u: AlignedUnit): void {
  for (const l of findLeftovers(u.source.text, u.source.lang, u.target.lang)) {
    const excerpt = u.source.text.slice(l.start, l.end);
    emit('leftover-source', u.id, 'original', u.source.text, l.start, l.end, `${languageName(u.source.lang)} left untranslated in the page: "${excerpt.length > 60 ? excerpt.slice(0, 57) + '…' : excerpt}"`);
  }
}

/**
 * What the checks get from one unit alone: the findings of its row-local checks, and what the corpus-level checks
 * (quotes across neighbours, name spellings, length norm, consistency) need of it. A pure function of the unit's
 * id, texts, languages and whether its original is text left in the page, so it can be kept while those stay.
 */
export interface UnitChecks {
  findings: Finding[];
  marks: LooseMarks;
  names: KeyedName[];
  /** Single-word names of the original, which vouch for spellings of the translation one edit away. */
  attested: string[];
  pair: PairFacts;
}

/** The row-local checks of one unit (see UnitChecks); `config` decides severities and switched-off checks. */
export function unitChecks(u: AlignedUnit, config: CheckConfig | undefined, originalInPage: boolean): UnitChecks {
  const findings: Finding[] = [];
  const emit = emitter(config, findings);
  singleTextChecks(emit, u.id, 'translation', u.target.text, u.target.lang, u.source.lang);
  if (originalInPage) leftoversInOriginal(emit, u);
  for (const s of boilerplate(u.source.text)) emit('boilerplate', u.id, 'original', u.source.text, s.start, s.end, s.message);
  const pair = unitPairChecks(u, emit);
  // In a single page most German sentences have no Vietnamese beside them, and a leftover without German is
  // already reported as untranslated: an empty side there is the page's normal shape, not a finding.
  const kept = originalInPage ? findings.filter((f) => !EMPTY_SIDE_CHECKS.has(f.check)) : findings;
  const attested: string[] = [];
  for (const r of capitalisedRuns(u.source.text)) if (!r.surface.includes(' ')) attested.push(r.surface);
  return { findings: kept, marks: looseMarks(u.target.text, u.target.lang), names: keyedNames(u.target.text), attested, pair };
}

/** The findings of the whole selection from each unit's UnitChecks (`checks[i]` is of `units[i]`): the cheap part. */
export function combineChecks(units: readonly AlignedUnit[], checks: readonly UnitChecks[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  for (const c of checks) for (const f of c.findings) out.push(f);
  const emit = emitter(options.config, out);
  const order = new Map(units.map((u, i) => [u.id, i]));
  pairingChecks(emit, units, (i) => units[i]!.target.text, checks.map((c) => c.marks), 'translation');
  const attested = new Set<string>();
  for (const c of checks) for (const a of c.attested) attested.add(a);
  nameChecks(
    emit,
    units.map((u) => ({ unitId: u.id, docId: u.docId, text: u.target.text })),
    checks.map((c) => c.names),
    (unitId) => units[order.get(unitId) ?? -1]?.target.text ?? '',
    'translation',
    attested,
  );
  corpusPairChecks(units, checks.map((c) => c.pair), emit, options.lengthNorm);
  return sortFindings(withoutIgnored(out, options.ignored ?? []), order);
}

/** All checks over aligned units; corpus-level checks compare the units with each other. */
export function checkUnits(units: readonly AlignedUnit[], options: CheckOptions = {}): Finding[] {
  const inPage = options.originalInPage ?? (() => false);
  return combineChecks(units, units.map((u) => unitChecks(u, options.config, inPage(u))), options);
}

/**
 * Text of a page that is in no row (an ad marker or navigation line between paragraphs, which the reader kept as
 * a block without sentences): reported against the row it stands before, with offsets into its own text.
 */
export function checkStrayTexts(items: ReadonlyArray<{ unitId: string; text: string }>, options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  const emit = emitter(options.config, out);
  for (const it of items) for (const s of boilerplate(it.text)) emit('boilerplate', it.unitId, 'translation', it.text, s.start, s.end, `${s.message} (between the rows)`);
  return withoutIgnored(out, options.ignored ?? []);
}

/** Monolingual checks over pages of plain text (sentences or lines), for `bitext qa FILE…`. */
export function checkTexts(docs: readonly TextDoc[], options: CheckOptions = {}): Finding[] {
  const out: Finding[] = [];
  const emit = emitter(options.config, out);
  const items = docs.flatMap((d) => d.segments.map((s) => ({ id: s.id, docId: d.docId, text: s.text, lang: d.lang })));
  for (const d of docs) for (const s of d.segments) singleTextChecks(emit, s.id, 'translation', s.text, d.lang, d.originalLang);
  pairingChecks(emit, items, (i) => items[i]!.text, items.map((it) => looseMarks(it.text, it.lang)), 'translation');
  const textOf = new Map(items.map((it) => [it.id, it.text]));
  nameChecks(
    emit,
    items.map((it) => ({ unitId: it.id, docId: it.docId, text: it.text })),
    items.map((it) => keyedNames(it.text)),
    (unitId) => textOf.get(unitId) ?? '',
    'translation',
  );
  const order = new Map(items.map((it, i) => [it.id, i]));
  return sortFindings(withoutIgnored(out, options.ignored ?? []), order);
}

/** Segments from the lines of a page: ids `<docId>:<line>` (1-based), blank lines skipped. */
export function segmentsFromLines(docId: string, text: string): TextDoc['segments'] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line, i) => ({ id: `${docId}:${i + 1}`, text: line }))
    .filter((s) => s.text.trim() !== '');
}
