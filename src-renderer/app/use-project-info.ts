// The open project's name, path and size, for the header.

import { useQuery } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';

export function useProjectInfo() {
  return useQuery({ queryKey: queryKeys.project, queryFn: () => call('project.info', {}) });
}
