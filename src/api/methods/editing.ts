// Methods that change the project. Each is one store action: one transaction, one history entry, undoable.
import { z } from 'zod';
import { realignment } from '../../services/alignment';
import type { ChangeResult, Project } from '../../store';
import { method, type MethodContext } from '../method';
import { id, ids, linkState, severity } from '../schemas';
import type { ActionResult } from '../types';

const text = z.string().max(100_000);

/** A store action run on the open project, answered with what it changed and where history stands. */
function action<S extends z.ZodType>(args: S, run: (args: z.output<S>, project: Project) => ChangeResult | null) {
  return method(args, async (parsed: z.output<S>, { state: { project } }: MethodContext): Promise<ActionResult> => {
    const change = run(parsed, project);
    return { change, history: project.historyStatus() };
  });
}

export const editingMethods = {
  'links.setState': action(z.object({ linkIds: ids, state: linkState }).strict(), ({ linkIds, state }, p) => p.setLinkState(linkIds, state)),
  'links.confirmThrough': action(z.object({ linkId: id }).strict(), ({ linkId }, p) => p.confirmLinksThrough(linkId)),
  'links.moveSentence': action(z.object({ sentenceId: id, direction: z.enum(['up', 'down']) }).strict(), ({ sentenceId, direction }, p) => p.moveSentence(sentenceId, direction)),
  'links.merge': action(z.object({ linkIds: z.array(id).min(2, 'must list at least two rows') }).strict(), ({ linkIds }, p) => p.mergeLinks(linkIds)),
  'links.split': action(z.object({ linkId: id, translation: z.number().int().min(0), original: z.number().int().min(0) }).strict(), ({ linkId, translation, original }, p) =>
    p.splitLink(linkId, { translation, original }),
  ),
  'links.detach': action(z.object({ sentenceId: id }).strict(), ({ sentenceId }, p) => p.detachSentence(sentenceId)),
  'document.swapSides': action(z.object({ documentId: id }).strict(), ({ documentId }, p) => p.swapSides(documentId)),
  'links.realign': action(z.object({ documentId: id }).strict(), ({ documentId }, p) => {
    const { linkIds, groups } = realignment(p, documentId);
    return p.replaceWithAlignment(linkIds, groups);
  }),

  'sentence.edit': action(z.object({ sentenceId: id, text }).strict(), ({ sentenceId, text: fixed }, p) => p.editSentence(sentenceId, fixed)),
  'sentence.revert': action(z.object({ sentenceId: id }).strict(), ({ sentenceId }, p) => p.revertSentence(sentenceId)),
  'sentence.split': action(z.object({ sentenceId: id, offset: z.number().int().min(1) }).strict(), ({ sentenceId, offset }, p) => p.splitSentence(sentenceId, offset)),
  'sentence.join': action(z.object({ firstId: id, secondId: id }).strict(), ({ firstId, secondId }, p) => p.joinSentences(firstId, secondId)),
  'sentence.addTranslation': action(z.object({ linkId: id, text: z.string().min(1, 'must not be empty').max(100_000) }).strict(), ({ linkId, text: written }, p) =>
    p.addTranslation(linkId, written),
  ),

  'annotation.add': action(
    z
      .object({ sentenceId: id, start: z.number().int().min(0), end: z.number().int().min(0), category: z.string().min(1), severity, comment: z.string().max(10_000).default('') })
      .strict()
      .refine((a) => a.end >= a.start, 'field "end" must not come before "start"'),
    (args, p) => p.addAnnotation(args),
  ),
  'annotation.update': action(
    z
      .object({ id, start: z.number().int().min(0).optional(), end: z.number().int().min(0).optional(), category: z.string().min(1).optional(), severity: severity.optional(), comment: z.string().max(10_000).optional() })
      .strict(),
    ({ id: annotationId, ...patch }, p) => p.updateAnnotation(annotationId, patch),
  ),
  'annotation.delete': action(z.object({ id }).strict(), ({ id: annotationId }, p) => p.deleteAnnotation(annotationId)),

  'history.undo': action(z.object({}).strict(), (_args, p) => p.undo()),
  'history.redo': action(z.object({}).strict(), (_args, p) => p.redo()),
};
