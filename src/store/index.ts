// The project store: one SQLite file per project. See README.md in this folder.
export { openProject, Project } from './project';
export { StoreError, diskFullError, isStoreError, type StoreErrorCode } from './errors';
export { contentHash } from './hash';
export { LATEST_VERSION as STORE_SCHEMA_VERSION } from './schema';
export type * from './types';
export type { UnitImportOptions, UnitImportResult, UnitRow, UnitRowSentence } from './units';
export type { IgnoredFinding, IgnoreInput } from './ignores';
export type { EsaScore, EsaTally } from './esa';
