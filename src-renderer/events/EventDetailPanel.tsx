// One event beside the timeline: its fields (saved together), actors, the passages linked to it by
// source with their stance, and merging it into another event or deleting it.

import { useState } from 'react';
import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { CallError, describeError } from '../api/call-error.ts';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useToaster } from '../app/toast-context.ts';
import { ActorsEditor } from './ActorsEditor.tsx';
import { DeleteEventDialog } from './DeleteEventDialog.tsx';
import { dateOfDraft, draftOf, sameDraft, type EventDraft } from './event-draft.ts';
import { formatEventDate } from './event-dates.ts';
import { EventFields } from './EventFields.tsx';
import { EventPassages } from './EventPassages.tsx';
import { MergeEventDialog } from './MergeEventDialog.tsx';
import { useEvent, useEventChanges } from './use-events.ts';

interface EventDetailPanelProps {
  id: string;
  /** The timeline's events, to merge into. */
  events: readonly EventSummary[];
  onSelect: (id: string | null) => void;
}

export function EventDetailPanel({ id, events, onSelect }: EventDetailPanelProps) {
  const event = useEvent(id);
  if (event.isError) {
    if (event.error instanceof CallError && event.error.code === 'not_found') {
      return (
        <div className="event-detail">
          <p className="events__hint">This event no longer exists (it was merged, deleted or undone).</p>
        </div>
      );
    }
    return <ErrorAlert title="The event could not be loaded." error={event.error} onRetry={() => void event.refetch()} />;
  }
  if (event.isPending) {
    return (
      <div className="events__loading" role="status">
        Loading the event…
      </div>
    );
  }
  const value = event.data;
  return (
    <div className="event-detail">
      <header className="event-detail__header">
        <span className="event-detail__date">{formatEventDate(value.date)}</span>
        <h2 className="event-detail__title">{value.title}</h2>
        <p className="event-detail__summary">
          {value.counts.sources} {value.counts.sources === 1 ? 'source' : 'sources'} · {value.counts.reports} reporting ·{' '}
          {value.counts.disputes} disputing · {value.counts.context} context
          {value.counts.passages > 0 && (
            <>
              {' · '}
              <a href={`#/compare/event/${encodeURIComponent(value.id)}`}>Compare accounts</a>
            </>
          )}
        </p>
      </header>
      <section className="event-detail__section" aria-labelledby={`${id}-passages`}>
        <h3 id={`${id}-passages`} className="event-detail__section-title">
          Passages <span className="event-detail__count">{value.passages.length}</span>
        </h3>
        <EventPassages event={value} />
      </section>
      <section className="event-detail__section" aria-labelledby={`${id}-actors`}>
        <h3 id={`${id}-actors`} className="event-detail__section-title">
          Actors
        </h3>
        <ActorsEditor event={value} />
      </section>
      <EventEditor key={JSON.stringify(draftOf(value))} event={value} />
      <EventActions event={value} events={events} onSelect={onSelect} />
    </div>
  );
}

function EventEditor({ event }: { event: EventSummary }) {
  const saved = draftOf(event);
  const [draft, setDraft] = useState<EventDraft>(saved);
  const { update } = useEventChanges();
  const toaster = useToaster();
  const dirty = !sameDraft(draft, saved);
  const save = () =>
    update.mutate(
      { id: event.id, patch: { title: draft.title, date: dateOfDraft(draft), place: draft.place, description: draft.description } },
      { onSuccess: () => toaster.show('Event saved.', 'success') },
    );
  return (
    <form
      className="event-detail__form"
      aria-label="Edit event"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty) save();
      }}
    >
      <h3 className="event-detail__section-title">Details</h3>
      <EventFields draft={draft} onChange={setDraft} disabled={update.isPending} />
      {update.isError && (
        <p className="event-detail__error" role="alert">
          {describeError(update.error)}
        </p>
      )}
      <div className="event-detail__form-actions">
        <button type="button" className="button button--small button--ghost" disabled={!dirty || update.isPending} onClick={() => (setDraft(saved), update.reset())}>
          Revert
        </button>
        <button type="submit" className="button button--small button--primary" disabled={!dirty || update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}

function EventActions({ event, events, onSelect }: { event: EventSummary; events: readonly EventSummary[]; onSelect: (id: string | null) => void }) {
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null);
  return (
    <div className="event-detail__actions">
      <button type="button" className="button button--small" onClick={() => setDialog('merge')} disabled={events.length < 2}>
        Merge into…
      </button>
      <button type="button" className="button button--small button--ghost event-detail__delete" onClick={() => setDialog('delete')}>
        Delete event
      </button>
      <MergeEventDialog open={dialog === 'merge'} event={event} onClose={() => setDialog(null)} onMerged={onSelect} />
      <DeleteEventDialog open={dialog === 'delete'} event={event} onClose={() => setDialog(null)} onDeleted={() => onSelect(null)} />
    </div>
  );
}
