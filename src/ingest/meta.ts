// Metadata out of page furniture: publisher and date from a glued byline, the headline hidden in a URL slug.
import { isVietnameseSyllable } from '../text/wordlists';
import { DMY_DATE, ISO_DATE, WEEKDAY } from './patterns';

export interface Byline {
  publisher: string | null;
  date: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** The date in a byline line, if the line is one (short, no sentence, a day-first or ISO date). */
export function findBylineDate(line: string): { date: string; index: number; length: number } | null {
  if (line.length > 140) return null;
  const iso = ISO_DATE.exec(line);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date) return { date, index: iso.index, length: iso[0].length };
  }
  const dmy = DMY_DATE.exec(line);
  if (dmy) {
    const date = isoDate(Number(dmy[4]), Number(dmy[3]), Number(dmy[1]));
    if (date) return { date, index: dmy.index, length: dmy[0].length };
  }
  return null;
}

/**
 * `Báo Quốc TếBáo Quốc Tế14/10/2023` → `Báo Quốc Tế`, `2023-10-14`. Scrapers glue the publisher's name
 * twice (logo text and link text) straight onto the date; a doubled name is taken once.
 */
export function parseByline(line: string): Byline {
  const found = findBylineDate(line);
  if (!found) return { publisher: null, date: null };
  let name = line.slice(0, found.index).replace(WEEKDAY, ' ');
  name = name.replace(/\b\d{1,2}:\d{2}\b/g, ' ').replace(/[\s|·•,–—-]+$/u, '').replace(/^[\s|·•,–—-]+/u, '').trim();
  const half = name.length / 2;
  if (name.length % 2 === 0 && name.slice(0, half) === name.slice(half)) name = name.slice(0, half).trim();
  else {
    // `Báo Quốc Tế Báo Quốc Tế` with a space between the two copies.
    const words = name.split(/\s+/);
    const h = words.length / 2;
    if (words.length % 2 === 0 && words.slice(0, h).join(' ') === words.slice(h).join(' ')) name = words.slice(0, h).join(' ');
  }
  name = name.replace(/^(?:Von|By|Theo)\s+/u, '');
  return { publisher: name.length >= 2 ? name : null, date: found.date };
}

/**
 * The headline words in a URL slug (`nga-va-trieu-tien-hop-tac-vuot-qua-cam-van-post745114.html`), or null
 * when the slug is not a Vietnamese headline (an English slug, an id, a home page).
 */
export function slugHeadline(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const segments = path.split('/').filter(Boolean);
  const last = [...segments].reverse().find((s) => /[a-z].*-.*[a-z]/i.test(s));
  if (!last) return null;
  const stem = decodeURIComponent(last)
    // Any short file extension: sites use their own (`.vnp`, `.vov`, `.tpo`, `.ldo`, `.chn`).
    .replace(/\.[a-z]{2,5}$/i, '')
    .replace(/[-_](?:post|p|d|a|ar|n|tin|bai|news|article)\d+$/i, '')
    .replace(/[-_]\d{3,}$/i, '');
  const words = stem.toLowerCase().split(/[-_]+/).filter(Boolean);
  if (words.length < 3) return null;
  const syllables = words.filter((w) => /^[a-z]+$/.test(w) && isVietnameseSyllable(w)).length;
  return syllables / words.length >= 0.8 ? words.join(' ') : null;
}
