// The unit of a reviewed aligned corpus: one link between source and target sentences, as exported and imported.
// Plain JSON so it can cross the API, a worker boundary or a JSONL line unchanged.
import { MQM_SEVERITIES, ROLES, type LinkOrigin, type LinkState, type MqmSeverity, type Role } from '../model';
import { FormatError } from './errors';

export interface UnitAnnotation {
  side: 'source' | 'target';
  /** UTF-16 offsets into that side's text. */
  start: number;
  end: number;
  category: string;
  severity: MqmSeverity;
  comment: string;
}

export interface AlignedUnit {
  /** Stable link id. */
  id: string;
  /** The page the unit comes from. */
  docId: string;
  file: string;
  role: Role | null;
  /** The original (e.g. `vi`). */
  source: { lang: string; text: string };
  /** The translation as it stands now (e.g. `de`), possibly fixed by a person. */
  target: { lang: string; text: string };
  /** The machine translation before any fix; null when the target was never changed. */
  machineTarget: string | null;
  state: LinkState;
  origin: LinkOrigin;
  /** 0..1 alignment confidence; null when unknown (e.g. imported from a plain TM). */
  score: number | null;
  annotations: UnitAnnotation[];
}

const STATES: readonly LinkState[] = ['proposed', 'confirmed', 'rejected'];
const ORIGINS: readonly LinkOrigin[] = ['auto', 'manual'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `value` is a well-formed unit and returns it as one (the same object, typed).
 * `where` names the place for the error message, e.g. `corpus.jsonl line 12` (a function when costly to build).
 */
export function validateUnit(value: unknown, where: string | (() => string), format = 'unit'): AlignedUnit {
  const fail = (field: string, what: string): never => {
    throw new FormatError(format, `${typeof where === 'string' ? where : where()}: field "${field}" ${what}`);
  };
  if (!isRecord(value)) return fail('(unit)', 'must be an object');
  for (const key of ['id', 'docId', 'file'] as const) {
    if (typeof value[key] !== 'string') fail(key, 'must be a string');
  }
  if (value.id === '') fail('id', 'must not be empty');
  if (value.role !== null && !(ROLES as readonly unknown[]).includes(value.role)) fail('role', `must be null or one of ${ROLES.join(', ')}`);
  for (const side of ['source', 'target'] as const) {
    const s = value[side];
    if (!isRecord(s) || typeof s.lang !== 'string' || typeof s.text !== 'string') fail(side, 'must be { lang: string, text: string }');
  }
  if (value.machineTarget !== null && typeof value.machineTarget !== 'string') fail('machineTarget', 'must be a string or null');
  if (!(STATES as readonly unknown[]).includes(value.state)) fail('state', `must be one of ${STATES.join(', ')}`);
  if (!(ORIGINS as readonly unknown[]).includes(value.origin)) fail('origin', `must be one of ${ORIGINS.join(', ')}`);
  if (value.score !== null && (typeof value.score !== 'number' || !Number.isFinite(value.score))) fail('score', 'must be a finite number or null');
  if (!Array.isArray(value.annotations)) return fail('annotations', 'must be an array');
  value.annotations.forEach((a: unknown, i: number) => validateAnnotation(a, `annotations[${i}]`, fail));
  return value as unknown as AlignedUnit;
}

function validateAnnotation(a: unknown, field: string, fail: (field: string, what: string) => never): void {
  if (!isRecord(a)) return fail(field, 'must be an object');
  if (a.side !== 'source' && a.side !== 'target') fail(`${field}.side`, 'must be "source" or "target"');
  if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || (a.start as number) < 0 || (a.end as number) < (a.start as number)) {
    fail(`${field}.start/end`, 'must be integers with 0 <= start <= end');
  }
  if (typeof a.category !== 'string') fail(`${field}.category`, 'must be a string');
  if (!(MQM_SEVERITIES as readonly unknown[]).includes(a.severity)) fail(`${field}.severity`, `must be one of ${MQM_SEVERITIES.join(', ')}`);
  if (typeof a.comment !== 'string') fail(`${field}.comment`, 'must be a string');
}

/** The unit as an object with its keys in one fixed order, so that serialisations are byte-stable. */
export function canonicalUnit(u: AlignedUnit): AlignedUnit {
  return {
    id: u.id,
    docId: u.docId,
    file: u.file,
    role: u.role,
    source: { lang: u.source.lang, text: u.source.text },
    target: { lang: u.target.lang, text: u.target.text },
    machineTarget: u.machineTarget,
    state: u.state,
    origin: u.origin,
    score: u.score,
    annotations: u.annotations.map(canonicalAnnotation),
  };
}

export function canonicalAnnotation(a: UnitAnnotation): UnitAnnotation {
  return { side: a.side, start: a.start, end: a.end, category: a.category, severity: a.severity, comment: a.comment };
}
