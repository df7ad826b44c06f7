// The check ids of the engine's catalogue, in its order (the renderer may import only types from src/, so the
// list is repeated here; a test compares it with CHECKS).
export const CHECK_IDS = [
  'leftover-source',
  'number-mismatch',
  'url-mismatch',
  'name-variant',
  'unbalanced-quotes',
  'unbalanced-brackets',
  'space-before-punctuation',
  'doubled-word',
  'boilerplate',
  'length-ratio',
  'empty-translation',
  'empty-source',
  'copied-source',
  'inconsistent-translation',
] as const;
