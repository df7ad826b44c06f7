// The actions of the property test: how fast-check generates them (abstract picks, resolved against the model at
// run time so a shrunk sequence stays meaningful) and which API call and model rule each one becomes.
import fc from 'fast-check';
import type { LinkState } from '../../src/model';
import * as rule from './propertyRules';
import type { MDoc, MRow, MSentence, MState } from './propertyModel';

type Pick = number;
export type ImportFile =
  | { kind: 'fresh'; paragraphs: number[]; leftovers: boolean }
  | { kind: 'pair'; paragraphs: number[] }
  | { kind: 'again'; pick: Pick }
  | { kind: 'empty' };
export type EditText = 'new' | 'longer' | 'nfd' | 'empty' | 'same' | 'machine';

export type Action =
  | { kind: 'edit'; pick: Pick; text: EditText }
  | { kind: 'revert'; pick: Pick }
  | { kind: 'addTranslation'; pick: Pick; blank: boolean }
  | { kind: 'splitSentence'; pick: Pick; at: number }
  | { kind: 'join'; pick: Pick; other: Pick | null }
  | { kind: 'setState'; pick: Pick; count: number; state: LinkState; missing: boolean }
  | { kind: 'confirmThrough'; pick: Pick }
  | { kind: 'merge'; pick: Pick; count: number; gap: boolean }
  | { kind: 'splitRow'; pick: Pick; translation: number; original: number }
  | { kind: 'detach'; pick: Pick }
  | { kind: 'move'; pick: Pick; direction: 'up' | 'down'; original: boolean; edge: boolean }
  | { kind: 'annotate'; pick: Pick; start: number; length: number; overflow: boolean; category: string; severity: string }
  | { kind: 'updateAnnotation'; pick: Pick; span: [number, number] | null; severity: string | null; category: string | null; empty: boolean }
  | { kind: 'deleteAnnotation'; pick: Pick }
  | { kind: 'import'; files: ImportFile[] }
  | { kind: 'realign'; pick: Pick }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'restart' }
  | { kind: 'malformed'; which: number };

const SEVERITIES = ['neutral', 'minor', 'major', 'critical'];
const CATEGORIES = ['accuracy/mistranslation', 'fluency/grammar', '  style/awkward ', '   '];
const pick = fc.nat({ max: 10_000 });
/** True about once in `n` draws. */
const rarely = (n: number) => fc.nat({ max: n - 1 }).map((x) => x === 0);

export const actionArbitrary: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), pick, text: fc.constantFrom<EditText>('new', 'longer', 'nfd', 'empty', 'same', 'machine') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('revert' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addTranslation' as const), pick, blank: rarely(8) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('splitSentence' as const), pick, at: fc.nat({ max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('join' as const), pick, other: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: pick }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('setState' as const), pick, count: fc.integer({ min: 1, max: 3 }), state: fc.constantFrom<LinkState>('proposed', 'confirmed', 'rejected'), missing: rarely(8) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('confirmThrough' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('merge' as const), pick, count: fc.integer({ min: 2, max: 3 }), gap: rarely(6) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('splitRow' as const), pick, translation: fc.nat({ max: 3 }), original: fc.nat({ max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('detach' as const), pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('move' as const), pick, direction: fc.constantFrom<'up' | 'down'>('up', 'down'), original: fc.boolean(), edge: rarely(6).map((b) => !b) }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('annotate' as const), pick, start: fc.nat({ max: 200 }), length: fc.nat({ max: 200 }), overflow: rarely(8), category: fc.constantFrom(...CATEGORIES), severity: fc.constantFrom(...SEVERITIES) }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('updateAnnotation' as const),
      pick,
      span: fc.option(fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 200 }))),
      severity: fc.option(fc.constantFrom(...SEVERITIES)),
      category: fc.option(fc.constantFrom(...CATEGORIES)),
      empty: rarely(10),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteAnnotation' as const), pick }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      files: fc.array(
        fc.oneof(
          { weight: 4, arbitrary: fc.record({ kind: fc.constant('fresh' as const), paragraphs: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }), leftovers: fc.boolean() }) },
          { weight: 2, arbitrary: fc.record({ kind: fc.constant('pair' as const), paragraphs: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 }) }) },
          { weight: 2, arbitrary: fc.record({ kind: fc.constant('again' as const), pick }) },
          { weight: 1, arbitrary: fc.record({ kind: fc.constant('empty' as const) }) },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('realign' as const), pick }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('malformed' as const), which: fc.nat({ max: 7 }) }) },
);

/**
 * Most steps are single actions; some are a run of undos, then maybe a restart, then redos, so that redo is
 * exercised after more than one undo and across a restart.
 */
