// Small news-like pages as bytes, for tests that import through the API: a German title, German paragraphs and,
// optionally the Vietnamese original of a sentence left in as its own line. Generated, no copied text.
const GERMAN = [
  'Der Minister traf am Montag in Hanoi ein.',
  'Beide Seiten unterzeichneten ein Abkommen über den Handel.',
  'Die Gespräche dauerten drei Stunden.',
  'Nach Angaben der Regierung wächst die Wirtschaft um sechs Prozent.',
  'Die Delegation besuchte auch die Hafenstadt Hai Phong.',
  'Am Abend gab es ein festliches Essen im Gästehaus.',
  'Die Zusammenarbeit soll im nächsten Jahr ausgebaut werden.',
  'Vertreter beider Länder lobten die offene Atmosphäre.',
];
const VIETNAMESE = [
  'Bộ trưởng đến Hà Nội vào thứ Hai.',
  'Hai bên ký hiệp định thương mại.',
  'Cuộc hội đàm kéo dài ba giờ.',
  'Kinh tế tăng trưởng sáu phần trăm.',
];

export interface PageSpec {
  /** Distinguishes pages with the same shape (it goes into the title and every sentence). */
  tag: string;
  /** Sentences per paragraph. */
  paragraphs: number[];
  /** Add a Vietnamese line (an untranslated original left in) after every other paragraph. */
  leftovers: boolean;
}

/** The page text: one paragraph a line, as in the body-only extracts. */
export function pageText(spec: PageSpec): string {
  const lines = [`Besuch des Ministers ${spec.tag}`];
  let n = 0;
  spec.paragraphs.forEach((count, p) => {
    const parts: string[] = [];
    let last = 0;
    for (let k = 0; k < count; k++, n++) {
      last = (n * 3 + p) % GERMAN.length;
      parts.push(GERMAN[last]!.replace(/\.$/, ` (${spec.tag}.${n}).`));
    }
    lines.push(parts.join(' '));
    // The original of the paragraph's last sentence, numbered alike so the leftover pairing can find it.
    if (spec.leftovers && p % 2 === 0) lines.push(VIETNAMESE[last % VIETNAMESE.length]!.replace(/\.$/, ` (${spec.tag}.${n - 1}).`));
  });
  return `${lines.join('\n')}\n`;
}

/** The Vietnamese source of a pair: as many sentences a paragraph as the German page, numbered alike. */
export function sourceText(spec: PageSpec): string {
  const lines = [`Chuyến thăm của Bộ trưởng ${spec.tag}`];
  let n = 0;
  for (const count of spec.paragraphs) {
    const parts: string[] = [];
    for (let k = 0; k < count; k++, n++) parts.push(VIETNAMESE[(n * 3) % VIETNAMESE.length]!.replace(/\.$/, ` (${spec.tag}.${n}).`));
    lines.push(parts.join(' '));
  }
  return `${lines.join('\n')}\n`;
}

export function pageFile(name: string, spec: PageSpec): { name: string; base64: string } {
  return { name, base64: Buffer.from(pageText(spec), 'utf8').toString('base64') };
}
