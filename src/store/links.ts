// Link actions: review state, and regrouping a contiguous run of links (the one operation behind moving a
// sentence to the row above or below, merging, splitting, detaching, and replacing a run by re-aligned links).
// Each action takes the action's Recorder and returns the page it changed.
import { LINK_ORIGINS, LINK_STATES } from './constants';
import { BOILERPLATE_ROLES, type LinkOrigin, type LinkState } from '../model';
import type { SqlDatabase } from './driver';
import { Recorder } from './changes';
import { StoreError } from './errors';
import { POSITION_GAP } from './importer';
import type { LinkGroup, Side } from './types';

interface LinkRecord {
  id: number;
  document_id: number;
  position: number;
  origin: LinkOrigin;
  state: LinkState;
  score: number | null;
}

export interface LinkMember {
  sentenceId: number;
  side: Side;
  ord: number;
  documentId: number;
}

export function linkRecord(db: SqlDatabase, id: number): LinkRecord {
  const row = db.prepare('SELECT id, document_id, position, origin, state, score FROM links WHERE id = ?').get<LinkRecord>(id);
  if (!row) throw new StoreError('not_found', `There is no link ${id} in this project (it may have been regrouped or undone).`);
  return row;
}

export function membersOf(db: SqlDatabase, linkId: number): LinkMember[] {
  return db
    .prepare('SELECT ls.sentence_id AS sentenceId, ls.side, s.ord, s.document_id AS documentId FROM link_sentences ls JOIN sentences s ON s.id = ls.sentence_id WHERE ls.link_id = ? ORDER BY s.document_id, s.ord')
    .all<LinkMember>(linkId);
}

export function linkOfSentence(db: SqlDatabase, sentenceId: number): LinkRecord {
  const row = db.prepare('SELECT link_id FROM link_sentences WHERE sentence_id = ?').get<{ link_id: number }>(sentenceId);
  if (!row) throw new StoreError('not_found', `There is no sentence ${sentenceId} in any link of this project.`);
  return linkRecord(db, row.link_id);
}

export function neighbour(db: SqlDatabase, link: LinkRecord, direction: 'up' | 'down'): LinkRecord | null {
  const sql = direction === 'up'
    ? 'SELECT id, document_id, position, origin, state, score FROM links WHERE document_id = ? AND position < ? ORDER BY position DESC LIMIT 1'
    : 'SELECT id, document_id, position, origin, state, score FROM links WHERE document_id = ? AND position > ? ORDER BY position LIMIT 1';
  return db.prepare(sql).get<LinkRecord>(link.document_id, link.position) ?? null;
}

export function checkState(state: unknown): LinkState {
  if (!LINK_STATES.includes(state as LinkState)) throw new StoreError('bad_request', `Unknown link state "${String(state)}"; use one of ${LINK_STATES.join(', ')}.`);
  return state as LinkState;
}

export function setLinkStates(recorder: Recorder, linkIds: readonly number[], state: LinkState): number | null {
  if (!Array.isArray(linkIds) || linkIds.length === 0) throw new StoreError('bad_request', 'Name at least one link to change.');
  const documents = new Set<number>();
  for (const id of linkIds) {
    const link = linkRecord(recorder.db, id);
    documents.add(link.document_id);
    recorder.update('links', [id], { state });
  }
  return documents.size === 1 ? [...documents][0] ?? null : null;
}

/** Confirms every proposed link from the top of the document down to and including `linkId`; rejected ones stay. */
/**
 * Confirms the proposed rows up to this one. Rows swept along must be real sentence pairs — a sentence on each side
 * and not all page furniture — since confirmed rows become training data; the row the person chose is confirmed as
 * it is.
 */
export function confirmThrough(recorder: Recorder, linkId: number): number {
  const link = linkRecord(recorder.db, linkId);
  const ids = recorder.db
    .prepare(
      `SELECT l.id FROM links l WHERE l.document_id = ? AND l.position <= ? AND l.state = 'proposed' AND (l.id = ? OR (
         EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.link_id = l.id AND ls.side = 'translation')
         AND EXISTS (SELECT 1 FROM link_sentences ls WHERE ls.link_id = l.id AND ls.side = 'original')
         AND EXISTS (SELECT 1 FROM link_sentences ls JOIN sentences s ON s.id = ls.sentence_id JOIN blocks b ON b.id = s.block_id
                     WHERE ls.link_id = l.id AND b.role NOT IN (SELECT value FROM json_each(?)))))
       ORDER BY l.position`,
    )
    .all<{ id: number }>(link.document_id, link.position, linkId, JSON.stringify([...BOILERPLATE_ROLES]));
  for (const { id } of ids) recorder.update('links', [id], { state: 'confirmed' });
  return link.document_id;
}

function sameMembers(a: readonly number[], b: ReadonlySet<number>): boolean {
  return a.length === b.size && a.every((id) => b.has(id));
}

