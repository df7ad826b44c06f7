// Where a key lands decides whether it is a shortcut: Enter on a button, link or corpus entry is the browser's,
// Enter with focus nowhere does nothing, letters in a text field are text; in the grid every shortcut acts.
import { describe, expect, it } from 'vitest';
import { scopeOf, shortcutApplies, type FocusTarget } from '../../renderer/src/editor/keyScope';

function element(tagName: string, attributes: Record<string, string> = {}, inGrid = false): FocusTarget {
  return { tagName, getAttribute: (name) => attributes[name] ?? null, closest: (selector) => (inGrid && selector === '[data-grid-body]' ? {} : null) };
}

describe('shortcut scope', () => {
  it('acts on a focused grid row, Enter included', () => {
    const row = element('DIV', { role: 'row' }, true);
    expect(scopeOf(row)).toBe('grid');
    expect(shortcutApplies('grid', 'Enter')).toBe(true);
  });
  it('leaves Enter and Space on buttons, links and corpus entries to the browser', () => {
    for (const target of [element('BUTTON'), element('A'), element('SUMMARY'), element('BUTTON', {}, true), element('DIV', { role: 'button' })]) {
      expect(scopeOf(target)).toBe('control');
      expect(shortcutApplies('control', 'Enter')).toBe(false);
      expect(shortcutApplies('control', ' ')).toBe(false);
      expect(shortcutApplies('control', 'j')).toBe(false);
    }
    expect(shortcutApplies('control', 'Ctrl+z')).toBe(true);
  });
  it('does not confirm with Enter when focus is nowhere, but moves with j', () => {
    expect(scopeOf(element('BODY'))).toBe('nowhere');
    expect(shortcutApplies('nowhere', 'Enter')).toBe(false);
    expect(shortcutApplies('nowhere', 'Shift+Enter')).toBe(false);
    expect(shortcutApplies('nowhere', 'j')).toBe(true);
  });
  it('keeps every key for text fields, checkboxes count as controls', () => {
    expect(scopeOf(element('INPUT'))).toBe('text');
    expect(scopeOf(element('TEXTAREA', {}, true))).toBe('text');
    expect(scopeOf(element('INPUT', { type: 'checkbox' }))).toBe('control');
    expect(shortcutApplies('text', 'j')).toBe(false);
    expect(shortcutApplies('text', 'Ctrl+z')).toBe(false);
  });
});
