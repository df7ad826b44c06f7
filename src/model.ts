// The vocabulary shared by every layer. Plain data only: everything here must survive JSON.

export const ROLES = [
  'site',
  'title',
  'byline',
  'body',
  'caption',
  'related',
  'source',
  'author',
  'ad',
  'comments',
  'nav',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose text is page furniture rather than article content. */
export const BOILERPLATE_ROLES: ReadonlySet<Role> = new Set<Role>([
  'site',
  'byline',
  'related',
  'source',
  'ad',
  'comments',
  'nav',
]);

/** ISO 639-1 code (`de`, `vi`, `en`, …), `und` when undetermined; `null` for markers such as `[Anzeige_1]`. */
export type Lang = string | null;

export interface DocumentMeta {
  title: string | null;
  publisher: string | null;
  /** ISO date, YYYY-MM-DD. */
  date: string | null;
  author: string | null;
  sourceUrl: string | null;
  /** The original headline as carried, without diacritics, in the source URL's slug. */
  slugHeadline: string | null;
}

export interface Block {
  /** `b1`, `b2`, … in reading order. */
  id: string;
  /** 1-based input line where the block starts. */
  line: number;
  role: Role;
  lang: Lang;
  text: string;
  /** Offsets (UTF-16 code units) of `text` in the document's normalised text. */
  start: number;
  end: number;
}

export interface Sentence {
  /** `s1`, `s2`, … in reading order across the document. */
  id: string;
  block: string;
  lang: Lang;
  text: string;
  /** Offsets (UTF-16 code units) of `text` in the document's normalised text. */
  start: number;
  end: number;
}

/**
 * A leftover of the original language paired with the translated sentences it corresponds to.
 * `translation` and `original` hold sentence ids; the languages are the document's.
 */
export interface LeftoverLink {
  translation: string[];
  original: string[];
  /** 0..1, how sure the pairing is. */
  score: number;
}

export interface PageDocument {
  file: string;
  /** The decoded, NFC-normalised text with `\n` line ends; offsets point into it. */
  text: string;
  /** Language of the translated text (e.g. `de`) and of the original it came from (e.g. `vi`). */
  languages: { translation: string; original: string };
  meta: DocumentMeta;
  blocks: Block[];
  sentences: Sentence[];
  links: LeftoverLink[];
}

/** One row of an alignment between two sentence lists: indices into each side (either may be empty). */
export interface AlignmentLink {
  a: number[];
  b: number[];
  /** 0..1 confidence. */
  score: number;
}

/**
 * The two sides of a link, from the database to the UI: the translation (the German a person fixes) and the
 * original it was translated from (the Vietnamese). Only corpus file formats say source/target: in their
 * exchange type (AlignedUnit, src/formats/units.ts) `source` is the original and `target` the translation.
 */
export const SIDES = ['translation', 'original'] as const;
export type Side = (typeof SIDES)[number];

/** How a link came about: proposed by the aligner, or made by a person. */
export const LINK_ORIGINS = ['auto', 'manual'] as const;
export type LinkOrigin = (typeof LINK_ORIGINS)[number];
/** Where a person's review of a link stands. */
export const LINK_STATES = ['proposed', 'confirmed', 'rejected'] as const;
export type LinkState = (typeof LINK_STATES)[number];

export const MQM_SEVERITIES = ['neutral', 'minor', 'major', 'critical'] as const;
export type MqmSeverity = (typeof MQM_SEVERITIES)[number];
