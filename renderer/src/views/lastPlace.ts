// The page and row last open in the editor, so leaving the review view (or another tab) returns to it.
const KEY = 'bitext.lastPlace';

export function rememberPlace(document: number, row: number): void {
  sessionStorage.setItem(KEY, JSON.stringify({ document, row }));
}

export function lastPlace(): { document: number; row: number } | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { document?: unknown; row?: unknown } | null;
    return value && typeof value.document === 'number' && typeof value.row === 'number' ? { document: value.document, row: value.row } : null;
  } catch {
    return null;
  }
}
