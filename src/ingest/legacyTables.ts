// Byte → character tables for the two Vietnamese 8-bit encodings TextDecoder lacks, written from the
// published charts: VISCII 1.1 (RFC 1456) and TCVN3 / TCVN 5712:1993 VN3 (the "ABC" font encoding).
// Bytes not listed decode as in ISO 8859-1 (ASCII below 0x80).

/** VISCII replaces six C0 controls and the whole upper half. Written as runs from a starting byte. */
const VISCII_RUNS: Array<[number, string]> = [
  [0x02, 'Ẳ'], [0x05, 'ẴẪ'], [0x14, 'Ỷ'], [0x19, 'Ỹ'], [0x1e, 'Ỵ'],
  [0x80, 'ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ'],
  [0x90, 'ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ'],
  [0xa0, 'Õắằặấầẩậẽẹếềểễệố'],
  [0xb0, 'ồổỗỠƠộờởịỰỨỪỬơớƯ'],
  [0xc0, 'ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ'],
  [0xd0, 'ĐứÒÓÔạỷừửÙÚỹỵÝỡư'],
  [0xe0, 'àáâãảăữẫèéêẻìíĩỉ'],
  [0xf0, 'đựòóôõỏọụùúũủýợỮ'],
];

/** TCVN3 keeps ASCII and most of Latin-1's symbols; Vietnamese letters sit at 0xA1–0xFE (lower case, plus 7 capitals). */
const TCVN3_RUNS: Array<[number, string]> = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
];

function buildTable(runs: Array<[number, string]>): string[] {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) table.push(String.fromCharCode(b));
  for (const [first, chars] of runs) [...chars].forEach((ch, i) => (table[first + i] = ch));
  return table;
}

export const VISCII_TABLE: readonly string[] = buildTable(VISCII_RUNS);
export const TCVN3_TABLE: readonly string[] = buildTable(TCVN3_RUNS);

export function decodeWithTable(bytes: Uint8Array, table: readonly string[]): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    let chunk = '';
    const end = Math.min(bytes.length, i + CHUNK);
    for (let j = i; j < end; j++) chunk += table[bytes[j] as number];
    parts.push(chunk);
  }
  return parts.join('');
}
