// Handlers that change the project. Each is one store action (one transaction, one history entry).
import { alignSentences, learnLexicon, type Lexicon } from '../../align';
import type { LinkGroup } from '../../store';
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

  /** A lexicon learned from the 1:1 rows a person confirmed in this document: their word pairs guide the rest. */
  const confirmedLexicon = (rows: ReturnType<typeof project.listLinks>, langs: { translation: string; original: string }): Lexicon | undefined => {
    const pairs = rows.filter((r) => r.state === 'confirmed' && r.translation.length === 1 && r.original.length === 1);
    if (pairs.length < 2) return undefined;
    const links = pairs.map((_, i) => ({ a: [i], b: [i], score: 1 }));
    return learnLexicon(links, pairs.map((r) => r.translation[0]!.text), pairs.map((r) => r.original[0]!.text), { langA: langs.translation, langB: langs.original, minCount: 1 });
  };

  /** Re-aligns every stretch between confirmed rows; confirmed rows stay exactly as they are. */
  const realign = (documentId: number) => {
    const document = project.getDocument(documentId);
    const rows = project.listLinks(documentId, { offset: 0, limit: Number.MAX_SAFE_INTEGER });
    const lexicon = confirmedLexicon(rows, document.languages);
    const groups: LinkGroup[] = [];
    let stretch: typeof rows = [];
    const flush = () => {
      if (stretch.length === 0) return;
      const a = stretch.flatMap((r) => r.translation);
      const b = stretch.flatMap((r) => r.original);
      const links = alignSentences(a.map((s) => s.text), b.map((s) => s.text), { langA: document.languages.translation, langB: document.languages.original, lexicon });
      for (const link of links) groups.push({ translation: link.a.map((i) => a[i]!.id), original: link.b.map((i) => b[i]!.id), score: link.score });
      stretch = [];
    };
    for (const row of rows) {
      if (row.state !== 'confirmed') {
        stretch.push(row);
        continue;
      }
      flush();
      groups.push({ translation: row.translation.map((s) => s.id), original: row.original.map((s) => s.id), state: 'confirmed', origin: row.origin, score: row.score });
    }
    flush();
    return project.replaceWithAlignment(rows.map((r) => r.id), groups);
  };

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
      return done(realign(documentId));
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
