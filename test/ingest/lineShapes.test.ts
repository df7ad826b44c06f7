import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/ingest';

// Lines whose shape or words mislead the reader: a stray character after the full stop, a long title, a
// Vietnamese caption as long as a paragraph, names in another language. Each case names the general cause.
const rowsOf = (page: string[], line: number) =>
  readPage(page.join('\n') + '\n', 'p.txt')
    .blocks.filter((b) => b.line === line)
    .map((b) => `${b.role} ${b.lang}`);

const HEAD = ['Vietnam.vn - Nền tảng quảng bá Việt Nam', '', 'Neue Fähre verbindet Hai Phong mit der Insel Cat Ba', '', 'Báo Quốc TếBáo Quốc Tế14/10/2023', ''];
const TAIL = ['', 'Quelle', '', 'Kommentar (0)'];

describe('a sentence with a stray character after its full stop (a typo or a footnote mark)', () => {
  it('is a paragraph, not an inline related title, first in the body or further down', () => {
    const page = [
      ...HEAD,
      'Die Fahrgäste bekamen Tee, während sie am Hafen auf die Abfahrt warteten.x',
      'Phà mới kết nối Hải Phòng với đảo Cát Bà',
      '',
      'Die Überfahrt dauert etwa eine Stunde und kostet weniger als eine Busfahrt.',
      '',
      'Im Sommer sollen zwei Fahrten am Tag dazukommen.1',
      ...TAIL,
    ];
    expect(rowsOf(page, 7)).toEqual(['body de']);
    expect(rowsOf(page, 12)).toEqual(['body de']);
  });

  it('still lets a photo caption glued after it be split off', () => {
    const page = [
      ...HEAD,
      'Die Fahrgäste bekamen Tee, während sie am Hafen auf die Abfahrt warteten.',
      '',
      'Die Überfahrt dauert etwa eine Stunde und kostet wenig.x Foto: Die neue Fähre im Hafen von Hai Phong. (Quelle: VNA)',
      ...TAIL,
    ];
    expect(rowsOf(page, 9)).toEqual(['body de', 'caption de']);
  });
});

describe('a paragraph cut at a colon (its list dropped) with a photo caption glued after it', () => {
  it('splits into the paragraph and the caption', () => {
    const page = [
      ...HEAD,
      'Die Fahrgäste bekamen Tee, während sie am Hafen auf die Abfahrt warteten.',
      '',
      'An Bord gibt es drei Klassen: Foto: Die neue Fähre im Hafen von Hai Phong. (Quelle: VNA)',
      ...TAIL,
    ];
    expect(rowsOf(page, 9)).toEqual(['body de', 'caption de']);
  });
});

describe('a line that ends in a bracketed aside', () => {
  it('is cut, not finished: a caption cut after `(88 Pfund)` opens a page without a title', () => {
    const page = [
      'Ein Fischer in Phu Quoc mit seinem Fang von 40 Kilo (88 Pfund)',
      'Die Fischer der Insel melden in diesem Jahr die besten Fänge seit langem, sagte die Behörde am Montag.',
      'Der Sprecher der Behörde sagte, die Preise seien gestiegen. (Reuters)',
      'Die Saison endet im Oktober.',
      'KHANH MINH',
    ];
    expect(rowsOf(page, 1)).toEqual(['caption de']);
    // A bracket after the sentence's own full stop, or a photo credit, still ends it.
    expect(rowsOf(page, 3)).toEqual(['body de']);
  });
});

describe('the first paragraph under a title that lost its end', () => {
  it('is a paragraph: the caption-first slot belongs to pages without a title', () => {
    const page = [
      ...HEAD,
      'Nach Angaben der Hafenbehörde sollen in den kommenden Monaten zwei weitere Schiffe dieser Bauart auf der Strecke eingesetzt werden, die',
      'Die Überfahrt dauert etwa eine Stunde und kostet weniger als eine Busfahrt.',
      ...TAIL,
    ];
    expect(rowsOf(page, 7)).toEqual(['body de']);
  });
});

describe('a long title between the site line and the byline', () => {
  it('is the title even when it is as long as a paragraph and ends in a bracket', () => {
    const page = [
      'Vietnam.vn - Nền tảng quảng bá Việt Nam',
      '',
      'Auf dem Höhepunkt der Regenzeit erreichte der Mekong, der auf seinem Weg zum Meer durch sechs Länder fließt, in der Provinz An Giang einen Pegel von 4,8 Metern über dem langjährigen Mittel (15,7 Fuß)',
      '',
      'Báo Quốc TếBáo Quốc Tế14/10/2023',
      '',
      'Solche Pegel hat man in der Provinz seit mehr als zwanzig Jahren nicht mehr gesehen, sagte ein Beamter',
      '',
      'Die Behörden haben in mehreren Bezirken Notunterkünfte eingerichtet.',
      ...TAIL,
    ];
    expect(rowsOf(page, 3)).toEqual(['title de']);
    expect(rowsOf(page, 7)).toEqual(['body de']);
  });
});

