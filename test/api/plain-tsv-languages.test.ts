// A plain two-column TSV (no header naming languages) comes in with the languages of its columns detected, and
// the German column is the translation whichever column it is in, as for a pair of pages; a header line of two
// language codes says otherwise and wins. The document then reports real codes, which the grid's headers name.
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentView, LinkPage } from '../../src/api/contract';
import type { Workbench } from '../../src/api/workbench';
import { importCorpusText } from './importCorpusText';

const PAIRS: Array<[string, string]> = [
  ['Bộ trưởng đến Hà Nội vào thứ Hai.', 'Der Minister traf am Montag in Hanoi ein.'],
  ['Hai bên ký hiệp định thương mại.', 'Beide Seiten unterzeichneten ein Abkommen über Handel.'],
  ['Cuộc hội đàm kéo dài ba giờ.', 'Die Gespräche dauerten drei Stunden.'],
  ['Theo chính phủ, kinh tế tăng trưởng.', 'Nach Angaben der Regierung wächst die Wirtschaft.'],
];

let wb: Workbench | null = null;
afterEach(() => {
  wb?.close();
  wb = null;
});

async function importTsv(name: string, text: string): Promise<{ view: DocumentView; first: LinkPage['rows'][number] }> {
  const imported = await importCorpusText(name, text);
  wb = imported.wb;
  return { view: imported.view, first: imported.rows[0]! };
}

describe('a plain two-column TSV', () => {
  it('Vietnamese then German: detected, the German column is the translation', async () => {
    const { view, first } = await importTsv('vi-de.tsv', PAIRS.map(([vi, de]) => `${vi}\t${de}\n`).join(''));
    expect(view.languages).toEqual({ translation: 'de', original: 'vi' });
    expect(first.translation.map((s) => [s.lang, s.text])).toEqual([['de', PAIRS[0]![1]]]);
    expect(first.original.map((s) => [s.lang, s.text])).toEqual([['vi', PAIRS[0]![0]]]);
  });

  it('German then Vietnamese (CRLF, BOM): detected and turned round, as a pair of pages is', async () => {
    const { view, first } = await importTsv('de-vi.tsv', '\uFEFF' + PAIRS.map(([vi, de]) => `${de}\t${vi}\r\n`).join(''));
    expect(view.languages).toEqual({ translation: 'de', original: 'vi' });
    expect(first.translation.map((s) => s.text)).toEqual([PAIRS[0]![1]]);
    expect(first.original.map((s) => s.text)).toEqual([PAIRS[0]![0]]);
  });

  it('a header line of two language codes wins over detection and direction', async () => {
    const { view, first } = await importTsv('named.tsv', 'de\tvi\n' + PAIRS.map(([vi, de]) => `${de}\t${vi}\n`).join(''));
    expect(view.languages).toEqual({ translation: 'vi', original: 'de' });
    expect(first.translation.map((s) => [s.lang, s.text])).toEqual([['vi', PAIRS[0]![0]]]);
  });
});
