// Numbers, dates and URLs with their positions, each with a key that reads the same in every language's format:
// `12. Oktober` ~ `12/10` ~ `ngày 12 tháng 10` -> `d:12-10`; `1.000` ~ `1,000` ~ `1000` -> `n:1000`; `300 %` and
// `300%` -> `n:300`. Month names come from Intl for whatever language is asked, so no language is special-cased.
import { canonicalNumber } from '../align/numbers';

export interface Quantity {
  key: string;
  start: number;
  end: number;
  kind: 'number' | 'date' | 'url';
}

const monthCache = new Map<string, { re: RegExp; byName: Map<string, number> } | null>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function monthPattern(lang: string): { re: RegExp; byName: Map<string, number> } | null {
  const key = lang.toLowerCase();
  const cached = monthCache.get(key);
  if (cached !== undefined) return cached;
  const byName = new Map<string, number>();
  for (const style of ['long', 'short'] as const) {
    let fmt: Intl.DateTimeFormat;
    try {
      fmt = new Intl.DateTimeFormat(key, { day: 'numeric', month: style, timeZone: 'UTC' });
    } catch {
      break;
    }
    for (let m = 0; m < 12; m++) {
      const name = fmt
        .formatToParts(new Date(Date.UTC(2020, m, 15)))
        .find((p) => p.type === 'month')
        ?.value.toLowerCase()
        .replace(/\.$/, '')
        .trim();
      if (name && /\p{L}/u.test(name) && name.length >= 3) byName.set(name, m + 1);
    }
  }
  let result = null;
  if (byName.size > 0) {
    // Longest first so `Oktober` wins over `Okt`; a name ending in a digit (`tháng 1`) must not eat `tháng 10`.
    const alts = [...byName.keys()]
      .sort((x, y) => y.length - x.length)
      .map((n) => escapeRe(n).replace(/ /g, '\\s+') + (/\d$/.test(n) ? '(?!\\d)' : '\\.?(?!\\p{L})'))
      .join('|');
    const re = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\.?\\s*(?:de\\s+|of\\s+)?)?(${alts})(?:\\s+(\\d{1,2})(?![\\d.,]\\d))?`, 'giu');
    result = { re, byName };
  }
  monthCache.set(key, result);
  return result;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'“”„«»]+/giu;
const ISO_DATE = /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.,]\d)/g;
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,\u00a0\u202f']\d{3})*(?:[.,]\d+)?/gu;

export function normaliseUrl(url: string): string {
  const m = /^(https?:\/\/)?([^/?#]*)(.*)$/i.exec(url);
  const host = (m?.[2] ?? '').toLowerCase().replace(/^www\./, '');
  return host + (m?.[3] ?? '').replace(/\/$/, '');
}

/** All quantities in `text`, in order. `lang` decides month names and the decimal separator. */
export function findQuantities(text: string, lang: string): Quantity[] {
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number): boolean => taken.every(([a, b]) => e <= a || s >= b);
  const add = (q: Quantity): void => {
    out.push(q);
    taken.push([q.start, q.end]);
  };
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(/[.,;:!?)\]]+$/, '');
    add({ key: `u:${normaliseUrl(raw)}`, start: m.index, end: m.index + raw.length, kind: 'url' });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add({ key: `d:${Number(m[3])}-${Number(m[2])}`, start: m.index, end: m.index + m[0].length, kind: 'date' });
    out.push({ key: `n:${Number(m[1])}`, start: m.index, end: m.index + 4, kind: 'number' });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const [whole, d, sep, mo, y] = m as unknown as [string, string, string, string, string | undefined];
    if (!free(m.index, m.index + whole.length)) continue;
    // `12.5` without a year is a decimal number; impossible days or months are not dates.
    if ((sep === '.' && y === undefined) || Number(d) < 1 || Number(d) > 31 || Number(mo) < 1 || Number(mo) > 12) continue;
    add({ key: `d:${Number(d)}-${Number(mo)}`, start: m.index, end: m.index + whole.length, kind: 'date' });
    if (y !== undefined && y.length === 4) out.push({ key: `n:${Number(y)}`, start: m.index + whole.length - 4, end: m.index + whole.length, kind: 'number' });
  }
  const months = monthPattern(lang);
  if (months) {
    for (const m of text.matchAll(months.re)) {
      const [whole, before, name, after] = m as unknown as [string, string | undefined, string, string | undefined];
      if (!free(m.index, m.index + whole.length)) continue;
      const month = months.byName.get(name.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, ''));
      if (month === undefined) continue;
      const day = before ?? after;
      if (day !== undefined && Number(day) >= 1 && Number(day) <= 31) {
        add({ key: `d:${Number(day)}-${month}`, start: m.index, end: m.index + whole.length, kind: 'date' });
      } else if (before === undefined && after === undefined) {
        add({ key: `m:${month}`, start: m.index, end: m.index + whole.length, kind: 'date' });
      }
    }
  }
  for (const m of text.matchAll(NUMBER)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add({ key: `n:${canonicalNumber(m[0], lang)}`, start: m.index, end: m.index + m[0].length, kind: 'number' });
  }
  return out.sort((a, b) => a.start - b.start);
}
