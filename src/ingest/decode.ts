// Bytes → text. Unicode encodings are recognised by BOM or validity; legacy 8-bit encodings (German
// windows-1252, Vietnamese windows-1258, VISCII, TCVN3) by which decoding yields plausible words.
import { isVietnameseSyllable } from '../text/wordlists';
import { DecodeFailure } from './errors';
import { TCVN3_TABLE, VISCII_TABLE, decodeWithTable } from './legacyTables';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1258' | 'viscii' | 'tcvn3';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Share of zero bytes at even and odd positions: UTF-16 without a BOM puts ASCII's zeros on one side. */
function zeroPattern(bytes: Uint8Array): { even: number; odd: number; any: boolean } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2), any: even + odd > 0 };
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return controls / Math.max(1, n);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Throws DecodeFailure with a reason when the bytes are not text this reader understands. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeFailure('the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  for (const [magic, what] of MAGIC)
    if (startsWith(bytes, magic)) throw new DecodeFailure(`this is ${what}, not a text page; export the article as text or HTML`);
  const zeros = zeroPattern(bytes);
  if (zeros.any) {
    if (zeros.odd > 0.3 && zeros.even < 0.05) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
    if (zeros.even > 0.3 && zeros.odd < 0.05) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
    throw new DecodeFailure('the file is binary (it contains NUL bytes), not a text page');
  }
  if (controlShare(bytes) > 0.02) throw new DecodeFailure('the file is binary (too many control characters), not a text page');
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes);
  }
}

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new DecodeFailure('the file starts with a UTF-8 byte-order mark but is not valid UTF-8; re-save it as UTF-8');
  }
}

const LEGACY: Array<{ encoding: Encoding; decode: (b: Uint8Array) => string; label: string }> = [
  { encoding: 'windows-1252', decode: (b) => new TextDecoder('windows-1252').decode(b), label: 'windows-1252 (Western European)' },
  { encoding: 'windows-1258', decode: (b) => new TextDecoder('windows-1258').decode(b).normalize('NFC'), label: 'windows-1258 (Vietnamese)' },
  { encoding: 'viscii', decode: (b) => decodeWithTable(b, VISCII_TABLE), label: 'VISCII (Vietnamese)' },
  { encoding: 'tcvn3', decode: (b) => decodeWithTable(b, TCVN3_TABLE), label: 'TCVN3 (Vietnamese, ABC fonts)' },
];

const GERMAN_ONLY = /^[A-Za-zÄÖÜäöüß]+$/;
const TOKEN = /[^\s\d.,;:!?()[\]{}"'„“”‚‘’«»<>|/\\=+*#%&@_-]+/g;

/**
 * How plausible a decoding is: words with non-ASCII letters count +1 when they read as German
 * (umlauts in Latin words) or as one Vietnamese syllable, -1 otherwise; stray symbols and controls count against.
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    if (/^[\x20-\x7e]*$/.test(word)) continue;
    if (hasControl(word)) score -= 2;
    else if (!/^[\p{L}\p{M}]+$/u.test(word)) score -= 1;
    else if (GERMAN_ONLY.test(word)) score += 1;
    else if (isVietnameseSyllable(word)) score += 1;
    else score -= 1;
  }
  return score;
}

function hasControl(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  }
  return false;
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  const tried = LEGACY.map((c) => {
    const text = c.decode(bytes);
    return { ...c, text, score: plausibility(text) };
  });
  const ranked = [...tried].sort((a, b) => b.score - a.score);
  const [best, second] = [ranked[0]!, ranked[1]!];
  const reencode = `convert it to UTF-8 first (for example: iconv -f ${best.encoding === 'tcvn3' ? 'TCVN' : best.encoding.toUpperCase()} -t UTF-8)`;
  if (best.score <= 0)
    throw new DecodeFailure(`the file is not UTF-8 and no legacy encoding reads as German or Vietnamese text (closest: ${best.label}); ${reencode}`);
  // Two decodings that agree on every character are the same reading (German text in windows-1252 and 1258).
  if (second.score >= best.score * 0.9 && second.text !== best.text && second.score > 0)
    throw new DecodeFailure(`the file is not UTF-8; it looks like ${best.label} or ${second.label} and they cannot be told apart; ${reencode}`);
  return { text: best.text, encoding: best.encoding };
}
