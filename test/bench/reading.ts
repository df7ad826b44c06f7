// Reading benchmark: 10,000 generated pages in the style of the seeds (full scrapes and body-only extracts,
// with bylines, ad markers, glued captions, Vietnamese headlines, related lists, navigation), read from bytes.
import { readPage } from '../../src/ingest/index';
import { median, type BenchResult } from './stats';


const PUBLISHERS = ['Báo Quốc Tế', 'Báo Thanh Niên', 'Báo Lao Động', 'Báo Nhân Dân', 'Báo Tuổi Trẻ', 'Báo Công Thương'];
const TITLES = [
  ['Russland und Nordkorea wollen ihre Zusammenarbeit ausbauen', 'Nga và Triều Tiên muốn mở rộng hợp tác'],
  ['Vietnam und Deutschland vereinbaren engere Zusammenarbeit in der Wirtschaft', 'Việt Nam và Đức thúc đẩy hợp tác kinh tế'],
  ['Taifun verwüstet Nordvietnam, Tausende ohne Strom', 'Bão tàn phá miền Bắc, hàng nghìn người mất điện'],
  ['Reisexporte erreichen im dritten Quartal einen Rekordwert', 'Xuất khẩu gạo đạt kỷ lục mới trong quý III'],
  ['Blumenfest in Da Lat zieht Tausende Besucher an', 'Lễ hội hoa Đà Lạt thu hút hàng nghìn du khách'],
];
const SENTENCES = [
  'Am {d}. Oktober tauschte der nordkoreanische Machthaber Kim Jong Un anlässlich des {n}. Jahrestages der Beziehungen Briefe mit Präsident Putin aus.',
  'Die Staatschefs äußerten ihr Vertrauen in die Aussichten für die Beziehungen zwischen den beiden Ländern.',
  'Nach Angaben der Behörden wurden in Hai Phong und Quang Ninh etwa {n} Häuser beschädigt, z. B. in Küstennähe.',
  '„Wir wollen die Zusammenarbeit in den Bereichen Energie und Bildung vertiefen“, sagte der Minister.',
  'Das Handelsvolumen erreichte im vergangenen Jahr rund {n} Mrd. US-Dollar, ca. {d} Prozent mehr als im Vorjahr.',
  'Experten zufolge bieten die Gespräche beiden Seiten die Möglichkeit, neue Abkommen zu schließen.',
  'Dr. Nguyen Van An, Direktor des Instituts, erklärte am {d}. März in Hanoi, die Lage sei stabil.',
  'Laut KCNA fand das Treffen in einer „besonders freundlichen Atmosphäre“ statt.',
];
const RELATED = ['Ha Giang – die Schönheit, die die Füße der Menschen hält', 'Folge der Sonne', 'Kaffeeexporte erreichen Rekordwert', 'Hanoi-Mädchen kleiden sich für die Weihnachtszeit'];
const NAV = ['Erbe', 'Figur', 'Geschäft', 'No videos available', 'Nachricht', 'Politisches System', 'Lokal', 'Produkt'];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generatePage(k: number): string {
  const rnd = random(k + 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const fill = (s: string) => s.replace(/\{d\}/g, () => String(1 + Math.floor(rnd() * 28))).replace(/\{n\}/g, () => String(10 + Math.floor(rnd() * 900)));
  const [title, headline] = pick(TITLES) as [string, string];
  const paragraphs = Array.from({ length: 4 + Math.floor(rnd() * 6) }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => fill(pick(SENTENCES))).join(' '));
  if (rnd() < 0.5) paragraphs[1] += ` Foto: Präsident Putin (rechts) begrüßt Kim Jong Un am ${fill('{d}')}. September. (Quelle: Reuters)`;
  paragraphs.splice(1, 0, headline);
  const date = `${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}/${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}/20${20 + Math.floor(rnd() * 5)}`;
  const publisher = pick(PUBLISHERS);
  if (rnd() < 0.5) {
    const tail = ['[Anzeige_2]', 'Quelle', '', 'Kommentar (0)', '', 'No data', '', 'Gleiches Thema', '', ...RELATED, '', ...NAV.flatMap((n) => [n, ''])];
    return ['Vietnam.vn - Nền tảng quảng bá Việt Nam', '', title, '', `${publisher}${publisher}${date}`, '', '[Anzeige_1]', ...paragraphs.flatMap((p) => [p, '']), ...tail].join('\n');
  }
  const slug = headline.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return ['Präsident Putin (rechts) und Kim Jong-un trafen sich im April 2019 in Wladiwostok', ...paragraphs, 'KHANH MINH', '[Anzeige_2]', `Quelle: https://www.sggp.org.vn/${slug}-post${k}.html`, 'Kommentar (0)'].join('\n');
}

export async function bench(): Promise<BenchResult[]> {
  const encoder = new TextEncoder();
  const pages = Array.from({ length: 10_000 }, (_, k) => encoder.encode(generatePage(k)));
  const bytes = pages.reduce((n, p) => n + p.length, 0);
  readPage(pages[0] as Uint8Array, 'warm-up.txt');
  const rates: number[] = [];
  let sentences = 0;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    sentences = 0;
    for (let k = 0; k < pages.length; k++) sentences += readPage(pages[k] as Uint8Array, `page-${k}.txt`).sentences.length;
    rates.push(pages.length / ((performance.now() - t0) / 1000));
  }
  const pagesPerSecond = median(rates);
  return [
    { name: 'reading: pages per second (10,000 generated pages, median of 3)', value: Math.round(pagesPerSecond), unit: 'pages/s', target: '≥ 2000' },
    { name: 'reading: megabytes per second', value: Math.round((bytes / 1048576) * (pagesPerSecond / pages.length) * 10) / 10, unit: 'MB/s' },
    { name: 'reading: sentences per page', value: Math.round(sentences / pages.length), unit: 'sentences' },
  ];
}
