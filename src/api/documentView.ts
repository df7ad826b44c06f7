// Turns a read page into the rows the document view shows: translated blocks in reading order, each
// original-language leftover in the row of the translated text it belongs to, unpaired leftovers alone.
import { BOILERPLATE_ROLES, type Block, type PageDocument } from '../model';
import type { DocumentRow, DocumentView, RowText } from './contract';

function rowText(block: Block, doc: PageDocument): RowText {
  const sentenceIds = doc.sentences.filter((s) => s.block === block.id).map((s) => s.id);
  return { blockId: block.id, sentenceIds, role: block.role, lang: block.lang, text: block.text };
}

export function buildDocumentView(id: string, doc: PageDocument): DocumentView {
  const { original } = doc.languages;
  const blockOfSentence = new Map(doc.sentences.map((s) => [s.id, s.block]));
  // For each original-language block: the translated block its best link points to.
  const partnerOf = new Map<string, { block: string; score: number }>();
  for (const link of doc.links) {
    const target = link.translation.map((s) => blockOfSentence.get(s)).find((b) => b !== undefined);
    if (!target) continue;
    for (const sid of link.original) {
      const block = blockOfSentence.get(sid);
      if (!block) continue;
      const known = partnerOf.get(block);
      if (!known || known.score < link.score) partnerOf.set(block, { block: target, score: link.score });
    }
  }

  const rows: DocumentRow[] = [];
  const rowOfBlock = new Map<string, DocumentRow>();
  const newRow = (block: Block): DocumentRow => {
    const row: DocumentRow = {
      id: `r${rows.length + 1}`,
      kind: BOILERPLATE_ROLES.has(block.role) ? 'boilerplate' : 'content',
      role: block.role,
      translation: [],
      original: [],
      score: null,
    };
    rows.push(row);
    return row;
  };
  // First the translated side, so leftovers that come before their German text still find its row.
  const isOriginal = (b: Block) => b.lang === original && partnerOf.has(b.id);
  for (const block of doc.blocks) {
    if (isOriginal(block)) continue;
    const row = newRow(block);
    if (block.lang === original) row.original.push(rowText(block, doc));
    else row.translation.push(rowText(block, doc));
    rowOfBlock.set(block.id, row);
  }
  for (const block of doc.blocks) {
    if (!isOriginal(block)) continue;
    const partner = partnerOf.get(block.id);
    const row = partner ? rowOfBlock.get(partner.block) : undefined;
    if (!row || !partner) continue;
    row.original.push(rowText(block, doc));
    row.score = Math.max(row.score ?? 0, partner.score);
  }
  rows.forEach((row, i) => (row.id = `r${i + 1}`));
  return { id, file: doc.file, meta: doc.meta, languages: doc.languages, rows };
}
