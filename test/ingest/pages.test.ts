import { describe, expect, it } from 'vitest';
import { PAGES_DIR, readFixture, sentenceText } from './helpers';

const meta = (name: string) => readFixture(PAGES_DIR, name).meta;

/** The leftover (by its text) and the translated sentences it must be paired with. */
function pairedWith(name: string, leftover: string): string | null {
  const doc = readFixture(PAGES_DIR, name);
  const link = doc.links.find((l) => sentenceText(doc, l.original) === leftover);
  return link ? sentenceText(doc, link.translation) : null;
}

describe('metadata on the written pages', () => {
  it('reads publisher and date from glued bylines in every encoding', () => {
    expect(meta('p01-full-crlf.txt')).toMatchObject({ publisher: 'Báo Thanh Niên', date: '2024-02-03' });
    expect(meta('p03-full-nfd.txt')).toMatchObject({ publisher: 'Báo Lao Động', date: '2024-09-08' });
    expect(meta('p05-article.html')).toMatchObject({ publisher: 'Báo Hà Nội Mới', date: '2024-08-09', title: 'Hanoi eröffnet neue Metrolinie zwischen Nhon und dem Hauptbahnhof' });
    expect(meta('p06-byline-first-utf16le.txt')).toMatchObject({ publisher: 'Báo Nhân Dân', date: '2023-11-20', title: 'Lehrer in ganz Vietnam feiern den Tag der vietnamesischen Lehrer' });
    expect(meta('p07-full-windows1258.txt')).toMatchObject({ publisher: 'Báo Đà Nẵng', date: '2023-12-15' });
    expect(meta('p09-full-tcvn3.txt')).toMatchObject({ publisher: 'Báo Công Thương', date: '2023-10-10', title: 'Reisexporte erreichen Rekordwert' });
  });

  it('reads authors, source URLs and slug headlines of body-only pages', () => {
    expect(meta('p02-body-bom.txt')).toMatchObject({
      title: null,
      author: 'THANH HUONG',
      sourceUrl: 'https://tuoitre.vn/gia-vang-hom-nay-tang-manh-lap-dinh-moi-20240305101010.htm',
      slugHeadline: 'gia vang hom nay tang manh lap dinh moi',
    });
    expect(meta('p10-body-cr.txt')).toMatchObject({ author: 'MINH ANH', slugHeadline: 'phu quoc don hon 5 trieu luot khach du lich' });
    expect(meta('p04-body-windows1252.txt')).toMatchObject({ sourceUrl: null, author: null });
  });

  it('decodes legacy encodings to the right letters', () => {
    expect(readFixture(PAGES_DIR, 'p04-body-windows1252.txt').text).toContain('Nach Schätzungen des Ministeriums könnte');
    expect(readFixture(PAGES_DIR, 'p07-full-windows1258.txt').text).toContain('Lễ hội hoa Đà Lạt thu hút hàng nghìn du khách');
    expect(readFixture(PAGES_DIR, 'p08-body-viscii.txt').text).toContain('Phố cổ Hà Nội sẽ cấm ô tô vào cuối tuần');
    expect(readFixture(PAGES_DIR, 'p09-full-tcvn3.txt').text).toContain('Xuất khẩu gạo đạt kỷ lục mới');
    expect(readFixture(PAGES_DIR, 'p03-full-nfd.txt').text).toContain('Bão Yagi tàn phá miền Bắc');
  });

  it('skips script and style in HTML and decodes entities', () => {
    const doc = readFixture(PAGES_DIR, 'p05-article.html');
    expect(doc.text).not.toContain('nicht lesen');
    expect(doc.text).not.toContain('color');
    expect(doc.text).toContain('8.000 und 15.000 Dong & Kinder fahren übrigens kostenlos.');
    expect(doc.blocks.find((b) => b.role === 'caption')?.line).toBe(15); // the <figcaption>'s line in the HTML
  });
});

describe('leftover pairing on the written pages', () => {
  it('pairs headline leftovers with the German title', () => {
    expect(pairedWith('p01-full-crlf.txt', 'Việt Nam và Đức thúc đẩy hợp tác kinh tế trong năm 2024')).toBe(meta('p01-full-crlf.txt').title);
    expect(pairedWith('p03-full-nfd.txt', 'Bão Yagi tàn phá miền Bắc, hàng trăm nghìn người mất điện')).toBe(meta('p03-full-nfd.txt').title);
    expect(pairedWith('p05-article.html', 'Hà Nội khai trương tuyến đường sắt đô thị Nhổn - ga Hà Nội')).toBe(meta('p05-article.html').title);
    expect(pairedWith('p06-byline-first-utf16le.txt', 'Giáo viên cả nước vui mừng chào đón Ngày Nhà giáo Việt Nam')).toBe(meta('p06-byline-first-utf16le.txt').title);
    expect(pairedWith('p07-full-windows1258.txt', 'Lễ hội hoa Đà Lạt thu hút hàng nghìn du khách')).toBe('Blumenfest in Da Lat zieht Tausende Besucher an');
    expect(pairedWith('p09-full-tcvn3.txt', 'Xuất khẩu gạo đạt kỷ lục mới')).toBe('Reisexporte erreichen Rekordwert');
  });

  it('pairs a leftover on a page without title with the body sentence it translates', () => {
    expect(pairedWith('p08-body-viscii.txt', 'Phố cổ Hà Nội sẽ cấm ô tô vào cuối tuần')).toBe('Die Stadtverwaltung von Hanoi will die Altstadt am Wochenende fuer Autos sperren.');
    expect(pairedWith('p10-body-cr.txt', 'Phú Quốc đón hơn 5 triệu lượt khách du lịch')).toBe('Die Insel Phu Quoc hat im vergangenen Jahr mehr als fünf Millionen Touristen empfangen.');
  });

  it('reads a site line without a domain, a mixed-case author and a page without a title', () => {
    expect(meta('p11-no-domain-site.txt')).toMatchObject({ publisher: 'Báo Quốc Tế', date: '2024-06-05', author: 'Nguyễn Hồng Nhung', slugHeadline: 'indonesia va viet nam ky thoa thuan hop tac nghe ca' });
    expect(pairedWith('p11-no-domain-site.txt', 'Indonesia và Việt Nam ký thỏa thuận hợp tác nghề cá')).toBe('Indonesien und Vietnam unterzeichnen Abkommen über Fischerei');
    expect(meta('p12-full-no-title.txt')).toMatchObject({ title: null, publisher: 'Báo Tuổi Trẻ', date: '2024-03-01' });
    expect(pairedWith('p12-full-no-title.txt', 'TP.HCM khởi công xây dựng cầu mới bắc qua sông Sài Gòn')).toMatch(/^Ho-Chi-Minh-Stadt hat am Donnerstag mit dem Bau einer neuen Brücke/);
  });

  it('pairs nothing on a page without leftovers', () => {
    expect(readFixture(PAGES_DIR, 'p04-body-windows1252.txt').links).toEqual([]);
  });
});
