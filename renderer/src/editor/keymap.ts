// The keys in force: the defaults of the shortcut table with a person's own choices laid over them. The
// choices are kept as a small JSON "keymap file" ({ action: [keys…] }) in localStorage; a key may mean only one
// action, so a binding that would take another action's key is refused and names that action.
import { EDITOR_ACTIONS, SHORTCUTS, isModifierOnly, type EditorAction } from './shortcuts';

export type Keymap = Readonly<Record<EditorAction, readonly string[]>>;
export type KeymapOverrides = Partial<Record<EditorAction, string[]>>;

export const KEYMAP_STORAGE_KEY = 'bitext.keymap';

export const DEFAULT_KEYMAP: Keymap = Object.fromEntries(SHORTCUTS.map((s) => [s.action, s.keys])) as Record<EditorAction, string[]>;

export function isEditorAction(name: string): name is EditorAction {
  return (EDITOR_ACTIONS as readonly string[]).includes(name);
}

export function buildKeymap(overrides: KeymapOverrides): Keymap {
  return { ...DEFAULT_KEYMAP, ...overrides };
}

/** Every key that more than one action claims, with the actions claiming it. */
export function conflictsIn(keymap: Keymap): Array<{ key: string; actions: EditorAction[] }> {
  const owners = new Map<string, EditorAction[]>();
  for (const action of EDITOR_ACTIONS) for (const key of keymap[action]) owners.set(key, [...(owners.get(key) ?? []), action]);
  return [...owners].filter(([, actions]) => actions.length > 1).map(([key, actions]) => ({ key, actions }));
}

export type KeymapProblem =
  | { kind: 'syntax'; detail: string }
  | { kind: 'notObject' }
  | { kind: 'unknownAction'; action: string }
  | { kind: 'badKeys'; action: EditorAction }
  | { kind: 'conflict'; key: string; actions: EditorAction[] };

/**
 * Reads a keymap file. Entries that cannot be used are dropped and reported, so a hand-edited file with one
 * mistake still keeps the rest; a conflict drops the overrides involved and the defaults stand.
 */
export function parseKeymap(text: string | null): { overrides: KeymapOverrides; problems: KeymapProblem[] } {
  if (text === null || text.trim() === '') return { overrides: {}, problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { overrides: {}, problems: [{ kind: 'syntax', detail: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { overrides: {}, problems: [{ kind: 'notObject' }] };
  const problems: KeymapProblem[] = [];
  const overrides: KeymapOverrides = {};
  for (const [action, keys] of Object.entries(data as Record<string, unknown>)) {
    if (!isEditorAction(action)) problems.push({ kind: 'unknownAction', action });
    else if (!Array.isArray(keys) || !keys.every((k): k is string => typeof k === 'string' && k !== '' && !isModifierOnly(k))) problems.push({ kind: 'badKeys', action });
    else overrides[action] = [...new Set(keys)];
  }
  for (const conflict of conflictsIn(buildKeymap(overrides))) {
    problems.push({ kind: 'conflict', ...conflict });
    for (const action of conflict.actions) delete overrides[action];
  }
  // Dropping one side of a conflict can expose another (an override against a default): drop until clean.
  for (let guard = 0; guard < EDITOR_ACTIONS.length && conflictsIn(buildKeymap(overrides)).length > 0; guard++)
    for (const { actions } of conflictsIn(buildKeymap(overrides))) for (const action of actions) delete overrides[action];
  return { overrides, problems };
}

export type BindResult = { ok: true; overrides: KeymapOverrides } | { ok: false; takenBy: EditorAction };

/** Adds `key` to `action`; refused when another action has the key already. */
export function bindKey(overrides: KeymapOverrides, action: EditorAction, key: string): BindResult {
  const keymap = buildKeymap(overrides);
  const owner = EDITOR_ACTIONS.find((a) => a !== action && keymap[a].includes(key));
  if (owner) return { ok: false, takenBy: owner };
  if (keymap[action].includes(key)) return { ok: true, overrides };
  return { ok: true, overrides: { ...overrides, [action]: [...keymap[action], key] } };
}

export function unbindKey(overrides: KeymapOverrides, action: EditorAction, key: string): KeymapOverrides {
  return { ...overrides, [action]: buildKeymap(overrides)[action].filter((k) => k !== key) };
}

export function resetAction(overrides: KeymapOverrides, action: EditorAction): BindResult {
  const rest = { ...overrides };
  delete rest[action];
  const owner = EDITOR_ACTIONS.find((a) => a !== action && DEFAULT_KEYMAP[action].some((k) => buildKeymap(rest)[a].includes(k)));
  return owner ? { ok: false, takenBy: owner } : { ok: true, overrides: rest };
}

export function actionForKey(keymap: Keymap, key: string): EditorAction | undefined {
  return EDITOR_ACTIONS.find((action) => keymap[action].includes(key));
}

export function serializeKeymap(overrides: KeymapOverrides): string {
  return JSON.stringify(overrides, null, 1);
}
