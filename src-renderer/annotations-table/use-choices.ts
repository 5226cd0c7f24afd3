// What the filters and bulk actions offer to pick from: the codebook's tags,
// the events, and the sources (the first 500 by title).

import { useQuery } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useTagChoices() {
  return useQuery({ queryKey: queryKeys.tags, queryFn: () => call('tags.list', {}) });
}

export function useEventChoices() {
  return useQuery({ queryKey: queryKeys.annotationEventChoices, queryFn: () => call('events.list', { limit: 1000 }) });
}

export function useSourceChoices() {
  return useQuery({ queryKey: queryKeys.annotationSourceChoices, queryFn: () => call('sources.list', { sort: 'title', direction: 'asc', limit: 500 }) });
}
