// Project rows as corpus units (AlignedUnit): what export writes and what the review checks and scores.
// The one place where the app's sides get the file formats' names: the original becomes the unit's `source`,
// the translation its `target`. Several sentences of a side are joined with one space and their annotations
// shifted into the joined text. Imported units keep the ids their file gave them.
import type { AlignedUnit, UnitAnnotation } from '../formats/units';
import { BOILERPLATE_ROLES, type Role, type Side } from '../model';
import type { DocumentSummary, Project, UnitRow, UnitRowSentence } from '../store';

export interface UnitFilters {
  /** Only rows that pair real sentences (see isSentencePair): what training data should hold. */
  pairsOnly?: boolean;
  /** Only confirmed links. */
  confirmed?: boolean;
  /** Only links scored at least this (links without a score are left out when set). */
  minScore?: number;
  /** Only units of these roles. */
  roles?: readonly Role[];
  /** Only these documents (the ids corpus.list gives). */
  pages?: readonly number[];
}

/** Where a unit's row is, for jumping to it. */
export interface UnitPlace {
  documentId: number;
  index: number;
  linkId: number;
}

export interface ProjectUnit {
  unit: AlignedUnit;
  place: UnitPlace;
  /** The page kind: in a single page the original side is text left in the translated page. */
  inPage: boolean;
  /** The database ids of the row's sentences. */
  sentenceIds: number[];
}

/** A unit's texts under the app's side names (the way back from the format's names). */
export function sideTexts(unit: AlignedUnit): Record<Side, string> {
  return { original: unit.source.text, translation: unit.target.text };
}

function joinSide(sentences: UnitRowSentence[], side: UnitAnnotation['side']): { text: string; machine: string; edited: boolean; annotations: UnitAnnotation[] } {
  let text = '';
  let machine = '';
  let edited = false;
  const annotations: UnitAnnotation[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) {
      text += ' ';
      machine += ' ';
    }
    for (const a of s.annotations) annotations.push({ side, start: text.length + a.start, end: text.length + a.end, category: a.category, severity: a.severity, comment: a.comment });
    text += s.text;
    machine += s.machineText;
    edited ||= s.edited;
  });
  return { text, machine, edited, annotations };
}

export function rowToUnit(row: UnitRow, doc: Pick<DocumentSummary, 'id' | 'file' | 'languages'>): AlignedUnit {
  const original = row.sentences.filter((s) => s.side === 'original');
  const translation = row.sentences.filter((s) => s.side === 'translation');
  const source = joinSide(original, 'source');
  const target = joinSide(translation, 'target');
  const ext = row.external;
  return {
    id: ext?.id ?? `${doc.id}:${row.linkId}`,
    docId: ext?.docId ?? String(doc.id),
    file: ext?.file ?? doc.file,
    role: ext ? ext.role : (translation[0]?.role ?? original[0]?.role ?? null),
    source: { lang: ext?.sourceLang ?? doc.languages.original, text: source.text },
    target: { lang: ext?.targetLang ?? doc.languages.translation, text: target.text },
    machineTarget: target.edited ? target.machine : null,
    state: row.state,
    origin: row.origin,
    score: row.score,
    annotations: [...source.annotations, ...target.annotations],
  };
}

/** A row that pairs real sentences: text on both sides, and not page furniture (site line, ads, navigation…). */
export function isSentencePair(unit: AlignedUnit): boolean {
  return unit.source.text.trim() !== '' && unit.target.text.trim() !== '' && !(unit.role !== null && BOILERPLATE_ROLES.has(unit.role));
}

function passes(unit: AlignedUnit, filters: UnitFilters): boolean {
  if (filters.pairsOnly && !isSentencePair(unit)) return false;
  if (filters.confirmed && unit.state !== 'confirmed') return false;
  if (filters.minScore !== undefined && (unit.score === null || unit.score < filters.minScore)) return false;
  if (filters.roles && filters.roles.length > 0 && (unit.role === null || !filters.roles.includes(unit.role))) return false;
  return true;
}

/** The documents the filters select, in corpus order. */
export function selectedDocuments(project: Project, filters: UnitFilters = {}): DocumentSummary[] {
  const docs = project.listDocuments();
  if (!filters.pages || filters.pages.length === 0) return docs;
  const wanted = new Set(filters.pages);
  return docs.filter((d) => wanted.has(d.id) || (d.sourceDocument !== null && wanted.has(d.sourceDocument.id)));
}

// The background review reads the same kept row objects after every action: their units are kept with them (by
// the row object, so rows read afresh are never found again and go with their rows), and a run builds units only
// for the rows that changed. Nothing changes a ProjectUnit once made.
const unitsOfRows = new WeakMap<UnitRow, { doc: string; unit: ProjectUnit }>();

/** Units of the project, document by document (one document's rows in memory at a time). */
export function* projectUnits(project: Project, filters: UnitFilters = {}): Generator<ProjectUnit> {
  for (const doc of selectedDocuments(project, filters)) {
    const docKey = JSON.stringify([doc.id, doc.kind, doc.file, doc.languages.original, doc.languages.translation]);
    for (const row of project.unitRows(doc.id)) {
      let kept = unitsOfRows.get(row);
      if (kept?.doc !== docKey) {
        const unit = rowToUnit(row, doc);
        kept = { doc: docKey, unit: { unit, place: { documentId: doc.id, index: row.index, linkId: row.linkId }, inPage: doc.kind === 'page' && row.external === null, sentenceIds: row.sentences.map((s) => s.id) } };
        unitsOfRows.set(row, kept);
      }
      if (!passes(kept.unit.unit, filters)) continue;
      yield kept.unit;
    }
  }
}
