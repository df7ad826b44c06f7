import { describe, expect, it } from 'vitest';
import { sentenceAnchors } from '../../src/align/anchors';
import { lexTokens, visibleLength } from '../../src/align/features';
import { scanSentence } from '../../src/align/scan';

// The one-walk reader must give exactly what the separate (regex) readers give, or alignments would change.
const samples = [
  'Laut Reuters sagte Putin (KCNA) „ja“? Am 12. Oktober 2023 stieg der Preis um 7,4 Prozent.',
  'Theo Reuters, ông Putin nói "có"! Ngày 12 tháng 10, giá tăng 7,4%. Đoàn đến Hà Nội, Việt Nam.',
  '  Hello\u0000 World\u200b !  \t',
  'İstanbul İİ ΣΑΣ ΟΔΟΣ Straße ǅemal ǈ Ǆ',
  "O'Neil's rock’n’roll x-ray -a- 'b EU Eu UN",
  '𝐀𝐁 𝒳yz 😀 Foo 😀Bar \uD800 lone \uDC00 end',
  'x\u00ad\u200e\u2028y\ufeffz\u3000 ',
  'Quelle: https://www.sggp.org.vn/nga-post745114.html, sagt Berlin  Nam (dpa) ¿que? ¡si! （ ％ 「」',
  'e\u0301te\u0301 CAFE\u0301 Mai\u0301 prozent\u030C',
  'A1B C3 3D Ab1 1948–2023 300 % im Mai, Kalendermai.',
  '',
  ' ',
];

describe('scanSentence', () => {
  for (const text of samples)
    for (const lang of ['de', 'vi'])
      it(`reads ${JSON.stringify(text.slice(0, 24))} (${lang}) as the separate readers do`, () => {
        const got = scanSentence(text, lang, true);
        expect(got.anchors).toEqual(sentenceAnchors(text, lang));
        expect(got.tokens).toEqual(lexTokens(text));
        expect(got.len).toBe(visibleLength(text));
        expect(scanSentence(text, lang, false).anchors).toEqual([]);
      });

  it('finds names, numbers and stems in a news sentence', () => {
    const got = scanSentence('Präsident Wladimir Putin besuchte am 12. Oktober Hanoi.', 'de', true);
    expect(got.anchors).toEqual(expect.arrayContaining(['d:12-10', 'w:putin', 'w:hanoi']));
    expect(got.tokens).toContain('präsid');
  });
});
