// What an undoable change makes stale: highlights, the codebook's tags and
// counts, the undo history, and the highlight counts the library shows.

import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.ts';

/** After any highlight or tag change, undo or redo: everything that shows highlights or tags. */
export function markAnnotationsStale(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.annotations });
  void queryClient.invalidateQueries({ queryKey: queryKeys.tags });
  void queryClient.invalidateQueries({ queryKey: queryKeys.history });
  // The library's Highlights column; source details are left alone (refetching them re-sends the whole text).
  void queryClient.invalidateQueries({ queryKey: queryKeys.sourceLists });
}
