// What a check reports, and the fingerprint that lets a person's "ignore" survive re-runs and small edits
// elsewhere in the text: it hashes the check, the unit, the side and the flagged text, not the offsets.
import type { Side } from '../model';

export const CHECK_SEVERITIES = ['info', 'minor', 'major', 'critical'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

export interface Finding {
  check: string;
  severity: CheckSeverity;
  unitId: string;
  side: Side;
  /** UTF-16 offsets into that side's text; start === end for a finding about the whole text. */
  start: number;
  end: number;
  /** One line a person can act on. */
  message: string;
  /** Stable fingerprint; store it to remember an ignore. */
  ignoreKey: string;
}

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (two 32-bit halves with different offsets). */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The side as it went into the fingerprint when findings still said source/target. Projects store ignore keys,
 * so the hash keeps that spelling: a new name here would silently un-ignore every remembered finding.
 */
const SIDE_IN_KEY: Record<Side, string> = { original: 'source', translation: 'target' };

export function makeFinding(
  check: string,
  severity: CheckSeverity,
  unitId: string,
  side: Side,
  text: string,
  start: number,
  end: number,
  message: string,
): Finding {
  const flagged = text.slice(start, end).normalize('NFC').replace(/\s+/g, ' ');
  return { check, severity, unitId, side, start, end, message, ignoreKey: `${check}/${fingerprint(`${check}\u0000${unitId}\u0000${SIDE_IN_KEY[side]}\u0000${flagged}`)}` };
}

/** The findings whose ignoreKey is not in `ignored`. */
export function withoutIgnored(findings: readonly Finding[], ignored: Iterable<string>): Finding[] {
  const set = ignored instanceof Set ? (ignored as Set<string>) : new Set(ignored);
  return findings.filter((f) => !set.has(f.ignoreKey));
}

/** Counts by check id, for the review view and `bitext qa`. */
export function countByCheck(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return counts;
}

const RANK: Record<CheckSeverity, number> = { critical: 0, major: 1, minor: 2, info: 3 };

/** Stable order: unit order as given, then side (the original first), offset, check. */
export function sortFindings(findings: Finding[], unitOrder: ReadonlyMap<string, number>): Finding[] {
  return findings.sort(
    (a, b) =>
      (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0) ||
      (a.side === b.side ? 0 : a.side === 'original' ? -1 : 1) ||
      a.start - b.start ||
      RANK[a.severity] - RANK[b.severity] ||
      a.check.localeCompare(b.check),
  );
}
