// Numbers and dates, normalised so that the same quantity reads the same in every language's format:
// `12. Oktober` ~ `12/10` ~ `ngày 12 tháng 10` ~ `October 12` all become `d:12-10`; `1.500,5` ~ `1,500.5`.
// Month names come from Intl for whatever language is asked, so no language is special-cased.

interface MonthPattern {
  /** Matches day+month, month+day or a month alone. */
  re: RegExp;
  /** Lower-case month name -> month number 1..12. */
  byName: Map<string, number>;
  /** Every name contains a digit (`tháng 10`): text without digits has no month. */
  needsDigit: boolean;
}

const monthCache = new Map<string, MonthPattern | null>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function monthNames(lang: string): Map<string, number> {
  const names = new Map<string, number>();
  const styles: Array<'long' | 'short'> = ['long', 'short'];
  for (const style of styles) {
    let fmt: Intl.DateTimeFormat;
    try {
      // With a day, Intl gives the form used inside dates (genitive in some languages).
      fmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: style, timeZone: 'UTC' });
    } catch {
      return names;
    }
    for (let m = 0; m < 12; m++) {
      const part = fmt.formatToParts(new Date(Date.UTC(2020, m, 15))).find((p) => p.type === 'month');
      const name = part?.value.toLowerCase().replace(/\.$/, '').trim();
      // Names that are only digits (some locales) would collide with plain numbers.
      if (name && /\p{L}/u.test(name) && name.length >= 3) names.set(name, m + 1);
    }
  }
  return names;
}

function monthPattern(lang: string): MonthPattern | null {
  const key = lang.toLowerCase();
  const cached = monthCache.get(key);
  if (cached !== undefined) return cached;
  const byName = monthNames(key);
  let result: MonthPattern | null = null;
  if (byName.size > 0) {
    // Longest names first so `Oktober` wins over `Okt`; names ending in a digit (`tháng 1`) must not eat `tháng 10`.
    const alts = [...byName.keys()]
      .sort((x, y) => y.length - x.length)
      .map((n) => escapeRe(n).replace(/ /g, '\\s+') + (/\d$/.test(n) ? '(?!\\d)' : '\\.?(?![\\p{L}])'))
      .join('|');
    const re = new RegExp(`(?:(\\d{1,2})\\.?\\s*(?:de\\s+|of\\s+)?)?(${alts})(?:\\s+(\\d{1,2})(?![\\d.,]\\d))?`, 'giu');
    result = { re, byName, needsDigit: [...byName.keys()].every((n) => /\d/.test(n)) };
  }
  monthCache.set(key, result);
  return result;
}

/** A number string in canonical form: no grouping, `.` for the decimal point, no leading zeros. */
export function canonicalNumber(raw: string, lang: string): string {
  let s = raw;
  const grouped = /^\d{1,3}(?:([.,\u00a0\u202f'])\d{3})+(?:([.,])\d+)?$/.exec(s);
  if (grouped && (grouped[2] === undefined || grouped[2] !== grouped[1])) {
    const sep = grouped[1] ?? '';
    s = s.split(sep).join('');
  }
  const decimalComma = !/^(en|zh|ja|ko|th|he|hi)\b/i.test(lang);
  if (decimalComma) s = s.replace(',', '.');
  else s = s.replace(/,/g, '');
  if (/^\d+\.\d+$/.test(s)) {
    s = s.replace(/0+$/, '').replace(/\.$/, '');
  }
  s = s.replace(/^0+(?=\d)/, '');
  return s;
}

function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Month and day+month keys pushed to `out`; returns the text with each date replaced by a space. */
function monthKeys(text: string, months: MonthPattern, out: string[]): string {
  return text.replace(months.re, (_m, before: string | undefined, name: string, after: string | undefined) => {
    const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    const month = months.byName.get(key);
    if (month === undefined) return _m;
    const day = before ?? after;
    if (day !== undefined && Number(day) >= 1 && Number(day) <= 31) out.push(`d:${Number(day)}-${month}`);
    else {
      out.push(`m:${month}`);
      if (after !== undefined) out.push(`n:${Number(after)}`);
    }
    return ' ';
  });
}

/**
 * Anchor keys for the numbers and dates in one sentence: `d:D-M` for day+month dates, `m:M` for a month alone,
 * `n:VALUE` for every other number (years, percentages, ordinals, each end of a range).
 */
export function numberAnchors(text: string, lang: string): string[] {
  const out: string[] = [];
  let rest = text;
  // Most sentences have no digit: then only month names can match (every other pattern needs one).
  const months = monthPattern(lang);
  if (!hasDigit(text)) {
    if (months && !months.needsDigit) monthKeys(rest, months, out);
    return out;
  }
  // Numeric dates first: 14/10/2023, 14.10.2023, 2023-10-14, 12/10.
  rest = rest.replace(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, (_m, y: string, mo: string, d: string) => {
    out.push(`d:${Number(d)}-${Number(mo)}`, `n:${Number(y)}`);
    return ' ';
  });
  rest = rest.replace(/(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.,]\d)/g, (m, d: string, sep: string, mo: string, y?: string) => {
    const dn = Number(d);
    const mn = Number(mo);
    // `12.5` without a year is a decimal number, not a date.
    if (sep === '.' && y === undefined) return m;
    if (dn < 1 || dn > 31 || mn < 1 || mn > 12) return m;
    out.push(`d:${dn}-${mn}`);
    if (y !== undefined && y.length === 4) out.push(`n:${Number(y)}`);
    return ' ';
  });
  if (months) rest = monthKeys(rest, months, out);
  const numRe = /\d+(?:[.,\u00a0\u202f']\d{3})*(?:[.,]\d+)?/g;
  for (const m of rest.matchAll(numRe)) out.push(`n:${canonicalNumber(m[0], lang)}`);
  return out;
}
