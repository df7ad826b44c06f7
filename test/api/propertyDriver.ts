// The real side of the property test: a workbench on a project file, called through the dispatcher as both
// transports do, read back through the API only (corpus.list, links.list, annotation.list, history.status).
import type { ApiResults, CorpusEntry, HistoryStatus, LinkPage, LinkSentence } from '../../src/api/contract';
import { toApiError } from '../../src/api/errors';
import { createWorkbench, type Workbench } from '../../src/api/workbench';
import type { MDoc, Observed, ODocument, OSentence } from './propertyModel';

type AnnotationView = ApiResults['annotation.list'][number];

export type Answer = { ok: true; result: unknown } | { ok: false; status: number; code: string; message: string };

export class RealProject {
  private constructor(
    readonly path: string,
    private wb: Workbench,
  ) {}

  static async open(path: string): Promise<RealProject> {
    return new RealProject(path, await RealProject.workbench(path));
  }

  private static workbench(path: string): Promise<Workbench> {
    return createWorkbench({ projectPath: path, sampleCorpus: null, transport: 'electron', version: 'property-test' });
  }

  async call(method: string, args: unknown): Promise<Answer> {
    try {
      return { ok: true, result: await this.wb.dispatcher.invoke(method, args, this.wb.events) };
    } catch (error) {
      const e = toApiError(error);
      return { ok: false, status: e.status, code: e.code, message: e.message };
    }
  }

  /** Like `call`, for reads that must succeed. */
  async read<T>(method: string, args: unknown): Promise<T> {
    const answer = await this.call(method, args);
    if (!answer.ok) throw new Error(`${method} ${JSON.stringify(args)} failed: ${answer.status} ${answer.message}`);
    return answer.result as T;
  }

  /** Closes the project file and opens it again, as quitting and starting the app does. */
  async restart(): Promise<void> {
    this.wb.close();
    this.wb = await RealProject.workbench(this.path);
  }

  close(): void {
    this.wb.close();
  }

  /** integrity_check and the store's own invariants (every sentence in exactly one row). */
  check(): { ok: boolean; problems: string[] } {
    return this.wb.state.project.check();
  }

  async observe(): Promise<Observed> {
    const documents: ODocument[] = [];
    for (const entry of await this.read<CorpusEntry[]>('corpus.list', {})) {
      const page = await this.read<LinkPage>('links.list', { documentId: entry.id, limit: 5000 });
      const annotations = await this.read<AnnotationView[]>('annotation.list', { documentId: entry.id });
      documents.push({
        id: entry.id,
        kind: entry.kind,
        file: entry.file,
        title: entry.title,
        preview: entry.preview,
        links: entry.links,
        rows: page.rows.map((r) => ({ linkId: r.id, state: r.state, origin: r.origin, score: r.score, annotations: r.annotations, translation: r.translation.map(sentence), original: r.original.map(sentence) })),
        annotations: annotations.map((a) => ({ id: a.id, sentenceId: a.sentenceId, side: a.side, linkId: a.linkId, start: a.start, end: a.end, category: a.category, severity: a.severity, comment: a.comment, quote: a.quote })),
      });
    }
    return { documents, history: await this.read<HistoryStatus>('history.status', {}) };
  }

  /**
   * A freshly imported page as the model's starting point. How a page is read (roles, languages, leftovers) is
   * the reader's business, not this test's; from here on every change to it is the model's to predict.
   * Offsets, blocks and the page text are not in the API's answers, so they come from the store directly.
   */
  async readDocument(id: number, content: string): Promise<MDoc> {
    const translation = this.wb.state.project.getDocument(id);
    const pages = translation.kind === 'pair_translation' ? [this.wb.state.project.getDocument(translation.pairedDocumentId!), translation] : [translation];
    const entry = (await this.read<CorpusEntry[]>('corpus.list', {})).find((d) => d.id === id);
    if (!entry) throw new Error(`document ${id} is not in corpus.list after its import`);
    const page = await this.read<LinkPage>('links.list', { documentId: id, limit: 5000 });
    const roles = new Map<number, LinkSentence>(page.rows.flatMap((r) => [...r.translation, ...r.original]).map((s) => [s.id, s]));
    const doc: MDoc = { id, pair: pages.length === 2, file: entry.file, title: entry.title, content, translationLang: translation.languages.translation, texts: {}, order: [], sentences: {}, rows: [], annotations: [] };
    for (const stored of pages) {
      doc.texts[stored.id] = stored.text;
      for (const s of stored.sentences) {
        const seen = roles.get(s.id);
        if (!seen) throw new Error(`sentence ${s.id} of document ${stored.id} is in no row`);
        doc.order.push(s.id);
        doc.sentences[s.id] = { id: s.id, doc: stored.id, key: s.key, side: s.side, text: s.originalText, current: s.text, role: seen.role, lang: s.lang, block: s.blockId, start: s.start, end: s.end };
      }
    }
    doc.rows = page.rows.map((r) => ({ linkId: r.id, state: r.state, origin: r.origin, score: r.score, sentences: [...r.translation, ...r.original].map((s) => s.id) }));
    return doc;
  }
}

function sentence(s: LinkSentence): OSentence {
  return { id: s.id, documentId: s.documentId, key: s.key, text: s.text, originalText: s.originalText, edited: s.edited, role: s.role, lang: s.lang, annotations: s.annotations };
}
