// Allowed values of the store's enumerated columns, mirrored by CHECK constraints in schema.ts.
import type { LinkOrigin, LinkState } from '../model';

export const LINK_STATES: readonly LinkState[] = ['proposed', 'confirmed', 'rejected'];
export const LINK_ORIGINS: readonly LinkOrigin[] = ['auto', 'manual'];
