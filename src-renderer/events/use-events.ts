// The events domain through the core: the timeline, one event, the events of a highlight, the
// entity list, and every change to them. Changes are undoable, so each refreshes events and history.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OperationInput } from '../../src-main/core/api/operations.ts';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export type EventPatch = OperationInput<'events.update'>['patch'];
export type NewEvent = OperationInput<'events.create'>;

export function useEventList(query = '') {
  return useQuery({ queryKey: queryKeys.eventList(query), queryFn: () => call('events.list', query === '' ? {} : { query }) });
}

export function useEvent(id: string | null) {
  return useQuery({ queryKey: queryKeys.event(id ?? ''), queryFn: () => call('events.get', { id: id ?? '' }), enabled: id !== null });
}

export function useHighlightEvents(highlightId: string) {
  return useQuery({ queryKey: queryKeys.highlightEvents(highlightId), queryFn: () => call('events.ofHighlight', { highlightId }) });
}

export function useEntities() {
  return useQuery({ queryKey: queryKeys.entities, queryFn: () => call('entities.list', {}) });
}

/** Events, entities and the history; highlights too, since a highlight's card may show its events. */
function useMarkEventsStale() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.events });
    void queryClient.invalidateQueries({ queryKey: queryKeys.entities });
    void queryClient.invalidateQueries({ queryKey: queryKeys.history });
    void queryClient.invalidateQueries({ queryKey: queryKeys.compare });
  };
}

export function useEventChanges() {
  const onSuccess = useMarkEventsStale();
  return {
    create: useMutation({ mutationFn: (event: NewEvent) => call('events.create', event), onSuccess }),
    update: useMutation({ mutationFn: ({ id, patch }: { id: string; patch: EventPatch }) => call('events.update', { id, patch }), onSuccess }),
    merge: useMutation({ mutationFn: (input: OperationInput<'events.merge'>) => call('events.merge', input), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => call('events.delete', { id }), onSuccess }),
    createFromHighlight: useMutation({ mutationFn: (input: OperationInput<'events.createFromHighlight'>) => call('events.createFromHighlight', input), onSuccess }),
    link: useMutation({ mutationFn: (input: OperationInput<'events.link'>) => call('events.link', input), onSuccess }),
    unlink: useMutation({ mutationFn: (input: OperationInput<'events.unlink'>) => call('events.unlink', input), onSuccess }),
  };
}

export function useEntityChanges() {
  const onSuccess = useMarkEventsStale();
  return {
    create: useMutation({ mutationFn: (input: OperationInput<'entities.create'>) => call('entities.create', input), onSuccess }),
    addAlias: useMutation({ mutationFn: (input: OperationInput<'entities.addAlias'>) => call('entities.addAlias', input), onSuccess }),
    removeAlias: useMutation({ mutationFn: (input: OperationInput<'entities.removeAlias'>) => call('entities.removeAlias', input), onSuccess }),
    split: useMutation({ mutationFn: (input: OperationInput<'entities.split'>) => call('entities.split', input), onSuccess }),
    merge: useMutation({ mutationFn: (input: OperationInput<'entities.merge'>) => call('entities.merge', input), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => call('entities.delete', { id }), onSuccess }),
  };
}
