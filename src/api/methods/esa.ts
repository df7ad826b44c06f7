// ESA (Error Span Annotation) scores: after marking a row's error spans, a person gives the row a score from 0
// (no meaning preserved) to 100 (perfect meaning and grammar). Setting one is an action like any other: undoable.
import { z } from 'zod';
import type { EsaScore } from '../../store';
import { method } from '../method';
import { id } from '../schemas';
import type { ActionResult } from '../types';

const score = z
  .number({ error: 'must be a whole number from 0 to 100, or null to clear the score' })
  .int('must be a whole number from 0 to 100 (no fractions)')
  .min(0, 'must be at least 0 (0 = no meaning preserved)')
  .max(100, 'must be at most 100 (100 = perfect meaning and grammar)')
  .nullable();

export const esaMethods = {
  /** Sets a row's ESA score, or clears it with `score: null`. */
  'esa.set': method(z.object({ linkId: id, score }).strict(), async ({ linkId, score: value }, { state: { project } }): Promise<ActionResult> => {
    const change = project.setEsaScore(linkId, value);
    return { change, history: project.historyStatus() };
  }),

  /** The scored rows of a document, in row order. */
  'esa.list': method(z.object({ documentId: id }).strict(), async ({ documentId }, { state: { project } }): Promise<EsaScore[]> => project.listEsaScores(documentId)),
};
