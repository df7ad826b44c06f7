// A project with one long document imported as corpus units (as from a TSV), for the background review's tests and
// the paced bench: varied sentences, with a doubled word every 50th row and a number missing every 97th, so a
// review has findings to report and real work to do.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AlignedUnit } from '../../src/formats';
import { openProject } from '../../src/store';

const GERMAN = ['Der Minister traf am Montag in Hanoi ein', 'Beide Seiten unterzeichneten ein Abkommen über Handel', 'Die Gespräche dauerten drei Stunden', 'Nach Angaben der Regierung wächst die Wirtschaft', 'Die Delegation besuchte auch Da Nang'];
const VIETNAMESE = ['Bộ trưởng đến Hà Nội vào thứ Hai', 'Hai bên ký hiệp định thương mại', 'Cuộc hội đàm kéo dài ba giờ', 'Theo chính phủ, kinh tế tăng trưởng', 'Đoàn cũng thăm Đà Nẵng'];

export function longUnits(rows: number, docId = 'long'): AlignedUnit[] {
  return Array.from({ length: rows }, (_, i) => {
    const k = i % GERMAN.length;
    const german = i % 50 === 7 ? `${GERMAN[k]} in der Woche Woche ${i}.` : i % 97 === 11 ? `${GERMAN[k]}.` : `${GERMAN[k]} (${i}).`;
    return {
      id: `${docId}-${i}`,
      docId,
      file: `${docId}.tsv`,
      role: 'body',
      source: { lang: 'vi', text: `${VIETNAMESE[k]} (${i}).` },
      target: { lang: 'de', text: german },
      machineTarget: null,
      state: 'proposed',
      origin: 'auto',
      score: 0.5 + (i % 50) / 100,
      annotations: [],
    };
  });
}

/** A new project file holding `rows` rows in one document (plus the documents of `extra`, a few rows each). */
export function makeLongProject(rows: number, extra = 0): { path: string; documentId: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'bitext-review-bg-')), 'long.bitext');
  const project = openProject(path, { create: true });
  try {
    const { documentIds } = project.importUnits(longUnits(rows), { contentHash: `long-${rows}`, source: 'long.tsv' });
    for (let d = 0; d < extra; d++) project.importUnits(longUnits(20, `short${d}`), { contentHash: `short-${d}`, source: `short${d}.tsv` });
    return { path, documentId: documentIds[0] as number };
  } finally {
    project.close();
  }
}