/** Positions for `count` rows in place of the run; renumbers the document when the gaps are used up. */
function positionsFor(recorder: Recorder, run: LinkRecord[], count: number): number[] {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const next = neighbour(recorder.db, last, 'down');
  const high = next ? next.position : last.position + (count + 1) * POSITION_GAP;
  const step = Math.floor((high - first.position) / count);
  if (step >= 1) return Array.from({ length: count }, (_, i) => first.position + i * step);
  const runIds = new Set(run.map((l) => l.id));
  const result: number[] = [];
  let position = 0;
  for (const { id } of recorder.db.prepare('SELECT id FROM links WHERE document_id = ? ORDER BY position').all<{ id: number }>(first.document_id)) {
    if (runIds.has(id)) {
      if (result.length === 0) for (let i = 0; i < count; i++) result.push((position += POSITION_GAP));
      continue;
    }
    recorder.update('links', [id], { position: (position += POSITION_GAP) });
  }
  return result;
}

/**
 * Replaces the contiguous run `linkIds` by `groups` (database sentence ids per side) covering exactly the same
 * sentences. A group identical to an existing link of the run keeps that link (id, state, origin, score).
 */
export function regroup(recorder: Recorder, linkIds: readonly number[], groups: readonly LinkGroup[], defaults: { origin: LinkOrigin }): number {
  const db = recorder.db;
  if (!Array.isArray(linkIds) || linkIds.length === 0) throw new StoreError('bad_request', 'Name the links to regroup.');
  if (!Array.isArray(groups) || groups.length === 0) throw new StoreError('bad_request', 'Give at least one new group of sentences.');
  const run = [...new Set(linkIds)].map((id) => linkRecord(db, id)).sort((a, b) => a.position - b.position);
  const documentId = run[0]!.document_id;
  if (run.some((l) => l.document_id !== documentId)) throw new StoreError('bad_request', 'The links to regroup belong to different documents.');
  const between = db.prepare('SELECT count(*) AS n FROM links WHERE document_id = ? AND position BETWEEN ? AND ?').get<{ n: number }>(documentId, run[0]!.position, run[run.length - 1]!.position)?.n;
  if (between !== run.length) throw new StoreError('bad_request', 'The links to regroup must be neighbours (a contiguous run of rows).');

  const sideOf = new Map<number, Side>();
  const membersByLink = new Map<number, Set<number>>();
  for (const link of run) {
    const members = membersOf(db, link.id);
    membersByLink.set(link.id, new Set(members.map((m) => m.sentenceId)));
    for (const m of members) sideOf.set(m.sentenceId, m.side);
  }
  const seen = new Set<number>();
  groups.forEach((group, g) => {
    const ids = [...(group.translation ?? []), ...(group.original ?? [])];
    if (ids.length === 0) throw new StoreError('bad_request', `Group ${g + 1} has no sentences; every row needs at least one.`);
    for (const side of ['translation', 'original'] as const) {
      for (const id of group[side] ?? []) {
        if (!sideOf.has(id)) throw new StoreError('bad_request', `Sentence ${id} (group ${g + 1}) is not in the links being regrouped.`);
        if (sideOf.get(id) !== side) throw new StoreError('bad_request', `Sentence ${id} belongs to the ${sideOf.get(id)} side, not the ${side} side.`);
        if (seen.has(id)) throw new StoreError('bad_request', `Sentence ${id} appears in more than one group.`);
        seen.add(id);
      }
    }
  });
  if (seen.size !== sideOf.size) throw new StoreError('bad_request', `The new groups must cover all ${sideOf.size} sentences of the regrouped links; ${sideOf.size - seen.size} are missing.`);

  const kept = new Map<number, number>();
  groups.forEach((group, g) => {
    if (group.origin || group.state || group.score !== undefined) return;
    const ids = [...group.translation, ...group.original];
    for (const link of run) {
      if ([...kept.values()].includes(link.id)) continue;
      if (sameMembers(ids, membersByLink.get(link.id)!)) {
        kept.set(g, link.id);
        break;
      }
    }
  });
  const keptIds = new Set(kept.values());
  const positions = positionsFor(recorder, run, groups.length);
  for (const link of run) {
    if (keptIds.has(link.id)) continue;
    for (const sentenceId of membersByLink.get(link.id)!) recorder.delete('link_sentences', [link.id, sentenceId]);
    recorder.delete('links', [link.id]);
  }
  groups.forEach((group, g) => {
    const keptId = kept.get(g);
    if (keptId !== undefined) {
      recorder.update('links', [keptId], { position: positions[g]! });
      return;
    }
    const linkId = recorder.insert('links', {
      document_id: documentId,
      position: positions[g]!,
      origin: group.origin ?? defaults.origin,
      state: checkState(group.state ?? 'proposed'),
      score: typeof group.score === 'number' && Number.isFinite(group.score) ? group.score : null,
    });
    for (const side of ['translation', 'original'] as const) {
      for (const sentenceId of group[side]) recorder.insert('link_sentences', { link_id: linkId, sentence_id: sentenceId, side });
    }
  });
  return documentId;
}

