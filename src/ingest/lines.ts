// The page as a list of non-empty lines with their offsets, input line numbers and blank-line neighbours.

export interface PageLine {
  /** Trimmed text of the line. */
  text: string;
  /** Offsets of the trimmed text in the page text. */
  start: number;
  end: number;
  /** 1-based line in the input file. */
  line: number;
  blankBefore: boolean;
  blankAfter: boolean;
}

/**
 * Splits normalised text into its non-empty lines. `sourceLines` maps each text line to an input line
 * when the text was extracted from HTML; otherwise line n of the text is line n of the input.
 */
export function splitLines(text: string, sourceLines?: number[]): PageLine[] {
  const out: PageLine[] = [];
  let lineNo = 0;
  let pos = 0;
  let blank = false;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let a = pos;
    let b = nl;
    while (a < b && /\s/.test(text[a] as string)) a++;
    while (b > a && /\s/.test(text[b - 1] as string)) b--;
    if (b > a) {
      const prev = out[out.length - 1];
      if (prev && blank) prev.blankAfter = true;
      out.push({ text: text.slice(a, b), start: a, end: b, line: sourceLines?.[lineNo] ?? lineNo + 1, blankBefore: blank, blankAfter: false });
      blank = false;
    } else if (lineNo > 0) blank = true;
    lineNo++;
    pos = nl + 1;
  }
  return out;
}
