// `bitext align A B`: aligns two documents sentence by sentence and prints the links.
import { alignSentences, lexiconFromTsv, LexiconFormatError, parseDictd, type Lexicon } from '../align/index';
import type { AlignmentLink } from '../model';
import { parseArgs, UsageError } from './args';
import { formatLinks, FORMATS, type Format } from '../align/output';
import { DecodeFailure } from '../ingest/errors';
import { decodeBytes, type Encoding } from '../ingest/decode';
import { identifyLanguage, normalizeText, segmentSentences } from '../text/index';
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
      const index = decodeFile(path, await read(io, path)).text;
      const base = path.slice(0, -'.index'.length);
      let dict: Uint8Array;
      try {
        dict = await io.readFile(`${base}.dict`);
      } catch {
        dict = await gunzip(await read(io, `${base}.dict.dz`));
      }
      return parseDictd(index, dict, langA, langB);
    }
    return lexiconFromTsv(decodeFile(path, await read(io, path)).text, langA, langB);
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
    const textA = decodeFile(fileA, await read(io, fileA));
    const textB = decodeFile(fileB, await read(io, fileB));
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

const LEGACY_NAMES: Partial<Record<Encoding, string>> = {
  'windows-1252': 'windows-1252 (Western European)',
  'windows-1258': 'windows-1258 (Vietnamese)',
  viscii: 'VISCII (Vietnamese)',
  tcvn3: 'TCVN3 (Vietnamese)',
};

/** The page reader's decoder (BOMs, UTF-16, legacy German and Vietnamese encodings), then its normalisation. */
function decodeFile(path: string, bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { text: '', warning: null };
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    if (e instanceof DecodeFailure) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
  const legacy = LEGACY_NAMES[decoded.encoding];
  const warning = legacy ? `not valid UTF-8; read as ${legacy} (convert the file to UTF-8 if the text looks wrong)` : null;
  return { text: normalizeText(decoded.text), warning };
}

/** The language of a whole document by the page reader's identifier, over its first lines; `fallback` when unsure. */
function detectLang(text: string, fallback: string): string {
  const votes = new Map<string, number>();
  for (const line of text.slice(0, 20000).split('\n')) {
    const lang = identifyLanguage(line);
    if (lang && lang !== 'und') votes.set(lang, (votes.get(lang) ?? 0) + line.length);
  }
  const best = [...votes].sort((x, y) => y[1] - x[1])[0];
  return best ? best[0] : fallback;
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
