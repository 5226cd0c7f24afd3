// The new-event form, in a dialog: title, date (with precision), place, description and actors by
// name; the core checks the date and says what is wrong with it.

import { useState } from 'react';
import { describeError } from '../api/call-error.ts';
import { Dialog } from '../app/Dialog.tsx';
import { useToaster } from '../app/toast-context.ts';
import { dateOfDraft, emptyDraft, type EventDraft } from './event-draft.ts';
import { EventFields } from './EventFields.tsx';
import { useEventChanges } from './use-events.ts';

interface NewEventDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}

export function NewEventDialog({ open, onClose, onCreated }: NewEventDialogProps) {
  const [draft, setDraft] = useState<EventDraft>(emptyDraft);
  const [actors, setActors] = useState('');
  const { create } = useEventChanges();
  const toaster = useToaster();
  const close = () => {
    if (create.isPending) return;
    setDraft(emptyDraft);
    setActors('');
    create.reset();
    onClose();
  };
  const submit = () =>
    create.mutate(
      {
        title: draft.title,
        date: dateOfDraft(draft),
        place: draft.place,
        description: draft.description,
        actorNames: actors.split(/[;\n]/u).map((a) => a.trim()).filter((a) => a !== ''),
      },
      {
        onSuccess: (event) => {
          toaster.show(`Created “${event.title}”.`, 'success');
          setDraft(emptyDraft);
          setActors('');
          onClose();
          onCreated(event.id);
        },
      },
    );
  return (
    <Dialog
      open={open}
      title="New event"
      onClose={close}
      width="wide"
      actions={
        <>
          <button type="button" className="button" onClick={close} disabled={create.isPending}>
            Cancel
          </button>
          <button type="submit" form="new-event-form" className="button button--primary" disabled={draft.title.trim() === '' || create.isPending}>
            {create.isPending ? 'Creating…' : 'Create event'}
          </button>
        </>
      }
    >
      <form
        id="new-event-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.title.trim() !== '') submit();
        }}
      >
        <EventFields draft={draft} onChange={setDraft} disabled={create.isPending} autoFocus />
        <div className="event-field">
          <label htmlFor="new-event-actors" className="event-field__label">
            Actors <span className="event-field__optional">(separate with “;”)</span>
          </label>
          <input id="new-event-actors" className="field-control" value={actors} placeholder="Ilya Voronyev; Velmora Harbour Authority" onChange={(e) => setActors(e.target.value)} />
        </div>
      </form>
      {create.isError && (
        <p className="dialog__error" role="alert">
          {describeError(create.error)}
        </p>
      )}
    </Dialog>
  );
}