export const stepsArbitrary: fc.Arbitrary<Action[]> = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: actionArbitrary.map((a) => [a]) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.integer({ min: 1, max: 4 }))
          .map(([undos, restart, redos]): Action[] => [
            ...Array.from({ length: undos }, () => ({ kind: 'undo' as const })),
            ...(restart ? [{ kind: 'restart' as const }] : []),
            ...Array.from({ length: redos }, () => ({ kind: 'redo' as const })),
          ]),
      },
    ),
    { minLength: 5, maxLength: 40 },
  )
  .map((chunks) => chunks.flat());

/** A plain action as it goes to the API, and the rule that predicts its effect on the model. */
export interface Planned {
  method: string;
  args: unknown;
  /** Returns the history action name, or null for no change; throws rule.Refused when the API must refuse. */
  apply(state: MState, created: () => number): string | null;
}

const sentencesOf = (state: MState): Array<{ doc: MDoc; s: MSentence }> => state.docs.flatMap((doc) => doc.order.map((id) => ({ doc, s: doc.sentences[id]! })));
const rowsOf = (state: MState): Array<{ doc: MDoc; row: MRow; index: number }> => state.docs.flatMap((doc) => doc.rows.map((row, index) => ({ doc, row, index })));
const at = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);
const linkId = (row: MRow): number => row.linkId ?? 0;
/** Mostly one of the candidates an action can work on; one pick in five from all, so refusals stay covered. */
const choose = <T>(list: T[], useful: (item: T) => boolean, n: number): T | undefined => {
  const candidates = list.filter(useful);
  return at(candidates.length > 0 && n % 5 !== 0 ? candidates : list, Math.floor(n / 5));
};
const nextOnSide = (doc: MDoc, s: MSentence): MSentence | undefined => {
  const after = doc.order.slice(doc.order.indexOf(s.id) + 1).map((id) => doc.sentences[id]!);
  return after.find((x) => x.side === s.side);
};
const refusedAlways = () => {
  throw new rule.Refused('malformed argument');
};

function span(length: number, a: number, b: number, overflow: boolean): { start: number; end: number } {
  const start = a % (length + 1);
  return { start, end: overflow ? length + 1 : start + (b % (length - start + 1)) };
}

