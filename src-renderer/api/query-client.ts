// The one QueryClient: how cached core answers age and when a failed call is retried.

import { QueryClient } from '@tanstack/react-query';
import { CallError } from './call-error.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The project file changes only through this window; refetching on focus would only cost time.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // The core's answers are final (invalid input stays invalid); only a failing door is worth a retry.
        retry: (failureCount, error) => error instanceof CallError && error.code === 'transport' && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