describe('the Vietnamese original right under a German photo caption', () => {
  it('is a caption, however many syllables it has', () => {
    const page = [
      'Arbeiter reparieren das Dach der Dorfschule',
      'Nach dem Sturm haben Arbeiter in Quang Binh begonnen, die beschädigten Schulen des Bezirks zu reparieren.',
      'Foto: Arbeiter reparieren nach dem Sturm das Dach der Dorfschule in Quang Binh. Die Schüler sollen in der nächsten Woche wieder in ihre Klassen zurückkehren können, sobald Strom und Wasser wieder fließen.',
      'Công nhân sửa chữa mái trường làng ở Quảng Bình sau cơn bão. Học sinh dự kiến sẽ có thể trở lại lớp học của mình vào tuần tới, ngay khi điện và nước được khôi phục hoàn toàn trở lại.',
      'Die Kosten übernimmt die Provinz.',
      'KHANH MINH',
    ];
    expect(rowsOf(page, 4)).toEqual(['caption vi']);
  });
});

describe('a Vietnamese headline as long as a paragraph', () => {
  const LONG_TITLE =
    'Die Provinz hat beschlossen, die alte Markthalle am Fluss nicht abzureißen, sondern sie bis zum Ende des kommenden Jahres als Zentrum für Handwerk, Kunst und regionale Küche wieder zu eröffnen, wie es im neuen Plan heißt';
  const LONG_HEADLINE =
    '"Tỉnh đã quyết định không phá bỏ khu chợ cũ bên sông mà sẽ mở cửa trở lại vào cuối năm sau như một trung tâm dành cho nghề thủ công, nghệ thuật và ẩm thực của địa phương, theo kế hoạch mới được công bố."';
  const lines = (title: string) => [
    'Vietnam.vn - Nền tảng quảng bá Việt Nam',
    '',
    title,
    '',
    'Báo Quốc TếBáo Quốc Tế14/10/2023',
    '',
    'Die Halle wurde im Jahr 1928 gebaut und war lange der größte Markt der Stadt.',
    LONG_HEADLINE,
    '',
    'Die Arbeiten sollen im Frühjahr beginnen.',
    ...TAIL,
  ];

  it('is the original of the title it mirrors in length, a caption and not a paragraph', () => {
    expect(rowsOf(lines(LONG_TITLE), 8)).toEqual(['caption vi']);
  });

  it('is the original of the lead on a page without a title', () => {
    const page = ['Die alte Markthalle am Fluss', LONG_TITLE + '.', LONG_HEADLINE, 'Die Arbeiten sollen im Frühjahr beginnen.', 'KHANH MINH'];
    expect(rowsOf(page, 3)).toEqual(['caption vi']);
  });

  it('stays a paragraph left untranslated when no German line there is as long', () => {
    expect(rowsOf(lines('Alte Markthalle bleibt stehen'), 8)).toEqual(['body vi']);
  });
});

describe('a short German line whose other-language look comes from names', () => {
  it('keeps the page language when only capitalised names speak for another one', () => {
    const page = [
      ...HEAD,
      'Die Fahrgäste bekamen Tee, während sie am Hafen auf die Abfahrt warteten.',
      '',
      'Die Überfahrt dauert etwa eine Stunde und kostet weniger als eine Busfahrt.',
      ...TAIL,
      '',
      'Gleiches Thema',
      '',
      'Schon vor The Late Show und The Tonight Show',
      'Neue Buslinie zum Flughafen Noi Bai eröffnet',
      'Hotel La Luna bietet',
    ];
    expect(rowsOf(page, 17)).toEqual(['related de']);
    expect(rowsOf(page, 19)).toEqual(['related de']);
    const doc = readPage(page.join('\n') + '\n', 'p.txt');
    expect(doc.sentences.find((s) => s.text.startsWith('Schon vor'))?.lang).toBe('de');
  });

  it('counts an acronym in capitals (a station, a firm) as a name, not as a word of another language', () => {
    const page = [
      'Mike Reed von WNED Buffalo (Reading Rainbows Heimatstation) und',
      'Die Sendung lief mehr als zwanzig Jahre lang im Fernsehen der Vereinigten Staaten.',
      'Sie brachte Kindern das Lesen näher, sagte die Moderatorin am Montag.',
      'KHANH MINH',
    ];
    expect(rowsOf(page, 1)).toEqual(['caption de']);
    expect(rowsOf(page, 4)).toEqual(['author vi']);
  });

  it('keeps a line that has running words of another language in that language', () => {
    const page = [...HEAD, 'Die Fahrgäste bekamen Tee, während sie am Hafen auf die Abfahrt warteten.', '', 'Read more about The Late Show', ...TAIL];
    expect(rowsOf(page, 9)).toEqual(['related en']);
  });
});
