// The reader's edits: metadata fields, restoring a removed line, deleting the
// source. Each answer from the core updates the cached source directly and
// marks the library's pages stale.

import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { MetadataPatch, SourceDetail } from './source-detail.ts';

export function useUpdateMetadata(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: MetadataPatch) => call('sources.update', { id, patch }),
    onSuccess: (summary) => {
      queryClient.setQueryData<SourceDetail>(queryKeys.source(id), (current) => (current ? { ...current, ...summary } : current));
      markLibraryStale(queryClient);
    },
  });
}

export function useSetLineRemoved(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ line, removed }: { line: number; removed: boolean }) => call('sources.setLineRemoved', { id, line, removed }),
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.source(id), detail);
      markLibraryStale(queryClient);
    },
  });
}

/** `onDeleted` runs first (typically: leave the reader), so nothing redraws the source after it is gone. */
export function useDeleteSource(id: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('sources.delete', { id }),
    onSuccess: () => {
      onDeleted();
      queryClient.removeQueries({ queryKey: queryKeys.source(id) });
      markLibraryStale(queryClient);
      // Its highlights went with it, and Undo now offers to bring it back.
      markAnnotationsStale(queryClient);
    },
  });
}

function markLibraryStale(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.sourceLists });
  void queryClient.invalidateQueries({ queryKey: queryKeys.project });
}
