// Small closed lists of very frequent words per language: the evidence that decides short lines,
// where character n-gram detectors have too little text to go on. Lower case, NFC.

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** German function words and frequent news and page-furniture words (navigation labels, captions). */
export const GERMAN_WORDS = words(`
  der die das den dem des ein eine einer eines einem einen und oder aber doch sondern ist sind war waren wird werden
  wurde wurden hat haben hatte hatten sei seien nicht kein keine keinen mit von vom für auf im zum zur am beim
  als auch sich sie er es wir ihr ihre ihren ihrem ihres sein seine seinen seinem seiner ich du bei nach über
  aus um vor seit durch gegen unter zwischen noch nur wie dass daß wenn weil ob zu nach bis ohne sowie sowohl
  dies diese dieser dieses diesem diesen jene man mehr sehr schon immer etwa rund laut zufolge heute gestern
  jahr jahre jahren jahres tag tage tagen uhr prozent millionen milliarden herr frau präsident präsidenten
  quelle quellen quellenlink kommentar kommentare kommentieren gleiches gleiche gleicher thema kategorie autor
  anzeige werbung foto fotos bild bilder video videos nachricht nachrichten lokal erbe figur geschäft produkt
  politisches politik system wirtschaft kultur sport gesundheit bildung reisen welt weltweit inland ausland
  aktuelle aktuell ereignisse meinung leben technik wissenschaft unterhaltung startseite mehr lesen weiterlesen
  teilen hinterlasse deine dein gefühle neueste meistgelesen verwandte artikel beiträge keine daten verfügbar
  staatschef staatschefs regierung minister ministerium land länder landes stadt provinz volk menschen
  russland nordkorea südkorea deutschland vietnam china japan amerika ukraine
  in an so da wo was wer wann warum hier dort jetzt nun sehr viel viele vielen wenig neue neuen neuer neues
  alte alten großen kleine kleinen ersten erste zweite dritte letzten letzte beiden beide alle allen jeder jede
  zieht zeigt gibt geht kommt steht liegt bleibt macht sagt sagte sagten erklärte teilte mit berichtete gilt
  will wollen soll sollen kann können muss müssen darf dürfen wurde worden gewesen haben lassen heißt
  tausende hunderte millionen besucher gäste menschen einwohner touristen kinder frauen männer schüler lehrer
  neu alt groß klein gut schlecht hoch tief lang kurz weit nah früh spät schnell stark schwer wichtig
  stadt städte dorf insel küste meer berg fluss straße haus schule markt preis preise wetter sturm regen
  hilfe arbeit zeit weg welt ende anfang woche monat abend morgen nacht mittag wochenende jahresende
  erreicht erreichen steigt steigen sinkt sinken feiern feiert eröffnet öffnet schließt beginnt endet
  rekord rekordwert rekordhoch fest festival blumen blumenfest reis kaffee gold mai juni juli august september oktober november dezember
  montag dienstag mittwoch donnerstag freitag samstag sonntag
`);

/** English function words and the English labels scraped pages keep (`No data`, `No videos available`). */
export const ENGLISH_WORDS = words(`
  the of and to is are was were be been has have had for on with by from this that these those it its at as not
  in on at by an a no yes data available videos video more read share comments comment related news home page next previous
  which who what when where why how will would can could should may might there their they them he she we you
  your our my his her an or but if then than into about after before over under between during all any some
  new latest most popular search menu login sign up contact privacy terms cookies advertisement loading
  said says say year years people government president minister country
`);

/** Vietnamese syllables written without diacritics (URL slugs, capitalised names, plain-ASCII leftovers). */
export const VIETNAMESE_ASCII_WORDS = words(`
  va cua cac la mot nhung duoc trong voi cho nay khi se tu ve nguoi nam ngay thang hop tac viet bao quoc te
  tai theo cung nhu co khong den ra vao tren duoi sau truoc nhieu chu tich thu tuong bo truong chinh phu nuoc
  dan quan hai ba bon tin tuc thoi su kinh gioi xa hoi van hoa giao duc suc khoe phat trien nga trieu tien
  han my trung nhat tp hcm ha noi thanh pho lanh dao nhan dip ky niem song phuong muon quan ngai thoa thuan
  vu khi tiem tang vuot qua cam doi ngoai thuong mai dau tu an ninh hoa binh chien tranh quan su
  nguyen tran le pham hoang huynh phan vo dang bui ngo duong ly minh anh hung huong lan linh mai tuan dung
  trang hang ngoc quang long khanh thao hieu son cuong vinh hien giang thuy yen tam
`);

// ă â đ ê ô ơ ư (both cases), then Latin-1 vowels with grave, acute or tilde: Vietnamese tones that German
// and English do not use (a stray `Café` costs one letter of evidence, not the line).
const VIETNAMESE_LATIN = new Set([...'ăĂâÂđĐêÊôÔơƠưƯàáãèéìíòóõùúýĩũÀÁÃÈÉÌÍÒÓÕÙÚÝĨŨ'].map((c) => c.charCodeAt(0)));

/** Letters that occur in Vietnamese but in none of the other languages handled here (after NFC). */
export function isVietnameseLetter(code: number): boolean {
  // The precomposed tone-marked block U+1EA0–U+1EF9 (ạ ả ấ … ỹ) is Vietnamese only.
  return (code >= 0x1ea0 && code <= 0x1ef9) || VIETNAMESE_LATIN.has(code);
}

/** ä ö ü ß and capitals. */
export function isGermanLetter(code: number): boolean {
  return code === 0xe4 || code === 0xf6 || code === 0xfc || code === 0xdf || code === 0xc4 || code === 0xd6 || code === 0xdc || code === 0x1e9e;
}

/** A Vietnamese syllable spelt without diacritics: onset, one to three vowels, an allowed final. */
export const VI_SYLLABLE = /^(ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** True for one Vietnamese syllable in any spelling (`Lãnh`, `đạo`, `NGUYỄN`, `minh`): at most one tone mark, a valid shape. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const plain = decomposed.replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  return VI_SYLLABLE.test(plain);
}
