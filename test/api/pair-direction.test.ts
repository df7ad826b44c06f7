// Which page of a pair is the translation follows the languages, not the order of the file dialog:
// story.de.txt + story.vi.txt (alphabetical) makes the German page the translation of the Vietnamese one.
import { describe, expect, it } from 'vitest';
import type { CorpusEntry, DocumentView, ImportSummary } from '../../src/api/contract';
import { openTestWorkbench } from './transports';

const DE = 'Hanoi eröffnet neue Metrolinie\n\nDie Stadt Hanoi hat am Freitag eine neue Metrolinie eröffnet. Sie verbindet Nhon mit dem Hauptbahnhof.\n';
const VI = 'Hà Nội khai trương tuyến đường sắt đô thị mới\n\nThành phố Hà Nội đã khai trương một tuyến đường sắt đô thị mới vào thứ Sáu. Tuyến này nối Nhổn với ga Hà Nội.\n';
const file = (name: string, text: string) => ({ name, base64: Buffer.from(text).toString('base64') });

describe('the direction of an imported pair', () => {
  it('makes the German page the translation whatever the file order', async () => {
    for (const order of [
      [file('story.de.txt', DE), file('story.vi.txt', VI)],
      [file('story.vi.txt', VI), file('story.de.txt', DE)],
    ]) {
      const wb = await openTestWorkbench('http', null);
      try {
        const summary = (await wb.dispatcher.invoke('corpus.import', { files: order }, wb.events)) as ImportSummary;
        expect(summary.failed).toEqual([]);
        const view = (await wb.dispatcher.invoke('document.get', { id: summary.imported[0]!.documentId }, wb.events)) as DocumentView;
        expect(view.languages).toEqual({ translation: 'de', original: 'vi' });
        const pages = (await wb.dispatcher.invoke('corpus.list', {}, wb.events)) as CorpusEntry[];
        expect(pages.find((p) => p.id === view.id)?.file).toBe('story.de.txt');
      } finally {
        wb.close();
      }
    }
  });
});
