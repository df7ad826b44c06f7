// Each automatic check finds its case and stays quiet on the look-alike that is fine.
import { describe, expect, it } from 'vitest';
import { checkTexts, checkUnits, findQuantities, foldName, type Finding } from '../../src/review';
import { unit } from './helpers';

const checks = (findings: Finding[]): string[] => findings.map((f) => f.check);
const one = (text: string, lang = 'de', originalLang = 'vi'): Finding[] => checkTexts([{ docId: 'p', lang, originalLang, segments: [{ id: 'p:1', text }] }]);

describe('single-text checks', () => {
  it('Vietnamese left in German text, but not a Vietnamese name', () => {
    const f = one('Nga muốn phát triển hợp tác với Triều Tiên');
    expect(checks(f)).toEqual(['leftover-source']);
    expect(f[0]!.severity).toBe('major');
    expect(checks(one('Präsident Nguyễn Xuân Phúc traf Kim Jong Un.'))).toEqual([]);
    // NFD input is found too, with offsets into the text as given.
    const nfd = 'Der Titel: Nga muốn phát triển hợp tác'.normalize('NFD');
    const g = one(nfd);
    expect(nfd.slice(g[0]!.start, g[0]!.end).normalize('NFC')).toBe('muốn phát triển hợp'); // `tác` has no letter only Vietnamese uses
  });

  it('another script left in (Cyrillic in German)', () => {
    expect(checks(one('Er sagte: Мы будем сотрудничать дальше.', 'de', 'ru'))).toEqual(['leftover-source']);
  });

  it('space before punctuation, except where French wants it', () => {
    const f = one('Am 22. September erklärte das russische Außenministerium , Moskau wolle');
    expect(checks(f)).toEqual(['space-before-punctuation']);
    expect(f[0]!.message).toContain('Außenministerium,');
    expect(checks(one('Quoi ? Vraiment !', 'fr', 'vi'))).toEqual([]);
    expect(checks(one('Er sagte ... nichts.'))).toEqual([]);
  });

  it('doubled words, but not German "die die"', () => {
    expect(checks(one('Das ist ist falsch.'))).toEqual(['doubled-word']);
    expect(checks(one('Die Schönheit, die die Füße der Menschen hält'))).toEqual([]);
  });

  it('boilerplate markers and navigation lines', () => {
    expect(checks(one('[Anzeige_2]'))).toEqual(['boilerplate']);
    expect(checks(one('Text [Anzeige_1] weiter'))).toEqual(['boilerplate']);
    expect(checks(one('Kommentar (0)'))).toEqual(['boilerplate']);
    expect(checks(one('Die Quelle ist unbekannt.'))).toEqual([]);
  });

  it('unbalanced quotes and brackets; pairs across neighbouring sentences are fine', () => {
    expect(checks(one('Er sagte: „Ich komme.'))).toEqual(['unbalanced-quotes']);
    expect(checks(one('Das Jahr (1948–2023 war'))).toEqual(['unbalanced-brackets']);
    expect(checks(one('Malerischer „Infinity“-Strand und »Zitat« und „Zitat”'))).toEqual([]);
    expect(checks(one('He said “yes” (twice).', 'en'))).toEqual([]);
    expect(checks(one('Er sagte “ja“.'))).toEqual(['unbalanced-quotes', 'unbalanced-quotes']);
    const across = checkTexts([
      {
        docId: 'p',
        lang: 'de',
        segments: [
          { id: 'a', text: '„Ich bin überzeugt.' },
          { id: 'b', text: 'Wir werden siegen“, sagte er.' },
        ],
      },
    ]);
    expect(checks(across)).toEqual([]);
  });

  it('name variants within a page and across pages, by transliteration folding', () => {
    expect(foldName('Schoigu')).toBe(foldName('Shoigu'));
    expect(foldName('Kim Jong-un')).toBe(foldName('Kim Jong Un'));
    expect(foldName('Pjöngjang')).toBe(foldName('Pyongyang'));
    expect(foldName('Staaten')).not.toBe(foldName('Staates'));
    const f = checkTexts([
      { docId: 'a', lang: 'de', segments: [{ id: 'a1', text: 'Sergej Schoigu traf Kim Jong Un.' }, { id: 'a2', text: 'Schoigu sagte, Kim Jong Un wolle reden.' }] },
      { docId: 'b', lang: 'de', segments: [{ id: 'b1', text: 'Shoigu besuchte Kim Jong-un.' }] },
    ]);
    const names = f.filter((x) => x.check === 'name-variant');
    expect(names.map((x) => x.message)).toEqual(['"Shoigu" is also written "Schoigu" (2×) in 1 other page', '"Kim Jong-un" is also written "Kim Jong Un" (2×) in 1 other page']);
  });
});

