// A sentence that was edited and then reverted still has edit rows, and the latest edit decides what a person
// sees. Splitting or joining such a sentence must show the new machine text, not the text before the boundary
// change (found by the API property test, test/api/property.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../src/store';
import { projectWithPage } from './helpers';

let project: Project;
let documentId: number;
let cleanup: () => void;
beforeEach(() => {
  const made = projectWithPage(12);
  ({ project, documentId } = made);
  cleanup = () => {
    project.close();
    made.folder.remove();
  };
});
afterEach(() => cleanup());

/** The first body paragraph's first two sentences: neighbours on the translation side of one block. */
function neighbours() {
  const doc = project.getDocument(documentId);
  const body = doc.blocks.find((b) => b.role === 'body')!;
  const [first, second] = doc.sentences.filter((s) => s.blockId === body.id);
  return { first: first!, second: second! };
}

const shown = (id: number) => {
  const s = project.getSentence(id);
  return { text: s.text, edited: s.edited };
};

describe('boundaries of a reverted sentence', () => {
  it('a split shows the first part, unedited', () => {
    const { first } = neighbours();
    project.editSentence(first.id, 'Etwas ganz anderes.');
    project.revertSentence(first.id);
    const cut = first.text.indexOf(' ', 5);
    const { createdIds } = project.splitSentence(first.id, cut);
    expect(shown(first.id)).toEqual({ text: first.text.slice(0, cut), edited: false });
    expect(shown(createdIds![0]!)).toEqual({ text: first.text.slice(cut + 1), edited: false });
    project.undo();
    expect(shown(first.id)).toEqual({ text: first.text, edited: false });
    expect(project.check().ok).toBe(true);
  });

  it('a join shows both sentences, unedited', () => {
    const { first, second } = neighbours();
    project.editSentence(first.id, 'Etwas ganz anderes.');
    project.revertSentence(first.id);
    project.joinSentences(first.id, second.id);
    expect(shown(first.id)).toEqual({ text: `${first.text} ${second.text}`, edited: false });
    project.undo();
    expect(shown(first.id)).toEqual({ text: first.text, edited: false });
    expect(shown(second.id)).toEqual({ text: second.text, edited: false });
  });
});
