// Handlers that read the project: the app, the corpus list, documents, rows and search.
import { BOILERPLATE_ROLES } from '../../model';
import { ApiError } from '../errors';
import { isStoreError, type LinkRow } from '../../store';
import type { MqmTaxonomy } from '../contract';
import { MQM_TAXONOMY } from '../../review';
import type { ApiHandlers } from '../dispatch';
import type { AppState } from '../state';

type ReadingMethods =
  | 'app.info'
  | 'corpus.list'
  | 'document.get'
  | 'links.list'
  | 'links.next'
  | 'review.taxonomy'
  | 'search.sentences'
  | 'annotation.list'
  | 'sentence.history'
  | 'history.status';

const SCAN_PAGE = 2000;

export function readingHandlers(state: AppState): Pick<ApiHandlers, ReadingMethods> {
  const { project } = state;
  return {
    async 'app.info'() {
      return {
        name: 'bitext',
        version: state.version,
        transport: state.transport,
        project: { path: project.path, readOnly: project.readOnly, documents: project.listDocuments().length, problems: state.problems },
      };
    },
    async 'corpus.list'() {
      // A page without a title (a body-only extract) is listed by its first sentence of content.
      return project.listDocuments().map((d) => ({
        ...d,
        preview: d.title ?? project.listLinks(d.id, { limit: 20 }).flatMap((r) => r.translation).find((s) => s.role === 'body' || s.role === 'caption')?.text.slice(0, 140) ?? null,
      }));
    },
    async 'document.get'({ id }) {
      const summary = project.listDocuments().find((d) => d.id === id);
      if (!summary) throw new ApiError('not_found', `No document ${id} in this project; list them with corpus.list.`);
      const document = project.getDocument(id);
      const { total, ...states } = summary.links;
      return { id, file: document.file, meta: document.meta, languages: document.languages, rowCount: total, states };
    },
    async 'links.list'({ documentId, offset, limit }) {
      const rows = project.listLinks(documentId, { offset, limit }).map((row) => ({
        ...row,
        boilerplate: [...row.translation, ...row.original].every((s) => BOILERPLATE_ROLES.has(s.role)),
      }));
      return { total: project.countLinks(documentId), offset, rows };
    },
    async 'links.next'({ documentId, from, kind, threshold }) {
      const matches = (row: LinkRow) =>
        kind === 'unconfirmed'
          ? row.state === 'proposed'
          : kind === 'nonOneToOne'
            ? row.translation.length !== 1 || row.original.length !== 1
            : row.score !== null && row.score < threshold && row.state !== 'confirmed';
      const total = project.countLinks(documentId);
      for (let offset = from + 1; offset < total; offset += SCAN_PAGE) {
        const hit = project.listLinks(documentId, { offset, limit: SCAN_PAGE }).find(matches);
        if (hit) return { index: hit.index };
      }
      return { index: null };
    },
    async 'review.taxonomy'() {
      return MQM_TAXONOMY satisfies MqmTaxonomy;
    },
    async 'search.sentences'({ query, regex, limit }) {
      try {
        return project.searchSentences(query, { regex, limit });
      } catch (error) {
        if (isStoreError(error) && error.code === 'bad_request') throw new ApiError('invalid_argument', `field "query": ${error.message}`);
        throw error;
      }
    },
    async 'annotation.list'({ documentId }) {
      return project.listAnnotations(documentId).map((a) => ({ ...a, quote: project.getSentence(a.sentenceId).text.slice(a.start, a.end) }));
    },
    async 'sentence.history'({ sentenceId }) {
      return project.listEdits(sentenceId);
    },
    async 'history.status'() {
      return project.historyStatus();
    },
  };
}
