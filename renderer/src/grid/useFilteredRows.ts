// The grid's rows with the reviewer's filter: the document's paged rows without one, the server's filtered pages
// with one. Both stay mounted so that clearing the filter shows the unfiltered rows at once.
import { useCallback } from 'react';
import { toApiFilter, type RowFilter } from './rowFilter';
import { useLinkRows, type LinkRows } from './useLinkRows';

export function useFilteredRows(documentId: number, paged: LinkRows, filter: RowFilter): LinkRows {
  const apiFilter = toApiFilter(filter);
  const filtered = useLinkRows(documentId, apiFilter, apiFilter !== undefined);
  const { refresh: refreshPaged } = paged;
  const { refresh: refreshFiltered } = filtered;
  // A change can move rows in or out of the filter, and the hidden unfiltered rows must be current when it clears.
  const refresh = useCallback(() => {
    refreshPaged();
    refreshFiltered();
  }, [refreshPaged, refreshFiltered]);
  return apiFilter ? { ...filtered, refresh } : paged;
}
