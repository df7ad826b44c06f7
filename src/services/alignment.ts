// Re-alignment around the rows a person confirmed. A page pair is aligned sentence by sentence in each stretch
// between confirmed rows; a single page (German with Vietnamese leftovers) is not a parallel text, so its
// leftovers are paired again with the German they translate, as on import, and the rest stays one row a sentence.
import { alignSentences, learnLexicon, type Lexicon } from '../align';
import { pairLeftovers } from '../ingest';
import type { Block, Sentence } from '../model';
import type { LinkGroup, LinkRow, Project, StoredDocument } from '../store';

/** Word pairs of the 1:1 rows a person confirmed: they guide the alignment of the rest. */
function confirmedLexicon(rows: LinkRow[], langs: { translation: string; original: string }): Lexicon | undefined {
  const pairs = rows.filter((r) => r.state === 'confirmed' && r.translation.length === 1 && r.original.length === 1);
  if (pairs.length < 2) return undefined;
  const links = pairs.map((_, i) => ({ a: [i], b: [i], score: 1 }));
  return learnLexicon(links, pairs.map((r) => r.translation[0]!.text), pairs.map((r) => r.original[0]!.text), { langA: langs.translation, langB: langs.original, minCount: 1 });
}

/**
 * The one way two runs of sentences are aligned: a page pair on import, and each stretch between confirmed rows
 * on re-alignment. Ids are whatever the caller names sentences by (page keys, stored ids).
 */
export function alignRuns<Id>(
  translation: ReadonlyArray<{ id: Id; text: string }>,
  original: ReadonlyArray<{ id: Id; text: string }>,
  languages: { translation: string; original: string },
  lexicon?: Lexicon,
): Array<{ translation: Id[]; original: Id[]; score: number }> {
  const links = alignSentences(translation.map((s) => s.text), original.map((s) => s.text), { langA: languages.translation, langB: languages.original, lexicon });
  return links.map((link) => ({ translation: link.a.map((i) => translation[i]!.id), original: link.b.map((i) => original[i]!.id), score: link.score }));
}

const keep = (row: LinkRow): LinkGroup => ({
  translation: row.translation.map((s) => s.id),
  original: row.original.map((s) => s.id),
  state: 'confirmed',
  origin: row.origin,
  score: row.score,
});

function pairGroups(document: StoredDocument, rows: LinkRow[]): LinkGroup[] {
  const lexicon = confirmedLexicon(rows, document.languages);
  const groups: LinkGroup[] = [];
  let stretch: LinkRow[] = [];
  const flush = () => {
    if (stretch.length === 0) return;
    groups.push(...alignRuns(stretch.flatMap((r) => r.translation), stretch.flatMap((r) => r.original), document.languages, lexicon));
    stretch = [];
  };
  for (const row of rows) {
    if (row.state === 'confirmed') {
      flush();
      groups.push(keep(row));
    } else stretch.push(row);
  }
  flush();
  return groups;
}

function pageGroups(document: StoredDocument, rows: LinkRow[]): LinkGroup[] {
  const sentenceById = new Map(document.sentences.map((s) => [s.id, s]));
  const blockKey = new Map(document.blocks.map((b) => [b.id, b.key]));
  const blocks: Block[] = document.blocks.map((b) => ({ id: b.key, line: b.line, role: b.role, lang: b.lang, text: b.text, start: b.start, end: b.end }));
  const open = rows.filter((r) => r.state !== 'confirmed');
  const free = open.flatMap((r) => [...r.translation, ...r.original]);
  const onOriginalSide = new Set(open.flatMap((r) => r.original.map((s) => s.id)));
  const freeSentences: Sentence[] = free.map((s) => {
    const stored = sentenceById.get(s.id)!;
    return { id: s.key, block: blockKey.get(stored.blockId)!, lang: s.lang, text: s.text, start: stored.start, end: stored.end };
  });
  const idOfKey = new Map(free.map((s) => [s.key, s.id]));
  const startOf = (id: number) => sentenceById.get(id)?.start ?? 0;

  const placed: Array<{ at: number; group: LinkGroup }> = rows
    .filter((r) => r.state === 'confirmed')
    .map((r) => ({ at: Math.min(...(r.translation.length ? r.translation : r.original).map((s) => startOf(s.id))), group: keep(r) }));
  const byTranslation = new Map<number, LinkGroup>();
  const paired = new Set<number>();
  for (const link of pairLeftovers(blocks, freeSentences, document.languages)) {
    const translation = link.translation.map((k) => idOfKey.get(k)!).filter((id) => id !== undefined && !paired.has(id));
    const original = link.original.map((k) => idOfKey.get(k)!).filter((id) => id !== undefined && !paired.has(id));
    if (translation.length === 0 || original.length === 0) continue;
    const group = byTranslation.get(translation[0]!) ?? { translation, original: [], score: link.score };
    group.original.push(...original);
    group.score = Math.max(group.score ?? 0, link.score);
    for (const id of [...translation, ...original]) paired.add(id);
    if (!byTranslation.has(translation[0]!)) {
      byTranslation.set(translation[0]!, group);
      placed.push({ at: Math.min(...translation.map(startOf)), group });
    }
  }
  // Everything not paired gets a row of its own, on its side.
  for (const s of free) {
    if (paired.has(s.id)) continue;
    placed.push({ at: startOf(s.id), group: onOriginalSide.has(s.id) ? { translation: [], original: [s.id] } : { translation: [s.id], original: [] } });
  }
  return placed.sort((x, y) => x.at - y.at).map((p) => p.group);
}

/** The new grouping of a whole document, confirmed rows kept exactly as they are. */
export function realignment(project: Project, documentId: number): { linkIds: number[]; groups: LinkGroup[] } {
  const document = project.getDocument(documentId);
  const rows = project.allLinks(documentId);
  // A page's leftovers are paired again; a page pair, or a corpus file's units, is a parallel text to align.
  const parallel = document.kind !== 'page' || project.isCorpusDocument(documentId);
  const groups = parallel ? pairGroups(document, rows) : pageGroups(document, rows);
  return { linkIds: rows.map((r) => r.id), groups };
}
