// ESA scores on exported units: the JSONL writer carries a row's score as the unit's optional `esa` field. Scores
// are read once per document as the units stream past, so an export still holds one document's rows at a time.
import type { Project } from '../store';
import type { ProjectUnit } from './units';

export function* withEsaScores(project: Project, units: Iterable<ProjectUnit>): Generator<ProjectUnit> {
  let documentId: number | null = null;
  let scores = new Map<number, number>();
  for (const item of units) {
    if (item.place.documentId !== documentId) {
      documentId = item.place.documentId;
      scores = new Map(project.listEsaScores(documentId).map((s) => [s.linkId, s.score]));
    }
    const esa = scores.get(item.place.linkId);
    yield esa === undefined ? item : { ...item, unit: { ...item.unit, esa } };
  }
}
