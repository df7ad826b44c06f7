// The keymap: Tab belongs to the browser, a person's keys override the defaults, a key means one action only
// (a conflicting binding is refused and names the action that has the key), and a hand-edited keymap file
// with mistakes keeps what is usable and says what was dropped.
import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYMAP, actionForKey, bindKey, buildKeymap, conflictsIn, parseKeymap, resetAction, unbindKey } from '../../renderer/src/editor/keymap';
import { keyOf } from '../../renderer/src/editor/shortcuts';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
  keyOf({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });

describe('default keymap', () => {
  it('leaves Tab and Shift+Tab to the browser', () => {
    expect(actionForKey(DEFAULT_KEYMAP, press('Tab'))).toBeUndefined();
    expect(actionForKey(DEFAULT_KEYMAP, press('Tab', { shiftKey: true }))).toBeUndefined();
  });
  it('has no key bound twice', () => {
    expect(conflictsIn(DEFAULT_KEYMAP)).toEqual([]);
  });
  it('selects rows with Shift+arrows and confirms with Enter', () => {
    expect(actionForKey(DEFAULT_KEYMAP, press('ArrowDown', { shiftKey: true }))).toBe('selectDown');
    expect(actionForKey(DEFAULT_KEYMAP, press('Enter'))).toBe('confirm');
    expect(actionForKey(DEFAULT_KEYMAP, press(' '))).toBe('toggleSelect');
  });
});

describe('binding keys', () => {
  it('adds a free key to an action', () => {
    const result = bindKey({}, 'confirm', 'y');
    expect(result.ok).toBe(true);
    if (result.ok) expect(actionForKey(buildKeymap(result.overrides), 'y')).toBe('confirm');
  });
  it('refuses a key another action has, naming it', () => {
    expect(bindKey({}, 'confirm', 'x')).toEqual({ ok: false, takenBy: 'reject' });
  });
  it('frees a key by unbinding it, then lets another action take it', () => {
    const freed = unbindKey({}, 'reject', 'x');
    expect(actionForKey(buildKeymap(freed), 'x')).toBeUndefined();
    const result = bindKey(freed, 'confirm', 'x');
    expect(result.ok && actionForKey(buildKeymap(result.overrides), 'x')).toBe('confirm');
  });
  it('refuses to reset an action whose default key another action took meanwhile', () => {
    const freed = unbindKey({}, 'reject', 'x');
    const taken = bindKey(freed, 'confirm', 'x');
    if (!taken.ok) throw new Error('setup');
    expect(resetAction(taken.overrides, 'reject')).toEqual({ ok: false, takenBy: 'confirm' });
  });
});

describe('keymap file', () => {
  it('reads overrides', () => {
    expect(parseKeymap('{"confirm":["y"]}')).toEqual({ overrides: { confirm: ['y'] }, problems: [] });
  });
  it('reports broken JSON and keeps the defaults', () => {
    const { overrides, problems } = parseKeymap('{"confirm":');
    expect(overrides).toEqual({});
    expect(problems[0]?.kind).toBe('syntax');
  });
  it('drops unknown actions and bad keys but keeps the rest', () => {
    const { overrides, problems } = parseKeymap('{"fly":["f"],"reject":[3],"confirm":["y"]}');
    expect(overrides).toEqual({ confirm: ['y'] });
    expect(problems).toEqual([{ kind: 'unknownAction', action: 'fly' }, { kind: 'badKeys', action: 'reject' }]);
  });
  it('drops overrides that conflict and says which key', () => {
    const { overrides, problems } = parseKeymap('{"confirm":["x"]}');
    expect(overrides).toEqual({});
    expect(problems).toEqual([{ kind: 'conflict', key: 'x', actions: ['confirm', 'reject'] }]);
    expect(conflictsIn(buildKeymap(overrides))).toEqual([]);
  });
});
