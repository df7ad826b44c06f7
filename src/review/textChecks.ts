// Checks that read one text on its own: quotes and brackets, space before punctuation, doubled words and page
// furniture. Each returns spans; the runner turns them into findings with ids and severities.

export interface Span {
  start: number;
  end: number;
  message: string;
}

/** An opening or closing mark left without its partner, for pairing across neighbouring sentences. */
export interface Unpaired extends Span {
  mark: string;
  /** The marks that would pair with this one. */
  partners: string;
  opens: boolean;
}

// Opening mark -> the marks that close it. `“` opens in English and closes German `„`; `»…«` and `«…»` both occur.
const QUOTE_CLOSERS: Record<string, string> = { '„': '“”', '“': '”', '«': '»', '»': '«', '‚': '‘’', '"': '"' };
// Languages that open with low marks (`„…“`): there `“` only ever closes.
const LOW_OPENING_QUOTES = new Set(['de', 'cs', 'sk', 'pl', 'ro', 'hu', 'bg', 'hr', 'sl', 'sr', 'lt', 'et', 'is', 'ka', 'uk']);
const LOW_QUOTE_CLOSERS: Record<string, string> = { '„': '“”', '«': '»', '»': '«', '‚': '‘’', '"': '"' };
const BRACKET_CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

function pairs(text: string, closers: Record<string, string>, isQuote: boolean): Unpaired[] {
  const stack: Array<{ mark: string; at: number }> = [];
  const loose: Unpaired[] = [];
  const closing = new Set(Object.values(closers).join(''));
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const top = stack[stack.length - 1];
    if (top && closers[top.mark]?.includes(c)) {
      stack.pop();
      continue;
    }
    if (closers[c] !== undefined) {
      // Straight `"` and `»`/`«` open here and close in the branch above.
      stack.push({ mark: c, at: i });
      continue;
    }
    if (closing.has(c)) {
      // A lone `’`/`‘` is an apostrophe far more often than a quote.
      if (c === '’' || c === '‘') continue;
      const partners = Object.keys(closers).filter((k) => closers[k]?.includes(c)).join('');
      loose.push({ start: i, end: i + 1, mark: c, partners, opens: false, message: `closing ${isQuote ? 'quotation mark' : 'bracket'} ${c} without an opening ${partners}` });
    }
  }
  for (const s of stack) {
    const partners = closers[s.mark] ?? '';
    loose.push({ start: s.at, end: s.at + 1, mark: s.mark, partners, opens: true, message: `opening ${isQuote ? 'quotation mark' : 'bracket'} ${s.mark} without a closing ${partners}` });
  }
  return loose.sort((a, b) => a.start - b.start);
}

export const unpairedQuotes = (text: string, lang: string): Unpaired[] =>
  pairs(text, LOW_OPENING_QUOTES.has(lang.split('-')[0] ?? '') ? LOW_QUOTE_CLOSERS : QUOTE_CLOSERS, true);
export const unpairedBrackets = (text: string, _lang?: string): Unpaired[] => pairs(text, BRACKET_CLOSERS, false);

/** Languages that put a (narrow) space before these marks by rule. */
const SPACE_BEFORE_OK: Record<string, string> = { fr: ';:!?»' };
const SPACE_BEFORE = /(?<=[\p{L}\p{N}\p{M}"”“)\]])([ \t\u00a0\u202f]+)([,.;:!?])(?=[\s"”“„»«')\]]|$)/gu;

export function spaceBeforePunctuation(text: string, lang: string): Span[] {
  const ok = SPACE_BEFORE_OK[lang.split('-')[0] ?? ''] ?? '';
  const out: Span[] = [];
  for (const m of text.matchAll(SPACE_BEFORE)) {
    const mark = m[2] as string;
    if (ok.includes(mark)) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 20), m.index).replace(/^\S*\s/, '');
    out.push({ start: m.index, end, message: `space before "${mark}": write "${before}${mark}"` });
  }
  return out;
}

/** Words a language legitimately writes twice in a row (`…, die die Füße …`); `*` means any (reduplication). */
export const DOUBLING_ALLOWED: Record<string, readonly string[]> = {
  de: ['die', 'der', 'das', 'den', 'dem', 'des', 'sie'],
  en: ['that', 'had'],
  fr: ['nous', 'vous'],
  vi: ['*'],
};

const DOUBLED = /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)(\s+)\1(?![\p{L}\p{M}\p{N}])/giu;

export function doubledWords(text: string, lang: string): Span[] {
  const allowed = DOUBLING_ALLOWED[lang.split('-')[0] ?? ''] ?? [];
  if (allowed.includes('*')) return [];
  const out: Span[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    const word = m[1] as string;
    if (allowed.includes(word.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, message: `"${word}" written twice` });
  }
  return out;
}

export interface BoilerplatePattern {
  re: RegExp;
  label: string;
  /** Only when it is the whole text (navigation lines), not inside running text. */
  whole?: boolean;
}

/** Page furniture as data: ad markers anywhere; navigation and comment counters when they are the whole text. */
export const BOILERPLATE: readonly BoilerplatePattern[] = [
  { re: /\[(?:Anzeige|Werbung|Advertisement|Ad|Quảng cáo|Publicité)(?:[_ ]\d+)?\]/giu, label: 'ad marker' },
  { re: /\[\p{L}+_\d+\]/gu, label: 'placeholder' },
  { re: /^(?:Kommentare?|Comments?|Bình luận) \(\d+\)$/giu, label: 'comment counter', whole: true },
  { re: /^(?:No data|Quelle|Quellenlink|Nguồn|Source|Gleiches Thema|Gleiche Kategorie|Gleicher Autor|Cùng chủ đề|Cùng chuyên mục|Cùng tác giả)$/giu, label: 'navigation', whole: true },
];

export function boilerplate(text: string, patterns: readonly BoilerplatePattern[] = BOILERPLATE): Span[] {
  const out: Span[] = [];
  const trimmed = text.trim();
  const lead = text.indexOf(trimmed);
  for (const p of patterns) {
    const subject = p.whole ? trimmed : text;
    const offset = p.whole ? lead : 0;
    for (const m of subject.matchAll(p.re)) {
      const start = offset + m.index;
      if (out.some((o) => start < o.end && start + m[0].length > o.start)) continue;
      out.push({ start, end: start + m[0].length, message: `${p.label} "${m[0]}" left in the text` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
