// The source open in the reader, read once through `sources.get` and then
// kept current by the answers of the edits below.

import { useQuery } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useSource(id: string) {
  return useQuery({
    queryKey: queryKeys.source(id),
    queryFn: () => call('sources.get', { id }),
  });
}
