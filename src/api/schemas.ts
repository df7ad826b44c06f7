// Argument pieces several methods share, built from the model's own constants.
import { z } from 'zod';
import { LINK_STATES, MQM_SEVERITIES, ROLES } from '../model';

export const id = z.number().int().positive();
export const ids = z.array(id).min(1, 'must list at least one id');
export const linkState = z.enum(LINK_STATES);
export const severity = z.enum(MQM_SEVERITIES);
export const pages = z.array(id).optional();

export const unitFilters = z
  .object({
    /** Only real sentence pairs: rows with an empty side and page furniture left out (the export dialog's default). */
    pairsOnly: z.boolean().optional(),
    confirmed: z.boolean().optional(),
    minScore: z.number().min(0).max(1).optional(),
    roles: z.array(z.enum(ROLES)).optional(),
    pages,
  })
  .strict();
