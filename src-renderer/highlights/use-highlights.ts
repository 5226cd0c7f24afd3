// One source's highlights (`annotations.list`) and the changes to them: create,
// update (note, color, tags, confirm), re-attach and delete. Every change is
// undoable, so each one also refreshes the history and the codebook's counts.

import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';
import { withHighlight, withoutHighlight, type HighlightList } from './highlight-list.ts';

export type HighlightPatch = OperationInput<'annotations.update'>['patch'];
export type NewHighlight = Omit<OperationInput<'annotations.create'>, 'sourceId'>;

export function highlightsQuery(sourceId: string) {
  return queryOptions({
    queryKey: queryKeys.highlights(sourceId),
    // The contract's largest page: a single source rarely has more; the panel says so if it does.
    queryFn: () => call('annotations.list', { sourceId, limit: 10_000 }),
  });
}

export function useHighlights(sourceId: string) {
  return useQuery(highlightsQuery(sourceId));
}

export function useHighlightChanges(sourceId: string) {
  const queryClient = useQueryClient();
  // The answer goes straight into the list (refetching thousands of rows would delay the change on screen);
  // everything else that shows highlights or tags is refetched.
  const saved = (change: (list: HighlightList) => HighlightList) => {
    const listKey = queryKeys.highlights(sourceId);
    queryClient.setQueryData<HighlightList>(listKey, (list) => list && change(list));
    markAnnotationsStale(queryClient, listKey);
  };
  return {
    create: useMutation({
      mutationFn: (input: NewHighlight) => call('annotations.create', { sourceId, ...input }),
      onSuccess: (created) => saved((list) => withHighlight(list, created)),
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: HighlightPatch }) => call('annotations.update', { id, patch }),
      onSuccess: (updated) => saved((list) => withHighlight(list, updated)),
    }),
    reattach: useMutation({
      mutationFn: ({ id, start, end }: { id: string; start: number; end: number }) => call('annotations.reattach', { id, start, end }),
      onSuccess: (reattached) => saved((list) => withHighlight(list, reattached)),
    }),
    remove: useMutation({
      mutationFn: (id: string) => call('annotations.delete', { id }),
      onSuccess: ({ id }) => saved((list) => withoutHighlight(list, id)),
    }),
  };
}

export type HighlightChanges = ReturnType<typeof useHighlightChanges>;
