// Undo and redo over the project's stored history: what each would do next
// (`history.state`) and the steps themselves. Steps run one after another, so
// pressing Ctrl+Z three times quickly undoes three changes; each refreshes what it touched.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { call } from '../api/call.ts';
import { CallError, describeError } from '../api/call-error.ts';
import { markAnnotationsStale, markProjectChanged } from '../api/mark-stale.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useToaster } from '../app/toast-context.ts';

export type HistoryDirection = 'undo' | 'redo';

const maxQueued = 50;

export function useHistoryState() {
  return useQuery({ queryKey: queryKeys.history, queryFn: () => call('history.state', {}) });
}

export interface HistoryControls {
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
  /** What the last step did ("Undone: Highlight"), for a screen reader's live region. */
  announcement: string;
  step(direction: HistoryDirection): void;
}

export function useHistory(): HistoryControls {
  const queryClient = useQueryClient();
  const toaster = useToaster();
  const state = useHistoryState();
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  const queue = useRef<HistoryDirection[]>([]);
  const running = useRef(false);

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      for (let direction = queue.current.shift(); direction !== undefined; direction = queue.current.shift()) {
        try {
          const outcome = await call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
          queryClient.setQueryData(queryKeys.history, { undoLabel: outcome.undoLabel, redoLabel: outcome.redoLabel });
          if (outcome.dropped !== undefined) {
            // The step could no longer apply and left the history: the steps queued behind it wait for a fresh press.
            queue.current = [];
            toaster.show(outcome.dropped.message, 'error');
            setAnnouncement(outcome.dropped.message);
          } else {
            // Quietly: the changed text and the buttons' new labels show it; a toast per keystroke would pile up.
            setAnnouncement(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${outcome.applied}.`);
          }
          // A source deleted or brought back: a reader open on it, the library and the counts all change.
          if (outcome.sourcesChanged) markProjectChanged(queryClient);
        } catch (error) {
          queue.current = [];
          // A queued step past the end of the history ("nothing to undo") is no failure worth a message.
          if (!(error instanceof CallError && error.code === 'conflict')) toaster.show(`Could not ${direction}: ${describeError(error)}`, 'error');
        } finally {
          markAnnotationsStale(queryClient);
        }
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [queryClient, toaster]);

  const undoLabel = state.data?.undoLabel ?? null;
  const redoLabel = state.data?.redoLabel ?? null;
  const step = useCallback(
    (direction: HistoryDirection) => {
      // While idle the labels are current, so an empty side is known; while busy the core decides.
      if (!running.current && (direction === 'undo' ? undoLabel : redoLabel) === null) return;
      if (queue.current.length >= maxQueued) return;
      queue.current.push(direction);
      void drain();
    },
    [drain, undoLabel, redoLabel],
  );

  return { undoLabel, redoLabel, busy, announcement, step };
}
