// The line shapes that mark page furniture. Data-like regular expressions, kept together so new sites
// can be taught by adding a word here rather than touching the reading logic.

export const AD_MARKER = /^\[(?:Anzeige|Werbung|Advertisement|Ad|Ads|Quảng cáo|QC)[ _-]?\d*\]$/iu;
export const ANY_MARKER = /^\[[\p{L}\p{N}_ -]{1,40}\]$/u;

/** A site line: a domain name, usually with a slogan (`Vietnam.vn - Nền tảng quảng bá Việt Nam`). */
export const SITE_LINE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|de|info|asia|news|tv)\b/iu;

/** `Quelle`, `Quellenlink`, `Quelle: https://…`, `Nguồn: …`, `Source: …`, `(Theo Reuters)`. */
export const SOURCE_LINE = /^\(?(?:Quelle|Quellen|Quellenlink|Quellenangabe|Link zur Quelle|Originalartikel|Original|Source|Nguồn|Theo)\b\s*:?\s*(.{0,300})$/iu;

export const COMMENTS_LINE =
  /^(?:Kommentare?\s*(?:\(\d+\))?|Comments?\s*(?:\(\d+\))?|Bình luận\s*(?:\(\d+\))?|No data|Keine Daten|Noch keine Kommentare.*|Sei(?:en Sie)? der Erste.*|.{0,40}\bKommentar\b.{0,60}[!.]?)$/iu;

export const RELATED_HEADING =
  /^(?:Gleiches Thema|Gleiche Kategorie|Gleicher Autor|Gleiche Rubrik|Verwandte(?:s| Artikel| Nachrichten| Themen)?|Ähnliche Artikel|Lesen Sie auch|Lesen Sie mehr|Mehr zum Thema|Weitere Artikel|Weitere Nachrichten|Das könnte Sie (?:auch )?interessieren|Meistgelesen|Neueste(?: Nachrichten| Artikel)?|Empfohlen|Related(?: articles| news)?|Read more|See also|Cùng chủ đề|Cùng chuyên mục|Cùng tác giả|Tin liên quan|Tin cùng chuyên mục|Xem thêm|Đọc thêm|Bài liên quan)\s*:?$/iu;

/** Section names seen in page navigation; any short label in the page tail is treated alike. */
export const NAV_LABELS = new Set(
  `erbe figur geschäft nachricht nachrichten politisches system lokal produkt aktuelle ereignisse no videos available
  reisen kultur sport wirtschaft gesellschaft welt politik gesundheit bildung technologie technik wissenschaft
  unterhaltung meinung leben reise reiseziel reiseziele erlebnis erlebnisse küche essen natur menschen video videos
  fotos startseite home impressum datenschutz kontakt über uns ressorts rubriken themen mehr menü suche
  vietnam heute ausland inland regionen provinzen kunst musik film mode`
    .split(/\s+/)
    .filter(Boolean),
);

export const NAV_PHRASES = /^(?:No videos available|Keine Videos verfügbar|Politisches System|Aktuelle Ereignisse|Über uns|Mehr anzeigen|Mehr laden|Alle anzeigen|Nach oben)$/iu;

/** An author line in capitals (`KHANH MINH`, `HUY QUỐC`) or introduced by `Von` / `Autor:` / `Text:`. */
export const AUTHOR_CAPS = /^[\p{Lu}][\p{Lu}\p{M}.'-]*(?:\s+[\p{Lu}][\p{Lu}\p{M}.'-]*){1,4}$/u;
export const AUTHOR_INTRO = /^(?:Von|Autor(?:in)?:|Text:|Bài(?: và ảnh)?:|Tác giả:|By)\s+(\p{Lu}[\p{L}\p{M}.' -]{1,60})$/u;

const CREDIT = String.raw`\((?:Quelle|Foto|Fotos|Bild|Bildquelle|Ảnh|Nguồn|Source|Photo|Illustration)\s*:[^()]{1,80}\)`;
/** A photo credit closing a caption: `(Quelle: Reuters)`, `(Foto: AFP)`, `(Ảnh: TTXVN)`, with an optional ` |`. */
export const CREDIT_AT_END = new RegExp(String.raw`\s*${CREDIT}\s*\|?\s*$`, 'iu');
/** A paragraph ending in a bare photo label: `… zu gehen. Illustrationsfoto`. */
export const BARE_PHOTO_AT_END = /(?<=[.!?…“”"»)])\s+(?:Illustrationsfoto|Archivfoto|Symbolfoto|Ảnh minh họa)\s*$/u;
/** Where a caption glued to a paragraph starts: `… fördern. Foto: …` (also after a paragraph cut at `;`, `,` or `:`, or whose full stop has a stray mark: `….x Foto:`), or a bare photo label at the end. */
export const CAPTION_START = /(?<=[.!?…“”"»);,:]|\p{Ll}{2}[.!?][\p{Ll}\p{N}])\s+(?:(?:Foto|Fotos|Bild|Ảnh|Photo|Illustrationsfoto|Archivfoto|Symbolfoto)\s*:\s|(?:Illustrationsfoto|Archivfoto|Symbolfoto|Ảnh minh họa)\s*$)/u;
export const CAPTION_LINE = /^(?:Foto|Fotos|Bild|Ảnh|Photo|Illustrationsfoto|Archivfoto|Symbolfoto)\s*:/u;
/** Words typical of photo captions: who stands where, what the picture shows. */
export const CAPTION_CUES = /\((?:rechts|links|Mitte|vorne|hinten|r\.|l\.|M\.|Mitte rechts|Mitte links|phải|trái|giữa)\)|\b(?:Foto|Fotos|Illustrationsfoto|Archivfoto|Bild|Ảnh|Abbildung)\b/u;

/**
 * Ends like a sentence (possibly inside closing quotes or brackets), with a caption credit, or with a bracket after
 * the sentence's own stop (`… gestiegen. (Reuters)`); a bare aside (`… 40 Kilo (88 Pfund)`) is a line cut short.
 * A word's full stop followed by one stray letter or digit (`warteten.x`, `gewonnen.1`: a typo or a footnote
 * mark) still ends one.
 */
export const SENTENCE_END = new RegExp(String.raw`(?:[.!?…:;][\s"'“”’»)\]]*|(?:${CREDIT}|[.!?…]\s*\([^()]{1,80}\))\s*\|?|\p{Ll}{2}[.!?][\p{Ll}\p{N}])$`, 'u');

/** A glued byline's date: `14/10/2023`, `14.10.2023`, `14-10-2023`, `2023-10-14`, with an optional time after it. */
export const DMY_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/;
export const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
export const WEEKDAY =
  /\b(?:Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/giu;

export const URL = /https?:\/\/[^\s<>"“”„]+/u;
