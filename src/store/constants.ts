// The store's enumerated columns take the model's values (mirrored by CHECK constraints in schema.ts).
export { LINK_ORIGINS, LINK_STATES } from '../model';
