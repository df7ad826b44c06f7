// A sentence's text with its annotated spans marked by severity (overlapping spans show the gravest) and the
// current search hit highlighted.
import type { StoredAnnotation } from '../../../src/api/contract';

const RANK = { neutral: 0, minor: 1, major: 2, critical: 3 } as const;

export interface Span {
  start: number;
  end: number;
}

export function SentenceText({ text, lang, annotations, hit }: { text: string; lang: string | null; annotations: StoredAnnotation[]; hit?: Span | undefined }) {
  if (annotations.length === 0 && !hit)
    return (
      <p className="text" lang={lang ?? undefined}>
        {text}
      </p>
    );
  const bounds = [0, text.length, ...annotations.flatMap((a) => [a.start, a.end]), ...(hit ? [hit.start, hit.end] : [])];
  const cuts = [...new Set(bounds)].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const pieces = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] as number;
    const covering = annotations.filter((a) => a.start <= start && a.end >= end && a.end > a.start);
    const gravest = covering.sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
    const inHit = hit !== undefined && hit.start <= start && hit.end >= end && hit.end > hit.start;
    return { start, end, gravest, inHit };
  });
  return (
    <p className="text" lang={lang ?? undefined}>
      {pieces.map(({ start, end, gravest, inHit }) => {
        const piece = gravest ? (
          <mark key={start} className={`sev-${gravest.severity}`} title={gravest.category}>
            {text.slice(start, end)}
          </mark>
        ) : (
          text.slice(start, end)
        );
        return inHit ? (
          <mark key={`hit-${start}`} className="search-hit">
            {piece}
          </mark>
        ) : (
          piece
        );
      })}
    </p>
  );
}
