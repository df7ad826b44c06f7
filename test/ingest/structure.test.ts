import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest';

const roleOf = (text: string, line: number) => {
  const doc = readPage(text, 'p.txt');
  return doc.blocks.filter((b) => b.line === line).map((b) => `${b.role} ${b.lang}`);
};

describe('page structure on lines that lost their end', () => {
  it('reads a long line without final punctuation as a paragraph, a short one as an inline related title', () => {
    const page = [
      'Die Regierung hat am Montag ein neues Programm für den Ausbau der Eisenbahn im Norden des Landes vorgestellt.',
      'Nach Angaben des Ministeriums sollen bis zum Jahr 2030 mehr als zweihundert Kilometer neue Strecken entstehen, die vor allem',
      'Neue Brücke über den Roten Fluss eröffnet',
      'Die Kosten werden auf rund zwei Milliarden Euro geschätzt.',
      'Quelle: https://vnexpress.net/chinh-phu-cong-bo-chuong-trinh-moi-mo-rong-duong-sat-o-phia-bac-dat-nuoc-voi-hon-hai-tram-km-duong-moi-va-tong-chi-phi-uoc-tinh-khoang-hai-ty-euro-trong-giai-doan-tu-nay-den-nam-2030-theo-bo-giao-thong-van-tai-4663210.html',
    ].join('\n');
    expect(roleOf(page, 2)).toEqual(['body de']);
    expect(roleOf(page, 3)).toEqual(['related de']);
    expect(roleOf(page, 5)).toEqual(['source de']);
  });

  it('splits a photo caption glued to a paragraph that was cut at a semicolon or comma', () => {
    const page = [
      'Die Regierung hat am Montag ein neues Programm für den Ausbau der Eisenbahn im Norden des Landes vorgestellt.',
      'Nach Angaben des Ministeriums sollen bis 2030 neue Strecken entstehen; Foto: Ein Zug der Staatsbahn im Bahnhof von Lao Cai. (Foto: VNA)',
      'Die Kosten werden auf rund zwei Milliarden Euro geschätzt, Foto: Bauarbeiter an der neuen Strecke bei Yen Bai. (Foto: Internet)',
      'Die ersten Züge sollen im Jahr 2028 fahren.',
    ].join('\n');
    expect(roleOf(page, 2)).toEqual(['body de', 'caption de']);
    expect(roleOf(page, 3)).toEqual(['body de', 'caption de']);
  });
});
