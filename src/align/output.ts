// Writing an alignment out: TSV, JSON, TMX 1.4b and a readable side-by-side text.
import type { AlignmentLink } from '../model';

export const FORMATS = ['tsv', 'json', 'tmx', 'text'] as const;
export type Format = (typeof FORMATS)[number];

function xml(s: string): string {
  // Control characters other than TAB/LF/CR are not allowed in XML 1.0 at all.
  // eslint-disable-next-line no-control-regex -- removing them is the point
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function joined(ids: readonly number[], sents: readonly string[]): string {
  return ids.map((i) => sents[i] ?? '').join(' ');
}

export function toTmx(links: readonly AlignmentLink[], a: readonly string[], b: readonly string[], langA: string, langB: string): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="bitext" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="${xml(langA)}" o-tmf="bitext"/>`,
    '  <body>',
  ];
  for (const l of links) {
    if (l.a.length === 0 || l.b.length === 0) continue;
    out.push(`    <tu>`, `      <prop type="x-score">${l.score}</prop>`);
    out.push(`      <tuv xml:lang="${xml(langA)}"><seg>${xml(joined(l.a, a))}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${xml(langB)}"><seg>${xml(joined(l.b, b))}</seg></tuv>`);
    out.push(`    </tu>`);
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

export function formatLinks(format: Format, links: readonly AlignmentLink[], a: readonly string[], b: readonly string[], langA: string, langB: string): string {
  switch (format) {
    case 'tsv':
      return links.map((l) => `${l.a.join(',')}\t${l.b.join(',')}\n`).join('');
    case 'json':
      return `${JSON.stringify({ langA, langB, a, b, links })}\n`;
    case 'tmx':
      return toTmx(links, a, b, langA, langB);
    case 'text':
      return links
        .map((l) => `[${l.a.join(',') || '-'} | ${l.b.join(',') || '-'}] ${l.score.toFixed(2)}\n  ${langA}: ${joined(l.a, a) || '—'}\n  ${langB}: ${joined(l.b, b) || '—'}\n`)
        .join('');
  }
}
