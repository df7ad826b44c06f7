// The renderer repeats the check ids (it may import only types from src/); they must match the engine's catalogue,
// and every check has a label in each language.
import { expect, it } from 'vitest';
import { CHECK_IDS } from '../../renderer/src/review/checkIds';
import de from '../../renderer/src/review/locales/de.json';
import en from '../../renderer/src/review/locales/en.json';
import vi from '../../renderer/src/review/locales/vi.json';
import { CHECKS } from '../../src/review';

it('lists the catalogue checks in order, each with a label in en, de and vi', () => {
  expect([...CHECK_IDS]).toEqual(CHECKS.map((c) => c.id));
  for (const locale of [en, de, vi]) for (const id of CHECK_IDS) expect((locale.checks as Record<string, string>)[id]).toMatch(/\p{L}/u);
});