/** Sentence ids of `members` per side, in reading order. */
function groupOf(members: readonly LinkMember[]): LinkGroup {
  return {
    translation: members.filter((m) => m.side === 'translation').map((m) => m.sentenceId),
    original: members.filter((m) => m.side === 'original').map((m) => m.sentenceId),
  };
}

/** A regrouping chosen by a person: new rows are manual unless a group names a (known) origin. */
export function regroupByHand(recorder: Recorder, linkIds: readonly number[], groups: readonly LinkGroup[]): number {
  for (const g of groups ?? []) if (g?.origin !== undefined && !LINK_ORIGINS.includes(g.origin)) throw new StoreError('bad_request', `Unknown link origin "${String(g.origin)}".`);
  return regroup(recorder, linkIds, groups, { origin: 'manual' });
}

/** Replaces a run by re-aligned links (origin auto, proposed, with scores); confirmed rows should be left out of the run. */
export function replaceWithAlignment(recorder: Recorder, linkIds: readonly number[], groups: readonly LinkGroup[]): number {
  const auto = groups.map((g) => ({ ...g, origin: g.origin ?? 'auto', state: g.state ?? 'proposed', score: g.score ?? null }));
  return regroup(recorder, linkIds, auto, { origin: 'auto' });
}

/** Moves a sentence into the row above (it must be the first of its side in its row) or below (the last). */
export function moveSentence(recorder: Recorder, sentenceId: number, direction: 'up' | 'down'): number {
  const db = recorder.db;
  const link = linkOfSentence(db, sentenceId);
  const target = neighbour(db, link, direction);
  if (!target) throw new StoreError('bad_request', `There is no row ${direction === 'up' ? 'above' : 'below'} to move sentence ${sentenceId} into.`);
  const members = membersOf(db, link.id);
  const self = members.find((m) => m.sentenceId === sentenceId)!;
  const sameSide = members.filter((m) => m.side === self.side);
  const edge = direction === 'up' ? sameSide[0] : sameSide[sameSide.length - 1];
  if (edge?.sentenceId !== sentenceId) throw new StoreError('bad_request', `Only the ${direction === 'up' ? 'first' : 'last'} sentence of a row can move ${direction}; this one would change the reading order.`);
  const left = members.filter((m) => m !== self);
  const targetMembers = membersOf(db, target.id);
  const receiving = groupOf(direction === 'up' ? [...targetMembers, self] : [self, ...targetMembers]);
  const remaining = left.length ? [groupOf(left)] : [];
  return regroup(recorder, [link.id, target.id], direction === 'up' ? [receiving, ...remaining] : [...remaining, receiving], { origin: 'manual' });
}

export function mergeLinks(recorder: Recorder, linkIds: readonly number[]): number {
  if (!Array.isArray(linkIds) || linkIds.length < 2) throw new StoreError('bad_request', 'Choose at least two neighbouring rows to merge.');
  return regroup(recorder, linkIds, [groupOf(linkIds.flatMap((id) => membersOf(recorder.db, id)))], { origin: 'manual' });
}

/** Splits a row in two: the first `translation` / `original` sentences of each side stay in the first row. */
export function splitLink(recorder: Recorder, linkId: number, at: { translation: number; original: number }): number {
  linkRecord(recorder.db, linkId);
  const { translation, original } = groupOf(membersOf(recorder.db, linkId));
  const first = { translation: translation.slice(0, at?.translation), original: original.slice(0, at?.original) };
  const second = { translation: translation.slice(at?.translation), original: original.slice(at?.original) };
  if (first.translation.length + first.original.length === 0 || second.translation.length + second.original.length === 0) {
    throw new StoreError('bad_request', 'Both rows of a split need at least one sentence.');
  }
  return regroup(recorder, [linkId], [first, second], { origin: 'manual' });
}

/** Takes a sentence out of its row into a row of its own (1-0 or 0-1), placed before or after the rest by reading order. */
export function detachSentence(recorder: Recorder, sentenceId: number): number {
  const link = linkOfSentence(recorder.db, sentenceId);
  const members = membersOf(recorder.db, link.id);
  if (members.length < 2) throw new StoreError('bad_request', `Sentence ${sentenceId} is already alone in its row.`);
  const self = members.find((m) => m.sentenceId === sentenceId)!;
  const rest = members.filter((m) => m !== self);
  // Keep reading order: before the rest when it came first on its side, or first in the page if alone on its side.
  const before = rest.some((m) => m.side === self.side)
    ? members.find((m) => m.side === self.side) === self
    : rest.every((m) => m.documentId === self.documentId && m.ord > self.ord);
  const alone = groupOf([self]);
  return regroup(recorder, [link.id], before ? [alone, groupOf(rest)] : [groupOf(rest), alone], { origin: 'manual' });
}
