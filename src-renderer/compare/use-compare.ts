// The comparison views' calls to the core: an event's comparison, sources side by side, a passage
// found in other sources, the pickers' lists, and resolving or reopening a discrepancy.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useEventComparison(eventId: string) {
  return useQuery({ queryKey: queryKeys.compareEvent(eventId), queryFn: () => call('compare.event', { eventId }) });
}

export function useSideBySide(sourceIds: readonly string[]) {
  return useQuery({
    queryKey: queryKeys.compareSources(sourceIds),
    queryFn: async () => {
      const [aligned, ...details] = await Promise.all([call('compare.sources', { sourceIds: [...sourceIds] }), ...sourceIds.map((id) => call('sources.get', { id }))]);
      return { ...aligned, texts: details.map((d) => d.text) };
    },
  });
}

export type FindPassageInput = OperationInput<'compare.findPassage'>;
export type PassageMatch = OperationOutput<'compare.findPassage'>['matches'][number];

export function useFindPassage(input: FindPassageInput | null) {
  return useQuery({
    queryKey: queryKeys.findPassage(input),
    queryFn: () => call('compare.findPassage', input ?? { sourceId: '', start: 0, end: 0 }),
    enabled: input !== null,
  });
}

export function useEventChoices() {
  return useQuery({ queryKey: queryKeys.compareEventChoices, queryFn: () => call('events.list', { limit: 1000 }) });
}

export function useSourceChoices() {
  return useQuery({ queryKey: queryKeys.compareSourceChoices, queryFn: () => call('sources.list', { limit: 500 }) });
}

export type ResolveInput = OperationInput<'discrepancies.resolve'>;

export function useResolutionChanges(eventId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.compareEvent(eventId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.history });
  };
  return {
    resolve: useMutation({ mutationFn: (input: ResolveInput) => call('discrepancies.resolve', input), onSuccess }),
    reopen: useMutation({ mutationFn: (key: string) => call('discrepancies.reopen', { eventId, key }), onSuccess }),
  };
}
