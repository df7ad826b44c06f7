// `bitext align A B`: aligns two documents sentence by sentence and prints the links.
import { alignSentences, lexiconFromTsv, LexiconFormatError, parseDictd, type Lexicon } from '../align/index';
import type { AlignmentLink } from '../model';
import { parseArgs, UsageError } from './args';
import { formatLinks, FORMATS, type Format } from '../align/output';
import { segmentSentences } from '../text/index';
import type { CliCommand, CliIO } from './io';

export const ALIGN_HELP = `usage: bitext align A B [--presegmented] [--format tsv|json|tmx|text] [--lang-a de] [--lang-b vi] [--dict FILE]

Aligns document A with document B sentence by sentence.
  --presegmented   every line of each file is one unit, empty lines included; units are never split or joined
                   (a final newline does not start another unit). Without it, the files are split into sentences.
  --format         tsv (default): one link a line, A's 0-based ids comma-separated, TAB, B's ids ("3,4<TAB>5", "7<TAB>")
                   json: {"langA","langB","a":[…],"b":[…],"links":[{"a":[…],"b":[…],"score"}]}
                   tmx: TMX 1.4b, one translation unit per link with text on both sides
                   text: the linked sentences side by side, for reading
  --lang-a, --lang-b   ISO 639-1 codes; detected from the text when left out (de and vi when unsure)
  --dict FILE      an extra bilingual dictionary: TSV ("termA<TAB>termB" a line) or dictd (FILE.index beside FILE.dict[.dz])
`;

class InputError extends Error {}

async function read(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, expected a file' : e instanceof Error ? e.message : String(e);
    throw new InputError(`${path}: cannot read (${why})`);
  }
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function loadDictionary(io: CliIO, path: string, langA: string, langB: string): Promise<Lexicon> {
  try {
    if (path.endsWith('.index')) {
      const index = decodeText(await read(io, path)).text;
      const base = path.slice(0, -'.index'.length);
      let dict: Uint8Array;
      try {
        dict = await io.readFile(`${base}.dict`);
      } catch {
        dict = await gunzip(await read(io, `${base}.dict.dz`));
      }
      return parseDictd(index, dict, langA, langB);
    }
    return lexiconFromTsv(decodeText(await read(io, path)).text, langA, langB);
  } catch (e) {
    if (e instanceof LexiconFormatError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

export const alignCommand: CliCommand = async (args, io) => {
  let parsed;
  try {
    parsed = parseArgs(args, { flags: ['--presegmented', '--help'], values: ['--format', '--lang-a', '--lang-b', '--dict'] });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`bitext align: ${e.message}\n${ALIGN_HELP}`);
      return 2;
    }
    throw e;
  }
  if (parsed.flags.has('--help')) {
    io.stdout(ALIGN_HELP);
    return 0;
  }
  const format = (parsed.values.get('--format') ?? 'tsv') as Format;
  const usage = (msg: string): number => {
    io.stderr(`bitext align: ${msg}\n${ALIGN_HELP}`);
    return 2;
  };
  if (!FORMATS.includes(format)) return usage(`unknown format "${format}" (use ${FORMATS.join(', ')})`);
  if (parsed.positional.length !== 2) return usage(`expected two files A and B, got ${parsed.positional.length}`);
  const [fileA, fileB] = parsed.positional as [string, string];
  for (const opt of ['--lang-a', '--lang-b']) {
    const v = parsed.values.get(opt);
    if (v !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(v)) return usage(`${opt} must be a language code such as de or vi, got "${v}"`);
  }
  try {
    const textA = decodeText(await read(io, fileA));
    const textB = decodeText(await read(io, fileB));
    for (const [file, t] of [[fileA, textA], [fileB, textB]] as const) if (t.warning) io.stderr(`bitext align: ${file}: ${t.warning}\n`);
    const langA = parsed.values.get('--lang-a') ?? detectLang(textA.text, 'de');
    const langB = parsed.values.get('--lang-b') ?? detectLang(textB.text, langA === 'vi' ? 'de' : 'vi');
    const presegmented = parsed.flags.has('--presegmented');
    const a = segmentDocument(textA.text, langA, presegmented);
    const b = segmentDocument(textB.text, langB, presegmented);
    const dict = parsed.values.get('--dict');
    const lexicon = dict ? await loadDictionary(io, dict, langA, langB) : undefined;
    const links: AlignmentLink[] = alignSentences(a, b, { langA, langB, ...(lexicon ? { lexicon } : {}) });
    io.stdout(formatLinks(format, links, a, b, langA, langB));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`bitext align: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
};


export interface DecodedText {
  text: string;
  warning: string | null;
}

/** UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is read as Windows-1252 with a warning. */
export function decodeText(bytes: Uint8Array): DecodedText {
  let text: string;
  let warning: string | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warning = 'not valid UTF-8; read as Windows-1252 (convert the file to UTF-8 if the text looks wrong)';
    }
  }
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC'), warning };
}

const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;
const DE_LETTERS = /[äöüß]|\b(?:der|die|das|und|nicht|ist|mit|von)\b/giu;

/** A cheap guess between Vietnamese, German and English; `fallback` when the text says too little. */
export function detectLang(text: string, fallback: string): string {
  const sample = text.slice(0, 20000);
  const vi = sample.match(VI_LETTERS)?.length ?? 0;
  const de = sample.match(DE_LETTERS)?.length ?? 0;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) return fallback;
  if (vi / words > 0.15) return 'vi';
  if (de / words > 0.03) return 'de';
  if (vi + de === 0 && /\b(?:the|and|of|is)\b/i.test(sample)) return 'en';
  return fallback;
}

/** The units to align: lines as they are (--presegmented), or sentences found by the project's segmenter. */
export function segmentDocument(text: string, lang: string, presegmented: boolean): string[] {
  if (presegmented) {
    if (text === '') return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  return segmentSentences(text, lang).map((s) => s.text);
}
