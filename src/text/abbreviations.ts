// Words that end in a full stop without ending the sentence. Data, not code: extend freely.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Case-sensitive: `Nr.` is an abbreviation, `NR` at a sentence end is not. */
export const GERMAN_ABBREVIATIONS = set(`
  Dr Nr nr bzw ca Mio Mrd St Prof Hr Fr Frl vgl evtl ggf inkl zzgl exkl Jh Jhd Jhs Str Tel Abs Art Bd Bde Hrsg
  sog bspw bzgl Abb Tab Kap Std Mill Tsd Anm Aufl Ausg Bsp Dipl Ing Mag Min Nachf Pkt Reg Verf Vors Gebr
  geb gest verh ehem allg bes gem insb lt lfd max min mind urspr zit Jan Feb Febr Aug Sep Sept Okt Nov Dez
  Mo Di Mi Do Fr Sa So Chr Inh Kfz Pkw Lkw Abt Verw Bhf Jg Ztg
`);

export const ENGLISH_ABBREVIATIONS = set(`
  Mr Mrs Ms Dr Prof Sr Jr St vs Inc Ltd Co Corp No Gen Sen Rep Gov Lt Col Capt Sgt Mt Ave Rd Blvd approx est
  dept fig Fig Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/** Vietnamese titles and place-name prefixes (`TP. Hồ Chí Minh`, `PGS.TS. Nguyễn …`, `ThS.`). */
export const VIETNAMESE_ABBREVIATIONS = set(`
  TP Tp tp PGS GS TS ThS Ths BS KS CN NXB TT Th Tr tr Tx TX
`);

/** Abbreviations that often close a sentence too: a capitalised next word means a new sentence. */
export const SENTENCE_FINAL_ABBREVIATIONS = set(`usw etc vv ff`);

/** Words after which `12.` is an ordinal (`am 12.`, `des 75.`, `zum 3.`), not a sentence end. */
export const ORDINAL_CONTEXT = set(`
  am Am im Im des der dem den die das vom zum zur bis seit ab vor nach zwischen jeden jedem jeder ihr ihre ihrem
  ihres sein seine seinem seines seiner beim Vom Zum Zur Bis Seit Ab Vor Nach Des Der Dem Den Die Das um Um
`);

/** Months (German, English): `15. August`, `1. Jan.` are dates, never sentence ends. */
export const MONTHS = set(`
  Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember
  January February March May June July October December Jan Feb Febr Mär Apr Jun Jul Aug Sep Sept Okt Oct Nov Dez Dec
`);
