// Pages handed to the store follow the same rule as every other door: language codes the exports can write, and
// no lone surrogates (SQLite would turn them into U+FFFD). Messages name the page and the field.
import { describe, expect, it } from 'vitest';
import { makePage } from './fixtures';
import { projectWithPage } from './helpers';

describe('importDocument validation', () => {
  it('refuses a page language that is not a language code, naming the field', () => {
    const { project } = projectWithPage(4);
    const { doc, links } = makePage(9, 8);
    expect(() => project.importDocument({ ...doc, languages: { translation: '', original: 'vi' } }, links, { contentHash: 'x1' })).toThrow(
      /page \(page-9\.txt\): languages\.translation "" is not a language code such as "de" or "vi"/,
    );
    const sentences = doc.sentences.map((s, i) => (i === 2 ? { ...s, lang: 'd e' } : s));
    expect(() => project.importDocument({ ...doc, sentences }, links, { contentHash: 'x2' })).toThrow(/sentences\[2\]\.lang "d e" is not a language code/);
    expect(project.listDocuments()).toHaveLength(1);
    project.close();
  });

  it('refuses a lone surrogate in a sentence or block with its position', () => {
    const { project } = projectWithPage(4);
    const { doc, links } = makePage(9, 8);
    const sentences = doc.sentences.map((s, i) => (i === 1 ? { ...s, text: `ab\uDC00` } : s));
    expect(() => project.importDocument({ ...doc, sentences }, links, { contentHash: 'x3' })).toThrow(
      /sentences\[1\]\.text contains a lone surrogate \(U\+DC00\) at position 2/,
    );
    const blocks = doc.blocks.map((b, i) => (i === 0 ? { ...b, text: `\uD800` } : b));
    expect(() => project.importDocument({ ...doc, blocks }, links, { contentHash: 'x4' })).toThrow(/blocks\[0\]\.text contains a lone surrogate/);
    expect(project.listDocuments()).toHaveLength(1);
    project.close();
  });
});
