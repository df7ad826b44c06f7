// The handlers behind every API method. Transports never call these directly: they go through the dispatcher.
import { ApiError } from './errors';
import type { ApiHandlers } from './dispatch';
import type { Corpus } from './corpus';
import { buildDocumentView } from './documentView';
import { BOILERPLATE_ROLES } from '../model';

export interface AppState {
  version: string;
  transport: 'electron' | 'http';
  corpus: Corpus;
}

export function createHandlers(state: AppState): ApiHandlers {
  const page = (id: string) => {
    const found = state.corpus.pages.find((p) => p.id === id);
    if (!found) throw new ApiError('not_found', `No document "${id}" in the corpus ${state.corpus.name}.`);
    if (!found.document) throw new ApiError('bad_request', `The page ${found.file} could not be read: ${found.error ?? 'unknown reason'}.`);
    return { ...found, document: found.document };
  };

  return {
    async 'app.info'() {
      const { corpus } = state;
      return {
        name: 'bitext',
        version: state.version,
        transport: state.transport,
        corpus: { name: corpus.name, documents: corpus.pages.length, problems: corpus.problems },
      };
    },
    async 'corpus.list'() {
      return state.corpus.pages.map((p) => {
        const doc = p.document;
        const original = doc?.languages.original;
        return {
          id: p.id,
          file: p.file,
          title: doc?.meta.title ?? null,
          publisher: doc?.meta.publisher ?? null,
          date: doc?.meta.date ?? null,
          languages: doc?.languages ?? null,
          rows: doc ? doc.blocks.filter((b) => !BOILERPLATE_ROLES.has(b.role)).length : 0,
          leftovers: doc ? doc.blocks.filter((b) => b.lang === original).length : 0,
          error: p.error,
        };
      });
    },
    async 'document.get'({ id }) {
      const found = page(id);
      return buildDocumentView(found.id, found.document);
    },
  };
}
