// What the search panel sends for what a person typed. The API searches literal text without regard to case and
// patterns with it, and has no case flag; "Match case" is built from the pattern syntax instead: a literal that
// must match case goes as an escaped pattern, a pattern that need not gets RE2's (?i). The query is put in NFC,
// the form stored text is in, so a query typed or pasted in NFD (e + combining circumflex) still finds "ê".
export function searchQuery(text: string, options: { regex: boolean; matchCase: boolean }): { query: string; regex: boolean } {
  const query = text.normalize('NFC');
  if (options.regex) return { query: options.matchCase ? query : `(?i)${query}`, regex: true };
  if (!options.matchCase) return { query, regex: false };
  return { query: query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), regex: true };
}
