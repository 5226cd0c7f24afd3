// The source open in the reader, read once through `sources.get` and then
// kept current by the answers of the edits below.

import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export function sourceQuery(id: string) {
  return queryOptions({
    queryKey: queryKeys.source(id),
    queryFn: () => call('sources.get', { id }),
  });
}

export function useSource(id: string) {
  return useQuery(sourceQuery(id));
}
