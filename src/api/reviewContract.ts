// The review and export area of the API: quality checks, scores, export and import of corpus formats.
// Declared here and merged into the one contract in contract.ts.
import { z } from 'zod';

export const reviewArgumentSchemas = {} as const satisfies Record<string, z.ZodType>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled as the review area grows
export interface ReviewResults {}
