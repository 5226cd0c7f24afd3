// Merging an event into another that is the same happening: its passages and actors move to the
// chosen event, which keeps its own title and date. Undoable, but said plainly first.

import { useState } from 'react';
import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { EventPicker } from './EventPicker.tsx';
import { useEventChanges } from './use-events.ts';

interface MergeEventDialogProps {
  open: boolean;
  event: EventSummary;
  onClose: () => void;
  onMerged: (intoId: string) => void;
}

export function MergeEventDialog({ open, event, onClose, onMerged }: MergeEventDialogProps) {
  const [into, setInto] = useState<EventSummary | null>(null);
  const { merge } = useEventChanges();
  const toaster = useToaster();
  const close = () => {
    if (merge.isPending) return;
    setInto(null);
    merge.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      title={`Merge “${event.title}” into another event`}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={merge.isPending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={into === null || merge.isPending}
            onClick={() =>
              into &&
              merge.mutate(
                { fromId: event.id, intoId: into.id },
                {
                  onSuccess: () => {
                    toaster.show(`Merged “${event.title}” into “${into.title}”.`, 'success');
                    setInto(null);
                    onClose();
                    onMerged(into.id);
                  },
                },
              )
            }
          >
            {merge.isPending ? 'Merging…' : 'Merge'}
          </button>
        </>
      }
    >
      <EventPicker label="Merge into" excluded={new Set([event.id])} selectedId={into?.id ?? null} onChoose={setInto} autoFocus />
      <p className="dialog__note">
        {event.counts.passages} linked {event.counts.passages === 1 ? 'passage' : 'passages'} and {event.actors.length}{' '}
        {event.actors.length === 1 ? 'actor' : 'actors'} move to {into ? `“${into.title}”` : 'the chosen event'}, which keeps its title and date. “{event.title}” is
        then removed.
      </p>
      {merge.isError && (
        <p className="dialog__error" role="alert">
          {describeError(merge.error)}
        </p>
      )}
    </Dialog>
  );
}
