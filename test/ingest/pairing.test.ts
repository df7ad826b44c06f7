import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest';
import type { PageDocument } from '../../src/model';
import { sentenceText } from './helpers';

const pairedWith = (doc: PageDocument, leftover: string): { de: string; score: number } | null => {
  const link = doc.links.find((l) => sentenceText(doc, l.original) === leftover);
  return link ? { de: sentenceText(doc, link.translation), score: link.score } : null;
};

const page = (title: string, headline: string, body: string[]): string =>
  ['Vietnam.vn - Nền tảng quảng bá Việt Nam', '', title, '', 'Báo Quốc TếBáo Quốc Tế14/10/2023', '', '[Anzeige_1]', body[0], headline, '', ...body.slice(1).flatMap((p) => [p, '']), 'Quelle', '', 'Kommentar (0)', ''].join('\n');

describe('leftover pairing', () => {
  it('pairs a headline with the title it translates even when the lead repeats more of its words', () => {
    const doc = readPage(
      page('Bauern in Ninh Binh ernten Reis früher wegen des Taifuns', 'Nông dân Ninh Bình thu hoạch lúa sớm vì bão', [
        'Die Bauern der Provinz Ninh Binh haben in dieser Woche begonnen, ihren Reis früher als sonst zu ernten, weil ein Taifun erwartet wird.',
        'Nach Angaben der Behörden sind bereits 40 Prozent der Felder abgeerntet.',
      ]),
      'p.txt',
    );
    expect(pairedWith(doc, 'Nông dân Ninh Bình thu hoạch lúa sớm vì bão')?.de).toBe('Bauern in Ninh Binh ernten Reis früher wegen des Taifuns');
  });

  it('pairs a headline without names or numbers through the general word list', () => {
    const doc = readPage(
      page('Wissenschaftler finden eine neue Vogelart im Wald', 'Các nhà khoa học tìm thấy một loài chim mới trong rừng', [
        'Die Forscher beobachteten die Tiere mehrere Monate lang.',
        'Sie hoffen, dass der Lebensraum geschützt wird.',
      ]),
      'p.txt',
    );
    expect(pairedWith(doc, 'Các nhà khoa học tìm thấy một loài chim mới trong rừng')?.de).toBe('Wissenschaftler finden eine neue Vogelart im Wald');
  });

  it('prefers the title to a lead that shares a name the title leaves out', () => {
    const doc = readPage(
      page('Präsident besucht ein Atomkraftwerk', 'Tổng thống Macron thăm nhà máy điện hạt nhân', [
        'Der französische Präsident Emmanuel Macron hat am Montag in der Normandie ein Atomkraftwerk besucht und mit Ingenieuren gesprochen.',
        'Er kündigte neue Investitionen an.',
      ]),
      'p.txt',
    );
    expect(pairedWith(doc, 'Tổng thống Macron thăm nhà máy điện hạt nhân')?.de).toBe('Präsident besucht ein Atomkraftwerk');
  });

  it('finds evidence inside German compounds and in numbers written as words', () => {
    const doc = readPage(
      page('Hanoi testet Elektrobusse auf zehn Linien', 'Hà Nội thử nghiệm xe buýt điện trên 10 tuyến', [
        'Die Stadtverwaltung will damit die Luftverschmutzung in der Innenstadt senken.',
        'Die Fahrpreise bleiben unverändert.',
      ]),
      'p.txt',
    );
    const link = pairedWith(doc, 'Hà Nội thử nghiệm xe buýt điện trên 10 tuyến');
    expect(link?.de).toBe('Hanoi testet Elektrobusse auf zehn Linien');
    expect(link?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves a headline unpaired, or pairs it unsurely, when the page does not carry its translation', () => {
    const doc = readPage(
      page('Neue Brücke über den Mekong eröffnet', 'Giá vàng lập đỉnh mới 90 triệu đồng một lượng', [
        'Die 1,5 Kilometer lange Brücke verbindet zwei Provinzen im Süden des Landes.',
        'Sie soll die Fahrzeit um eine Stunde verkürzen.',
      ]),
      'p.txt',
    );
    expect(pairedWith(doc, 'Giá vàng lập đỉnh mới 90 triệu đồng một lượng')?.score ?? 0).toBeLessThan(0.5);
  });

  it('takes the lead, not the title, for a headline on a page without a title, and a photo caption for the caption beside it', () => {
    const text = [
      'Fischer in Quang Ngai bringen ihre Boote in Sicherheit',
      'Die Provinz Quang Ngai hat am Freitag alle 3.000 Fischerboote in die Häfen zurückgerufen, weil ein Sturm naht.',
      'Foto: Fischerboote im Hafen von Sa Ky am Freitagmorgen.',
      'Tàu cá trong cảng Sa Kỳ sáng thứ Sáu',
      'Quảng Ngãi gọi 3.000 tàu cá về nơi trú bão',
      'Der Wetterdienst erwartet Windstärken bis zu 10.',
      'Quelle: https://vnexpress.net/quang-ngai-goi-3-000-tau-ca-ve-noi-tru-bao-4663210.html',
    ].join('\n');
    const doc = readPage(text, 'p.txt');
    expect(pairedWith(doc, 'Quảng Ngãi gọi 3.000 tàu cá về nơi trú bão')?.de).toMatch(/^Die Provinz Quang Ngai hat am Freitag alle 3\.000/);
    expect(pairedWith(doc, 'Tàu cá trong cảng Sa Kỳ sáng thứ Sáu')?.de).toBe('Foto: Fischerboote im Hafen von Sa Ky am Freitagmorgen.');
  });

  it('pairs a one-sentence headline with the two German sentences its translation was split into', () => {
    const vi = 'Nhà máy điện mặt trời lớn nhất tỉnh Ninh Thuận đi vào hoạt động, cung cấp điện cho 200.000 hộ gia đình';
    const text = [
      vi,
      'Das größte Solarkraftwerk der Provinz Ninh Thuan hat den Betrieb aufgenommen. Es versorgt 200.000 Haushalte mit Strom.',
      'Die Anlage wurde in zwei Jahren gebaut und kostet rund 100 Millionen Dollar.',
      'Nach Angaben des Betreibers sollen bis 2030 weitere Anlagen folgen.',
      'Quelle: https://vnexpress.net/nha-may-dien-mat-troi-lon-nhat-tinh-ninh-thuan-di-vao-hoat-dong-4663211.html',
    ].join('\n');
    expect(pairedWith(readPage(text, 'p.txt'), vi)?.de).toBe('Das größte Solarkraftwerk der Provinz Ninh Thuan hat den Betrieb aufgenommen. Es versorgt 200.000 Haushalte mit Strom.');
  });

  it('pairs a headline of two short sentences with the title of two sentences it translates', () => {
    const vi = 'Giá xăng lại tăng. Người dân lo lắng';
    const doc = readPage(
      page('Benzinpreise steigen wieder. Bürger sind besorgt', vi, [
        'Der Preis für einen Liter Benzin ist am Donnerstag um 500 Dong gestiegen, wie das Ministerium mitteilte.',
        'Viele Fahrer sagen, dass sie weniger mit dem Motorrad fahren wollen.',
      ]),
      'p.txt',
    );
    expect(pairedWith(doc, vi)?.de).toBe('Benzinpreise steigen wieder. Bürger sind besorgt');
  });
});
