// Normalisation shared by every reader: one Unicode form and one line end, so offsets and comparisons agree.

/** NFC, `\n` line ends (CRLF and lone CR converted), no BOM. Offsets of later steps point into this form. */
export function normalizeText(s: string): string {
  let out = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  // NFC is cheap when the text is already composed, but skipping the call for pure ASCII saves a copy.
  return isAscii(out) ? out : out.normalize('NFC');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Folds a Vietnamese (or any Latin) string to plain ASCII letters: tone marks and vowel marks removed, đ → d.
 * URL slugs carry headlines in this form, so both sides are folded before they are compared.
 */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Lower-cased, diacritic-free word tokens (letters and digits), for matching and lexicon lookups. */
export function foldedWords(s: string): string[] {
  return stripDiacritics(s.toLowerCase()).split(/[^a-z0-9ß]+/).filter(Boolean);
}
