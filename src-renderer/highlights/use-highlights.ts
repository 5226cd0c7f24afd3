// One source's highlights (`annotations.list`) and the changes to them: create,
// update (note, color, tags, confirm), re-attach and delete. Every change is
// undoable, so each one also refreshes the history and the codebook's counts.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';

export type HighlightPatch = OperationInput<'annotations.update'>['patch'];
export type NewHighlight = Omit<OperationInput<'annotations.create'>, 'sourceId'>;

export function useHighlights(sourceId: string) {
  return useQuery({
    queryKey: queryKeys.highlights(sourceId),
    // The contract's largest page: a single source rarely has more; the panel says so if it does.
    queryFn: () => call('annotations.list', { sourceId, limit: 10_000 }),
  });
}

export function useHighlightChanges(sourceId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => markAnnotationsStale(queryClient);
  return {
    create: useMutation({ mutationFn: (input: NewHighlight) => call('annotations.create', { sourceId, ...input }), onSuccess }),
    update: useMutation({ mutationFn: ({ id, patch }: { id: string; patch: HighlightPatch }) => call('annotations.update', { id, patch }), onSuccess }),
    reattach: useMutation({
      mutationFn: ({ id, start, end }: { id: string; start: number; end: number }) => call('annotations.reattach', { id, start, end }),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => call('annotations.delete', { id }), onSuccess }),
  };
}

export type HighlightChanges = ReturnType<typeof useHighlightChanges>;
