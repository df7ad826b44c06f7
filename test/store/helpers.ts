// Shared test helpers: a project with one generated page, and a full picture of a document to compare states.
import { openProject, type Project } from '../../src/store';
import { makePage, tempFolder } from './fixtures';

export function projectWithPage(sentences = 30): { project: Project; path: string; documentId: number; folder: ReturnType<typeof tempFolder> } {
  const folder = tempFolder();
  const path = folder.file('test.bitext');
  const project = openProject(path, { create: true });
  const { doc, links } = makePage(1, sentences);
  const { documentId } = project.importDocument(doc, links, { contentHash: 'page-1' });
  return { project, path, documentId, folder };
}

/** Everything a reviewer sees of a document: rows with texts, states and annotations, as comparable JSON. */
export function picture(project: Project, documentId: number): string {
  const rows = project.listLinks(documentId, { limit: 10_000 });
  const annotations = project.listAnnotations(documentId);
  const doc = project.getDocument(documentId);
  return JSON.stringify({ rows, annotations, sentences: doc.sentences });
}
