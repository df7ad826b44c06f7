// The writer of the crash test: performs mixed writes on a project and prints one line per acknowledged write,
// after the store returned (so after commit). The test kills it with SIGKILL at a random moment.
// Usage: tsx crash-child.ts PROJECT WRITES SEED TAG
import { openProject, StoreError } from '../../src/store';
import { makePage } from './fixtures';

const [path = '', writesArg = '1200', seedArg = '1', tag = 'r'] = process.argv.slice(2);
let seed = Number(seedArg) >>> 0 || 1;
function random(): number {
  // xorshift32: reproducible runs from the seed the test prints on failure.
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 0x1_0000_0000;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const project = openProject(path, { create: true });
if (project.listDocuments().length === 0) {
  const { doc, links } = makePage(1, 80);
  project.importDocument(doc, links, { contentHash: 'crash-page' });
}
const documentId = project.listDocuments()[0]!.id;
const say = (line: string) => process.stdout.write(`${line}\n`);
say('ready');

for (let i = 0; i < Number(writesArg); i++) {
  const token = `${tag}-${i}`;
  const rows = project.listLinks(documentId, { limit: 10_000 });
  const sentences = rows.flatMap((r) => [...r.translation, ...r.original]);
  const roll = random();
  try {
    if (roll < 0.35) {
      const s = pick(sentences);
      const r = project.editSentence(s.id, `${s.text.split(' #')[0]} #${token}`);
      say(`ack ${i} edit_sentence ${r.historyId} ${r.createdIds?.[0] ?? 0} ${token}`);
    } else if (roll < 0.6) {
      const s = pick(sentences);
      const r = project.addAnnotation({ sentenceId: s.id, start: 0, end: Math.min(3, s.text.length), category: 'fluency/grammar', severity: 'minor', comment: token });
      say(`ack ${i} add_annotation ${r.historyId} ${r.createdIds?.[0] ?? 0} ${token}`);
    } else if (roll < 0.78) {
      const r = project.setLinkState([pick(rows).id], pick(['proposed', 'confirmed', 'rejected'] as const));
      say(`ack ${i} ${r.action} ${r.historyId} 0 ${token}`);
    } else if (roll < 0.86 && rows.length > 1) {
      const at = Math.floor(random() * (rows.length - 1));
      const r = project.mergeLinks([rows[at]!.id, rows[at + 1]!.id]);
      say(`ack ${i} merge_links ${r.historyId} 0 ${token}`);
    } else if (roll < 0.93 && rows.some((x) => x.translation.length + x.original.length > 1)) {
      // Merges can leave a single row; only rows of two or more sentences can give one away.
      const row = pick(rows.filter((x) => x.translation.length + x.original.length > 1));
      const r = project.detachSentence([...row.translation, ...row.original][0]!.id);
      say(`ack ${i} detach_sentence ${r.historyId} 0 ${token}`);
    } else if (roll < 0.97 && project.historyStatus().undoAction !== 'import') {
      // Undo everything but the page itself, so the writer always has rows to work on.
      const r = project.undo();
      say(`ack ${i} undo ${r?.historyId ?? 0} 0 ${token}`);
    } else {
      const r = project.redo();
      say(`ack ${i} redo ${r?.historyId ?? 0} 0 ${token}`);
    }
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'bad_request') throw error;
    say(`skip ${i}`);
  }
}
project.close();
say('done');
