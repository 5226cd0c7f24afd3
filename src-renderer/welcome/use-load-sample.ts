// "Load the sample project": our own sample documents imported through
// `project.loadSample`, after which the library shows them.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useToaster } from '../app/toast-context.ts';

export function useLoadSample() {
  const queryClient = useQueryClient();
  const toaster = useToaster();
  return useMutation({
    mutationFn: () => call('project.loadSample', {}),
    // Said here rather than by the caller: the welcome panel is gone as soon as the library has rows.
    onSuccess: async ({ imported }) => {
      toaster.show(`Loaded ${imported} sample ${imported === 1 ? 'document' : 'documents'}.`, 'success');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.sources }),
        queryClient.invalidateQueries({ queryKey: queryKeys.project }),
      ]);
    },
  });
}
