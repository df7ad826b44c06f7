// `bitext inspect FILE… [--json]`: reads pages and shows their blocks, roles, languages, sentences and leftover links.
import { readPage, ReadError } from '../ingest';
import { ReadRefused } from '../io/readBounded';
import type { PageDocument } from '../model';
import { parseArgs, UsageError } from './args';
import type { CliCommand, CliIO } from './io';

export const INSPECT_HELP = `usage: bitext inspect FILE… [--json] [--max-mb N]

Reads each page (text or HTML; UTF-8/16, windows-1252/1258, VISCII, TCVN3) and prints its blocks with roles
and languages, its sentences, and the links from Vietnamese leftovers to the German sentences they translate.
  --json      the JSON of DESIGN.md: one object for one file, an array for several
  --max-mb N  refuse pages larger than N megabytes (default 5)
A file that cannot be read gets one line on stderr; the others are still printed; the exit code is then 1.
`;

/** The JSON shape of DESIGN.md: links keyed by language codes, blocks and sentences without offsets. */
export function inspectJson(doc: PageDocument) {
  const { translation, original } = doc.languages;
  return {
    file: doc.file,
    meta: { title: doc.meta.title, publisher: doc.meta.publisher, date: doc.meta.date, author: doc.meta.author, sourceUrl: doc.meta.sourceUrl },
    blocks: doc.blocks.map((b) => ({ id: b.id, line: b.line, role: b.role, lang: b.lang, text: b.text })),
    sentences: doc.sentences.map((s) => ({ id: s.id, block: s.block, lang: s.lang, text: s.text })),
    links: doc.links.map((l) => ({ [translation]: l.translation, [original]: l.original, score: l.score })),
  };
}

function inspectText(doc: PageDocument): string {
  const out: string[] = [`== ${doc.file}  (${doc.languages.translation} translated from ${doc.languages.original})`];
  const m = doc.meta;
  const meta = Object.entries({ title: m.title, publisher: m.publisher, date: m.date, author: m.author, source: m.sourceUrl, 'slug headline': m.slugHeadline })
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `  ${k}: ${v}`);
  out.push(...meta);
  const byBlock = new Map<string, string[]>();
  for (const s of doc.sentences) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s.id]);
  for (const b of doc.blocks) {
    const sentences = byBlock.get(b.id)?.join(',') ?? '-';
    out.push(`${b.id.padEnd(4)} line ${String(b.line).padEnd(4)} ${b.role.padEnd(8)} ${String(b.lang).padEnd(4)} [${sentences}] ${b.text}`);
  }
  const text = new Map(doc.sentences.map((s) => [s.id, s.text]));
  for (const l of doc.links)
    out.push(`link ${l.score.toFixed(2)}  ${l.original.join(',')} "${l.original.map((id) => text.get(id)).join(' ')}"  ->  ${l.translation.join(',')} "${l.translation.map((id) => text.get(id)).join(' ')}"`);
  return out.join('\n') + '\n';
}

function why(error: unknown): string {
  if (error instanceof ReadError || error instanceof ReadRefused) return error.reason;
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, expected a file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

export const inspectCommand: CliCommand = async (args: string[], io: CliIO) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(INSPECT_HELP);
    return 0;
  }
  const parsed = parseArgs(args, { flags: ['--json'], values: ['--max-mb'] });
  if (parsed.positional.length === 0) throw new UsageError(`no FILE given\n\n${INSPECT_HELP}`);
  const maxMb = parsed.values.has('--max-mb') ? Number(parsed.values.get('--max-mb')) : 5;
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError('--max-mb needs a positive number of megabytes');
  const json = parsed.flags.has('--json');
  const docs: PageDocument[] = [];
  let failed = false;
  for (const file of parsed.positional) {
    try {
      const maxBytes = Math.round(maxMb * 1024 * 1024);
      docs.push(readPage(await io.readFile(file, maxBytes), file, { maxBytes }));
    } catch (error) {
      failed = true;
      io.stderr(`bitext inspect: ${file}: ${why(error)}\n`);
    }
  }
  if (json) {
    const shaped = docs.map(inspectJson);
    // One file: its object, or nothing on stdout when it could not be read (the reason is on stderr).
    if (parsed.positional.length > 1) io.stdout(JSON.stringify(shaped, null, 2) + '\n');
    else if (shaped[0]) io.stdout(JSON.stringify(shaped[0], null, 2) + '\n');
  } else io.stdout(docs.map(inspectText).join('\n'));
  return failed ? 1 : 0;
};
