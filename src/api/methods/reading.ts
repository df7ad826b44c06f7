// Methods that read the project: the app, the corpus list, documents, rows, jumps, search and history.
import { z } from 'zod';
import { LOW_CONFIDENCE } from '../../align';
import { BOILERPLATE_ROLES } from '../../model';
import { MQM_TAXONOMY } from '../../review';
import type { ReviewFreshness } from '../../services/reviewJobs';
import { isStoreError, type SearchHit, type StoredAnnotation, type StoredEdit } from '../../store';
import type { NextKind } from '../../store/rowFilter';
import { ApiError } from '../errors';
import { method } from '../method';
import { linkFilterOf, rowFilter } from '../rowFilters';
import { id } from '../schemas';
import type { AppInfo, CorpusEntry, DocumentView, LinkPage, MqmTaxonomy } from '../types';

export const readingMethods = {
  'app.info': method(z.object({}).strict(), async (_args, { state }): Promise<AppInfo> => {
    const { project } = state;
    return {
      name: 'bitext',
      version: state.version,
      transport: state.transport,
      project: { path: project.path, readOnly: project.readOnly, documents: project.listDocuments().length, problems: state.problems },
    };
  }),

  'corpus.list': method(z.object({}).strict(), async (_args, { state: { project } }): Promise<CorpusEntry[]> =>
    // A page without a title (a body-only extract) is listed by its first sentence of content.
    project.listDocuments().map((d) => ({
      ...d,
      preview: d.title ?? project.listLinks(d.id, { limit: 20 }).flatMap((r) => r.translation).find((s) => s.role === 'body' || s.role === 'caption')?.text.slice(0, 140) ?? null,
    })),
  ),

  'document.get': method(z.object({ id }).strict(), async ({ id: documentId }, { state: { project } }): Promise<DocumentView> => {
    const summary = project.listDocuments().find((d) => d.id === documentId);
    if (!summary) throw new ApiError('not_found', `No document ${documentId} in this project; list them with corpus.list.`);
    const document = project.getDocument(documentId);
    const { total, ...states } = summary.links;
    return { id: documentId, file: document.file, meta: document.meta, languages: document.languages, rowCount: total, states };
  }),

  'links.list': method(
    z.object({ documentId: id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(5000).default(500), filter: rowFilter.optional() }).strict(),
    async ({ documentId, offset, limit, filter }, { state }): Promise<LinkPage> => {
      const kept = await linkFilterOf(state, documentId, filter);
      const page = state.project.listFilteredLinks(documentId, kept.filter, { offset, limit });
      const rows = page.rows.map((row) => ({
        ...row,
        boilerplate: [...row.translation, ...row.original].every((s) => BOILERPLATE_ROLES.has(s.role)),
      }));
      return { total: page.total, offset, rows, ...(kept.findings ? { findings: kept.findings } : {}) };
    },
  ),

  /**
   * The next row after `from` (a document index) that the filter shows and `kind` wants (any shown row without a
   * kind): its document `index` and its `place` among the rows the filter shows (the grid's row number).
   */
  'links.next': method(
    z
      .object({
        documentId: id,
        from: z.number().int().min(-1),
        kind: z.enum(['unconfirmed', 'nonOneToOne', 'lowConfidence']).optional(),
        threshold: z.number().min(0).max(1).default(LOW_CONFIDENCE),
        filter: rowFilter.optional(),
      })
      .strict(),
    async ({ documentId, from, kind, threshold, filter }, { state }): Promise<{ index: number | null; place: number | null; findings?: ReviewFreshness }> => {
      const kept = await linkFilterOf(state, documentId, filter);
      const next: NextKind | undefined = kind === 'lowConfidence' ? { kind, threshold } : kind ? { kind } : undefined;
      const hit = state.project.nextLink(documentId, from, kept.filter, next);
      return { index: hit?.index ?? null, place: hit?.place ?? null, ...(kept.findings ? { findings: kept.findings } : {}) };
    },
  ),

  'review.taxonomy': method(z.object({}).strict(), async (): Promise<MqmTaxonomy> => MQM_TAXONOMY),

  'search.sentences': method(
    z.object({ query: z.string().min(1).max(1000), regex: z.boolean().default(false), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    async ({ query, regex, limit }, { state: { project } }): Promise<SearchHit[]> => {
      try {
        return project.searchSentences(query, { regex, limit });
      } catch (error) {
        if (isStoreError(error) && error.code === 'bad_request') throw new ApiError('invalid_argument', `field "query": ${error.message}`);
        throw error;
      }
    },
  ),

  /** Each annotation with the text it marks and the 0-based index of its row, so a list can show and jump to it. */
  'annotation.list': method(z.object({ documentId: id }).strict(), async ({ documentId }, { state: { project } }): Promise<Array<StoredAnnotation & { quote: string; rowIndex: number }>> => {
    const rowOf = new Map<number, number>();
    return project.listAnnotations(documentId).map((a) => {
      if (!rowOf.has(a.linkId)) rowOf.set(a.linkId, project.locateLink(a.linkId).index);
      return { ...a, quote: project.getSentence(a.sentenceId).text.slice(a.start, a.end), rowIndex: rowOf.get(a.linkId)! };
    });
  }),

  /** Where a row is (its document and 0-based index), e.g. to scroll to the row an undo changed. */
  'links.locate': method(z.object({ linkId: id }).strict(), async ({ linkId }, { state: { project } }): Promise<{ documentId: number; index: number }> => project.locateLink(linkId)),

  'sentence.history': method(z.object({ sentenceId: id }).strict(), async ({ sentenceId }, { state: { project } }): Promise<StoredEdit[]> => project.listEdits(sentenceId)),

  'history.status': method(z.object({}).strict(), async (_args, { state: { project } }) => project.historyStatus()),
};
