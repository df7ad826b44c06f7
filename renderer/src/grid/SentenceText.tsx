// A sentence's text with its annotated spans marked by severity; overlapping spans show the gravest.
import type { StoredAnnotation } from '../../../src/api/contract';

const RANK = { neutral: 0, minor: 1, major: 2, critical: 3 } as const;

export function SentenceText({ text, lang, annotations }: { text: string; lang: string | null; annotations: StoredAnnotation[] }) {
  if (annotations.length === 0)
    return (
      <p className="text" lang={lang ?? undefined}>
        {text}
      </p>
    );
  const cuts = [...new Set([0, text.length, ...annotations.flatMap((a) => [a.start, a.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const pieces = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] as number;
    const covering = annotations.filter((a) => a.start <= start && a.end >= end && a.end > a.start);
    const gravest = covering.sort((a, b) => RANK[b.severity] - RANK[a.severity])[0];
    return { start, end, gravest };
  });
  return (
    <p className="text" lang={lang ?? undefined}>
      {pieces.map(({ start, end, gravest }) =>
        gravest ? (
          <mark key={start} className={`sev-${gravest.severity}`} title={gravest.category}>
            {text.slice(start, end)}
          </mark>
        ) : (
          text.slice(start, end)
        ),
      )}
    </p>
  );
}
