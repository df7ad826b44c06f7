// Handlers that change the project. Each is one store action (one transaction, one history entry).
import { realignment } from '../../services/alignment';
import type { ActionResult } from '../contract';
import type { ApiHandlers } from '../dispatch';
import type { AppState } from '../state';

type EditingMethods =
  | 'links.setState'
  | 'links.confirmThrough'
  | 'links.moveSentence'
  | 'links.merge'
  | 'links.split'
  | 'links.detach'
  | 'links.realign'
  | 'sentence.edit'
  | 'sentence.revert'
  | 'sentence.split'
  | 'sentence.join'
  | 'sentence.addTranslation'
  | 'annotation.add'
  | 'annotation.update'
  | 'annotation.delete'
  | 'history.undo'
  | 'history.redo';

export function editingHandlers(state: AppState): Pick<ApiHandlers, EditingMethods> {
  const { project } = state;
  const done = (change: ActionResult['change']): ActionResult => ({ change, history: project.historyStatus() });

  return {
    async 'links.setState'({ linkIds, state: next }) {
      return done(project.setLinkState(linkIds, next));
    },
    async 'links.confirmThrough'({ linkId }) {
      return done(project.confirmLinksThrough(linkId));
    },
    async 'links.moveSentence'({ sentenceId, direction }) {
      return done(project.moveSentence(sentenceId, direction));
    },
    async 'links.merge'({ linkIds }) {
      return done(project.mergeLinks(linkIds));
    },
    async 'links.split'({ linkId, translation, original }) {
      return done(project.splitLink(linkId, { translation, original }));
    },
    async 'links.detach'({ sentenceId }) {
      return done(project.detachSentence(sentenceId));
    },
    async 'links.realign'({ documentId }) {
      const { linkIds, groups } = realignment(project, documentId);
      return done(project.replaceWithAlignment(linkIds, groups));
    },
    async 'sentence.edit'({ sentenceId, text }) {
      return done(project.editSentence(sentenceId, text));
    },
    async 'sentence.revert'({ sentenceId }) {
      return done(project.revertSentence(sentenceId));
    },
    async 'sentence.split'({ sentenceId, offset }) {
      return done(project.splitSentence(sentenceId, offset));
    },
    async 'sentence.join'({ firstId, secondId }) {
      return done(project.joinSentences(firstId, secondId));
    },
    async 'sentence.addTranslation'({ linkId, text }) {
      return done(project.addTranslation(linkId, text));
    },
    async 'annotation.add'(args) {
      return done(project.addAnnotation(args));
    },
    async 'annotation.update'({ id, ...patch }) {
      return done(project.updateAnnotation(id, patch));
    },
    async 'annotation.delete'({ id }) {
      return done(project.deleteAnnotation(id));
    },
    async 'history.undo'() {
      return done(project.undo());
    },
    async 'history.redo'() {
      return done(project.redo());
    },
  };
}
