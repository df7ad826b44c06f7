// The corpus formats whose units can be imported into a project.
export const IMPORT_FORMATS = ['tmx', 'xliff', 'tsv', 'jsonl'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
