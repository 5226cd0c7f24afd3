// Undo and redo over the project's stored history: what each would do next
// (`history.state`) and the step itself, which refreshes everything it touched.

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/call.ts';
import { describeError } from '../api/call-error.ts';
import { markAnnotationsStale } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useToaster } from '../app/toast-context.ts';

export type HistoryDirection = 'undo' | 'redo';

export function useHistoryState() {
  return useQuery({ queryKey: queryKeys.history, queryFn: () => call('history.state', {}) });
}

export interface HistoryControls {
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
  step(direction: HistoryDirection): void;
}

export function useHistory(): HistoryControls {
  const queryClient = useQueryClient();
  const toaster = useToaster();
  const state = useHistoryState();
  const stepper = useMutation({
    mutationFn: (direction: HistoryDirection) => call(direction === 'undo' ? 'history.undo' : 'history.redo', {}),
    onSuccess: (outcome, direction) => {
      queryClient.setQueryData(queryKeys.history, { undoLabel: outcome.undoLabel, redoLabel: outcome.redoLabel });
      markAnnotationsStale(queryClient);
      toaster.show(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${outcome.applied}.`);
    },
    onError: (error, direction) => {
      // Another window (or the CLI) may have changed the history meanwhile; show what is true now.
      void queryClient.invalidateQueries({ queryKey: queryKeys.history });
      toaster.show(`Could not ${direction}: ${describeError(error)}`, 'error');
    },
  });

  const undoLabel = state.data?.undoLabel ?? null;
  const redoLabel = state.data?.redoLabel ?? null;
  return {
    undoLabel,
    redoLabel,
    busy: stepper.isPending,
    step(direction) {
      if (stepper.isPending) return;
      if ((direction === 'undo' ? undoLabel : redoLabel) === null) return;
      stepper.mutate(direction);
    },
  };
}
