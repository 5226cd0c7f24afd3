// What a change makes stale: after an undoable edit, highlights, the codebook's tags and
// counts, the undo history and the library's highlight counts; after a merge, an import
// or a restore, everything.

import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from './query-keys.ts';

/**
 * After any highlight or tag change, undo or redo: everything that shows highlights or tags.
 * `fresh` is a highlight list the caller already updated from the operation's answer: it is left alone.
 */
export function markAnnotationsStale(queryClient: QueryClient, fresh?: QueryKey): void {
  const freshHash = fresh === undefined ? undefined : hashKey(fresh);
  void queryClient.invalidateQueries({ queryKey: queryKeys.annotations, predicate: (query) => query.queryHash !== freshHash });
  void queryClient.invalidateQueries({ queryKey: queryKeys.tags });
  void queryClient.invalidateQueries({ queryKey: queryKeys.history });
  // The search box's highlight and note results (the annotations table is under `annotations`).
  void queryClient.invalidateQueries({ queryKey: queryKeys.search });
  // Events show highlights' passages and counts; undo may also take back an event change.
  void queryClient.invalidateQueries({ queryKey: queryKeys.events });
  void queryClient.invalidateQueries({ queryKey: queryKeys.entities });
  // Comparisons show linked passages and resolutions, which undo can change too.
  void queryClient.invalidateQueries({ queryKey: queryKeys.compare });
  // The library's Highlights column; source details are left alone (refetching them re-sends the whole text).
  void queryClient.invalidateQueries({ queryKey: queryKeys.sourceLists });
}

/**
 * After a change to the project as a whole (a bundle merged, annotations imported, a backup restored):
 * sources, their texts, highlights, tags, events, comparisons and the project's counts may all have moved,
 * so every cached answer is stale. The views on screen refetch now, the others when they are next shown.
 */
export function markProjectChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries();
}
