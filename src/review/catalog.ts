// The automatic checks and their default severities, as data: the UI lists them, a project may override a
// severity or switch a check off, and `bitext qa` prints their titles.
import type { CheckSeverity } from './findings';

export interface CheckInfo {
  id: string;
  severity: CheckSeverity;
  title: string;
  /** 'unit' checks look at one link; 'corpus' checks compare links with each other. */
  scope: 'unit' | 'corpus';
  /** Needs both sides of a link (not available on monolingual pages). */
  bilingual: boolean;
}

export const CHECKS: readonly CheckInfo[] = [
  { id: 'leftover-source', severity: 'major', title: 'Text in the original language left untranslated', scope: 'unit', bilingual: false },
  { id: 'number-mismatch', severity: 'major', title: 'Number or date differs between the two sides', scope: 'unit', bilingual: true },
  { id: 'url-mismatch', severity: 'major', title: 'URL differs between the two sides', scope: 'unit', bilingual: true },
  { id: 'name-variant', severity: 'minor', title: 'Name spelled in more than one way', scope: 'corpus', bilingual: false },
  { id: 'unbalanced-quotes', severity: 'minor', title: 'Quotation mark without its partner', scope: 'unit', bilingual: false },
  { id: 'unbalanced-brackets', severity: 'minor', title: 'Bracket without its partner', scope: 'unit', bilingual: false },
  { id: 'space-before-punctuation', severity: 'minor', title: 'Space before punctuation', scope: 'unit', bilingual: false },
  { id: 'doubled-word', severity: 'minor', title: 'Word written twice', scope: 'unit', bilingual: false },
  { id: 'boilerplate', severity: 'major', title: 'Page furniture left in the text (ad markers, navigation)', scope: 'unit', bilingual: false },
  { id: 'length-ratio', severity: 'minor', title: 'Length far outside the usual ratio for this language pair', scope: 'corpus', bilingual: true },
  { id: 'empty-translation', severity: 'critical', title: 'Empty or missing translation', scope: 'unit', bilingual: true },
  { id: 'empty-source', severity: 'minor', title: 'Translation without an original', scope: 'unit', bilingual: true },
  { id: 'copied-source', severity: 'major', title: 'Translation is a copy of the original', scope: 'unit', bilingual: true },
  { id: 'inconsistent-translation', severity: 'minor', title: 'Same original translated differently', scope: 'corpus', bilingual: true },
];

export type CheckConfig = Partial<Record<string, { enabled?: boolean; severity?: CheckSeverity }>>;

/** The catalogue with a project's overrides applied. */
export function effectiveChecks(config: CheckConfig = {}): Map<string, CheckInfo & { enabled: boolean }> {
  const out = new Map<string, CheckInfo & { enabled: boolean }>();
  for (const c of CHECKS) {
    const o = config[c.id];
    out.set(c.id, { ...c, severity: o?.severity ?? c.severity, enabled: o?.enabled ?? true });
  }
  return out;
}
