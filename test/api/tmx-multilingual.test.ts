// A translation memory of more than two languages (CAT tools export one <tu> with a <tuv> per language) comes in as
// the project's pair: the Vietnamese original beside the German translation, not whichever <tuv> came second.
import { afterEach, describe, expect, it } from 'vitest';
import type { Workbench } from '../../src/api/workbench';
import { readTmx } from '../../src/formats';
import { importCorpusText } from './importCorpusText';

const TEXT = {
  vi: 'Bộ trưởng đến Hà Nội vào thứ Hai.',
  en: 'The minister arrived in Hanoi on Monday.',
  de: 'Der Minister traf am Montag in Hanoi ein.',
  fr: 'Le ministre est arrivé à Hanoï lundi.',
  'de-CH': 'Der Minister traf am Montag in Hanoi ein.',
};

/** One unit with a <tuv> for each of `langs`, in that order. */
function tmx(srclang: string, langs: Array<keyof typeof TEXT>): string {
  const tuvs = langs.map((l) => `      <tuv xml:lang="${l}"><seg>${TEXT[l]}</seg></tuv>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="${srclang}" datatype="plaintext"/>
  <body>
    <tu tuid="1">
${tuvs}
    </tu>
  </body>
</tmx>
`;
}

const pair = (xml: string, targets?: string[]) => {
  const [u] = readTmx(xml, { targets });
  return [u?.source.lang, u?.target.lang];
};

describe('reading a multilingual TMX unit', () => {
  it('takes the wanted language beside the source, wherever its <tuv> is', () => {
    expect(pair(tmx('vi', ['en', 'vi', 'fr', 'de']), ['de', 'vi'])).toEqual(['vi', 'de']);
    // The source is German: the next wanted language is the target.
    expect(pair(tmx('de', ['de', 'en', 'vi']), ['de', 'vi'])).toEqual(['de', 'vi']);
    // srclang="*all*" names no source, and an English source is none of the wanted: an original language is.
    expect(pair(tmx('*all*', ['en', 'de', 'vi']), ['de', 'vi'])).toEqual(['vi', 'de']);
    expect(pair(tmx('en', ['en', 'fr', 'de', 'vi']), ['de', 'vi'])).toEqual(['vi', 'de']);
    // None of the wanted languages but the translation's: the memory's own source stays.
    expect(pair(tmx('en', ['en', 'fr', 'de']), ['de', 'vi'])).toEqual(['en', 'de']);
  });

  it('without wanted languages takes the first <tuv> in another language than the source, as before for two', () => {
    expect(pair(tmx('de', ['de', 'de-CH', 'en']))).toEqual(['de', 'en']);
    expect(pair(tmx('vi', ['de', 'vi']))).toEqual(['vi', 'de']);
  });
});

let wb: Workbench | null = null;
afterEach(() => {
  wb?.close();
  wb = null;
});

describe('importing a multilingual TMX', () => {
  it('gives a Vietnamese original and a German translation in a new project', async () => {
    const imported = await importCorpusText('memory.tmx', tmx('en', ['en', 'vi', 'fr', 'de']));
    wb = imported.wb;
    const { view, rows } = imported;
    // English is the memory's source language, but not one of the project's: Vietnamese is the original.
    expect(view.languages).toEqual({ translation: 'de', original: 'vi' });
    const [row] = rows;
    expect(row?.translation.map((s) => s.text)).toEqual([TEXT.de]);
    expect(row?.original.map((s) => s.text)).toEqual([TEXT.vi]);
  });
});
