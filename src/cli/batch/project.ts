// What `bitext batch align` writes for one record in each --format. jsonl keeps every record (one line per input
// line, errors included); the corpus formats write the linked sentence pairs at or above --min-score, and
// report errors on stderr, since their files have no place for them. Pure.
import { escapeAttr } from '../../formats/index';
import { mosesLine } from '../../formats/moses';
import { tmxSegment } from '../../formats/tmxWrite';
import type { OkRecord } from './alignJob';
import type { ErrorRecord } from './record';

export const BATCH_FORMATS = ['jsonl', 'bitextor', 'hf', 'moses', 'tmx'] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** Text for the main output, for the second Moses file (target side), and for stderr. */
export interface Projected {
  out: string;
  second: string;
  err: string;
}

const tsvCell = (s: string): string => s.replace(/[\t\n\r]+/g, ' ');

function pairs(rec: OkRecord, minScore: number): Array<{ src: string; trg: string; score: number }> {
  const out: Array<{ src: string; trg: string; score: number }> = [];
  for (const l of rec.alignments) {
    if (l.src.length === 0 || l.trg.length === 0 || l.score < minScore) continue;
    out.push({ src: l.src.map((i) => rec.src_sentences[i]).join(' '), trg: l.trg.map((j) => rec.trg_sentences[j]).join(' '), score: l.score });
  }
  return out;
}

export function project(rec: OkRecord | ErrorRecord, format: BatchFormat, minScore: number): Projected {
  if (rec.status === 'error') {
    if (format === 'jsonl') return { out: `${JSON.stringify(rec)}\n`, second: '', err: '' };
    return { out: '', second: '', err: `bitext batch align: ${rec.id === null ? '' : `record ${JSON.stringify(rec.id)}, `}${rec.error.message}\n` };
  }
  if (format === 'jsonl') {
    const kept = minScore > 0 ? { ...rec, alignments: rec.alignments.filter((l) => l.score >= minScore) } : rec;
    return { out: `${JSON.stringify(kept)}\n`, second: '', err: '' };
  }
  const linked = pairs(rec, minScore);
  let out = '';
  let second = '';
  linked.forEach((p, k) => {
    if (format === 'bitextor') out += `${tsvCell(rec.src_url ?? '')}\t${tsvCell(rec.trg_url ?? '')}\t${tsvCell(p.src)}\t${tsvCell(p.trg)}\t${p.score}\n`;
    else if (format === 'hf') out += `${JSON.stringify({ id: `${rec.id}:${k}`, translation: { [rec.src_lang]: p.src, [rec.trg_lang]: p.trg }, score: p.score })}\n`;
    else if (format === 'moses') {
      out += mosesLine(p.src);
      second += mosesLine(p.trg);
    } else {
      out +=
        `  <tu tuid="${escapeAttr(`${rec.id}:${k}`)}">\n    <prop type="x-score">${p.score}</prop>\n` +
        `    <tuv xml:lang="${escapeAttr(rec.src_lang)}"><seg>${tmxSegment(p.src)}</seg></tuv>\n` +
        `    <tuv xml:lang="${escapeAttr(rec.trg_lang)}"><seg>${tmxSegment(p.trg)}</seg></tuv>\n  </tu>\n`;
    }
  });
  return { out, second, err: '' };
}

/** The lines around the records of a whole output file (TMX only). */
export function frame(format: BatchFormat, srcLang: string, version: string): { head: string; tail: string } {
  if (format !== 'tmx') return { head: '', tail: '' };
  return {
    head:
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
      `  <header creationtool="bitext" creationtoolversion="${escapeAttr(version)}" segtype="sentence" o-tmf="bitext" adminlang="en" srclang="${escapeAttr(srcLang)}" datatype="plaintext"/>\n  <body>\n`,
    tail: '  </body>\n</tmx>\n',
  };
}