describe('checks on links', () => {
  it('numbers, dates and URLs compared across formats', () => {
    expect(findQuantities('ngày 12 tháng 10', 'vi').map((q) => q.key)).toEqual(['d:12-10']);
    expect(findQuantities('Am 12. Oktober', 'de').map((q) => q.key)).toEqual(['d:12-10']);
    expect(findQuantities('am 12/10', 'de').map((q) => q.key)).toEqual(['d:12-10']);
    const same = unit('Ngày 12 tháng 10, tăng 300% lên 1.000 người, xem https://baoquocte.vn/a', 'Am 12. Oktober stieg sie um 300 % auf 1000 Menschen, siehe https://baoquocte.vn/a/');
    expect(checks(checkUnits([same]))).toEqual([]);
    const differ = unit('Ngày 12 tháng 10, tăng 300% lên 1.000 người', 'Am 13. Oktober stieg sie um 30 % auf 1000 Menschen');
    const f = checkUnits([differ]);
    // The unit is the exchange type: its source is the original, its target the translation.
    const textOf = { original: differ.source.text, translation: differ.target.text };
    expect(f.filter((x) => x.check === 'number-mismatch').map((x) => `${x.side}:${textOf[x.side].slice(x.start, x.end)}`)).toEqual([
      'original:12 tháng 10',
      'original:300',
      'translation:13. Oktober',
      'translation:30',
    ]);
    expect(checks(checkUnits([unit('xem https://a.vn/x', 'siehe https://a.vn/y')]))).toEqual(['url-mismatch', 'url-mismatch']);
  });

  it('empty, copied and inconsistent translations', () => {
    expect(checks(checkUnits([unit('Xin chào các bạn', ' ')]))).toEqual(['empty-translation']);
    const copy = unit('Hàn Quốc quan ngại về vũ khí', 'Hàn Quốc quan ngại về vũ khí');
    expect(checks(checkUnits([copy]))).toContain('copied-source');
    const a = unit('Xin chào', 'Hallo');
    const b = unit('Xin chào', 'Hallo');
    const c = unit('Xin chào', 'Guten Tag');
    const f = checkUnits([a, b, c]);
    expect(f.filter((x) => x.check === 'inconsistent-translation').map((x) => x.unitId)).toEqual([c.id]);
  });

  it('length ratio against the norm the corpus itself shows', () => {
    const base = Array.from({ length: 40 }, (_, i) => unit(`Câu số ${i} nói về quan hệ hai nước rất dài`, `Satz Nummer ${i} spricht über die Beziehungen der Länder`));
    const outlier = unit('Câu này nói về quan hệ song phương giữa hai nước láng giềng', 'Ja.');
    const f = checkUnits([...base, outlier]);
    expect(f.filter((x) => x.check === 'length-ratio').map((x) => x.unitId)).toEqual([outlier.id]);
  });

  it('severities and switches come from data; ignores are remembered by a stable key', () => {
    const u = unit('Xin chào', 'Das ist ist gut');
    const [f] = checkUnits([u]);
    expect(f).toMatchObject({ check: 'doubled-word', severity: 'minor' });
    expect(checkUnits([u], { config: { 'doubled-word': { severity: 'major' } } })[0]!.severity).toBe('major');
    expect(checkUnits([u], { config: { 'doubled-word': { enabled: false } } })).toEqual([]);
    expect(checkUnits([u], { ignored: [f!.ignoreKey] })).toEqual([]);
    // The key survives an edit elsewhere in the text, and differs for another unit.
    const moved = { ...u, target: { ...u.target, text: 'Ja, das ist ist gut' } };
    expect(checkUnits([moved])[0]!.ignoreKey).toBe(f!.ignoreKey);
    expect(checkUnits([{ ...u, id: 'other' }])[0]!.ignoreKey).not.toBe(f!.ignoreKey);
  });
});