/** The API call for `action` against the current model state; null when there is nothing to act on. */
export function plan(state: MState, action: Exclude<Action, { kind: 'import' | 'realign' | 'undo' | 'redo' | 'restart' }>, step: number): Planned | null {
  const sentences = sentencesOf(state);
  const rows = rowsOf(state);
  const annotations = state.docs.flatMap((doc) => doc.annotations.map((a) => ({ doc, a })));
  switch (action.kind) {
    case 'edit': {
      const target = at(sentences, action.pick);
      if (!target) return null;
      const { s } = target;
      const texts: Record<EditText, string> = {
        new: `Neu ${step}.`,
        longer: `Ein längerer Satz mit mehreren Wörtern, geschrieben im Schritt ${step}.`,
        nfd: `Über Hà Nội ${step}`.normalize('NFD'),
        empty: '',
        same: s.current,
        machine: s.text,
      };
      const text = texts[action.text];
      return { method: 'sentence.edit', args: { sentenceId: s.id, text }, apply: (st) => rule.edit(st, s.id, text) };
    }
    case 'revert': {
      const target = choose(sentences, ({ s }) => s.current !== s.text, action.pick);
      return target ? { method: 'sentence.revert', args: { sentenceId: target.s.id }, apply: (st) => rule.revert(st, target.s.id) } : null;
    }
    case 'addTranslation': {
      const target = choose(rows, ({ doc, row }) => row.sentences.every((id) => doc.sentences[id]!.side === 'original'), action.pick);
      if (!target) return null;
      const text = action.blank ? '  ' : `Übersetzung ${step}.`;
      const id = linkId(target.row);
      return { method: 'sentence.addTranslation', args: { linkId: id, text }, apply: (st, created) => rule.addTranslation(st, id, text, created) };
    }
    case 'splitSentence': {
      const target = choose(sentences, ({ s }) => s.current === s.text, action.pick);
      if (!target || target.s.text.length < 2) return null;
      const offset = 1 + (action.at % (target.s.text.length - 1));
      return { method: 'sentence.split', args: { sentenceId: target.s.id, offset }, apply: (st, created) => rule.splitSentence(st, target.s.id, offset, created) };
    }
    case 'join': {
      const target = choose(sentences, ({ doc, s }) => nextOnSide(doc, s)?.block === s.block, action.pick);
      if (!target) return null;
      const { doc, s } = target;
      const second = action.other === null ? nextOnSide(doc, s)?.id : at(sentences, action.other)?.s.id;
      if (second === undefined) return null;
      return { method: 'sentence.join', args: { firstId: s.id, secondId: second }, apply: (st) => rule.join(st, s.id, second) };
    }
    case 'setState': {
      if (rows.length === 0) return null;
      const ids = Array.from({ length: action.count }, (_, k) => linkId(at(rows, action.pick + k)!.row));
      const linkIds = [...new Set(ids), ...(action.missing ? [987_654_321] : [])];
      return { method: 'links.setState', args: { linkIds, state: action.state }, apply: (st) => rule.setState(st, linkIds, action.state) };
    }
    case 'confirmThrough': {
      const target = at(rows, action.pick);
      return target ? { method: 'links.confirmThrough', args: { linkId: linkId(target.row) }, apply: (st) => rule.confirmThrough(st, linkId(target.row)) } : null;
    }
    case 'merge': {
      if (rows.length < 2) return null;
      const first = action.pick % rows.length;
      const linkIds = Array.from({ length: action.count }, (_, k) => linkId(at(rows, first + k * (action.gap ? 2 : 1))!.row));
      return { method: 'links.merge', args: { linkIds }, apply: (st) => rule.merge(st, linkIds) };
    }
    case 'splitRow': {
      const target = choose(rows, ({ row }) => row.sentences.length > 1, action.pick);
      if (!target) return null;
      const { translation, original } = action;
      return { method: 'links.split', args: { linkId: linkId(target.row), translation, original }, apply: (st) => rule.splitRow(st, linkId(target.row), translation, original) };
    }
    case 'detach': {
      const target = choose(sentences, ({ doc, s }) => doc.rows.find((r) => r.sentences.includes(s.id))!.sentences.length > 1, action.pick);
      return target ? { method: 'links.detach', args: { sentenceId: target.s.id }, apply: (st) => rule.detach(st, target.s.id) } : null;
    }
    case 'move': {
      const target = choose(rows, ({ doc, index }) => (action.direction === 'up' ? index > 0 : index < doc.rows.length - 1), action.pick);
      if (!target) return null;
      const side = action.original ? 'original' : 'translation';
      const members = target.row.sentences.map((id) => target.doc.sentences[id]!).filter((s) => s.side === side).sort((a, b) => target.doc.order.indexOf(a.id) - target.doc.order.indexOf(b.id));
      const chosen = action.edge ? (action.direction === 'up' ? members[0] : members[members.length - 1]) : at(members, action.pick);
      if (!chosen) return null;
      return { method: 'links.moveSentence', args: { sentenceId: chosen.id, direction: action.direction }, apply: (st) => rule.moveSentence(st, chosen.id, action.direction) };
    }
    case 'annotate': {
      const target = at(sentences, action.pick);
      if (!target) return null;
      const fields = { ...span(target.s.current.length, action.start, action.length, action.overflow), category: action.category, severity: action.severity, comment: `Anmerkung ${step}` };
      return { method: 'annotation.add', args: { sentenceId: target.s.id, ...fields }, apply: (st, created) => rule.annotate(st, target.s.id, fields, created) };
    }
    case 'updateAnnotation': {
      const target = at(annotations, action.pick);
      if (!target) return null;
      const length = target.doc.sentences[target.a.sentenceId]!.current.length;
      // A new comment in every update: updated_at has millisecond resolution, so an update changing nothing else
      // would record history or not depending on the clock.
      const patch: rule.AnnotationFields = action.empty
        ? {}
        : {
            ...(action.span ? span(length, action.span[0], action.span[1], false) : {}),
            ...(action.severity ? { severity: action.severity } : {}),
            ...(action.category ? { category: action.category } : {}),
            comment: `geändert ${step}`,
          };
      return { method: 'annotation.update', args: { id: target.a.id, ...patch }, apply: (st) => rule.updateAnnotation(st, target.a.id, patch) };
    }
    case 'deleteAnnotation': {
      const target = at(annotations, action.pick);
      return target ? { method: 'annotation.delete', args: { id: target.a.id }, apply: (st) => rule.deleteAnnotation(st, target.a.id) } : null;
    }
    case 'malformed':
      return malformed(action.which, sentences[0]?.s.id ?? 1, linkId(rows[0]?.row ?? { linkId: 1 } as MRow));
  }
}

/** Arguments the API's schema refuses (400 naming the field) before any handler runs. */
function malformed(which: number, sentenceId: number, link: number): Planned {
  const calls: Array<[string, unknown]> = [
    ['links.merge', { linkIds: [link] }],
    ['sentence.edit', { sentenceId: 0, text: 'x' }],
    ['annotation.add', { sentenceId, start: 3, end: 1, category: 'fluency/grammar', severity: 'minor' }],
    ['links.setState', { linkIds: [], state: 'confirmed' }],
    ['sentence.split', { sentenceId, offset: 0 }],
    ['history.undo', { extra: 1 }],
    ['links.split', { linkId: link, translation: -1, original: 0 }],
    ['annotation.update', { id: 'x' }],
  ];
  const [method, args] = calls[which % calls.length]!;
  return { method, args, apply: refusedAlways };
}
