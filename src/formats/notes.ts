// Readable one-line forms of annotations for the notes of TMX and XLIFF. Informative only: readers take the data
// from the JSON properties, so the wording may change without breaking round trips of older files.
import type { UnitAnnotation } from './units';

export function annotationNote(a: UnitAnnotation): string {
  const comment = a.comment ? `: ${a.comment}` : '';
  return `MQM ${a.severity} ${a.category} (${a.side} ${a.start}-${a.end})${comment}`;
}
