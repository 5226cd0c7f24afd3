// Deleting an event after a plain confirmation: its links to passages go with it (the passages and
// their highlights stay). Undo brings it all back.

import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { useEventChanges } from './use-events.ts';

interface DeleteEventDialogProps {
  open: boolean;
  event: EventSummary;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteEventDialog({ open, event, onClose, onDeleted }: DeleteEventDialogProps) {
  const { remove } = useEventChanges();
  const toaster = useToaster();
  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      title={`Delete “${event.title}”?`}
      onClose={close}
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={remove.isPending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(event.id, {
                onSuccess: () => {
                  toaster.show(`Deleted “${event.title}”. Undo brings it back.`, 'success');
                  onClose();
                  onDeleted();
                },
              })
            }
          >
            {remove.isPending ? 'Deleting…' : 'Delete event'}
          </button>
        </>
      }
    >
      <p className="dialog__note">
        {event.counts.passages === 0
          ? 'No passages are linked to it.'
          : `Its ${event.counts.passages} ${event.counts.passages === 1 ? 'link' : 'links'} to passages go with it; the highlights themselves stay.`}
      </p>
      {remove.isError && (
        <p className="dialog__error" role="alert">
          {describeError(remove.error)}
        </p>
      )}
    </Dialog>
  );
}
