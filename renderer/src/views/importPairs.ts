// Which of the files a person picked may form a source/translation pair, by the import's naming rule
// (`stem.xx.ext` + `stem.yy.ext`). The renderer sees only API types, so the rule is repeated here; it only decides
// whether to ask the server for a dry run (which decides for real), so a file the server pairs differently is
// still imported as the server says.
const PAIR_NAME = /^(.*)\.([a-z]{2})\.(txt|html?|md)$/i;

/** The files whose name shares its stem with exactly one other picked file. */
export function pairCandidates(files: readonly File[]): File[] {
  const byStem = new Map<string, File[]>();
  for (const file of files) {
    const stem = PAIR_NAME.exec(file.name)?.[1]?.toLowerCase();
    if (stem !== undefined) byStem.set(stem, [...(byStem.get(stem) ?? []), file]);
  }
  return [...byStem.values()].filter((group) => group.length === 2).flat();
}

/** A file's content for the API, which takes bytes as base64 in JSON. */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
