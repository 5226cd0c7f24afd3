// The "Events" section of a highlight's editor in the reader: the events the passage is linked to,
// with its stance (changeable) and Unlink; link to an existing event, or make a new one from it.

import { useState } from 'react';
import type { Stance } from '../../src-main/core/events/event-types.ts';
import { describeError } from '../api/call-error.ts';
import { openEvents } from '../app/route.ts';
import { useToaster } from '../app/toast-context.ts';
import { formatEventDate } from './event-dates.ts';
import { EventPicker } from './EventPicker.tsx';
import { stanceLabels, stanceList } from './StanceBadge.tsx';
import { useEventChanges, useHighlightEvents } from './use-events.ts';
import './highlight-events.css';

export function HighlightEvents({ highlightId }: { highlightId: string }) {
  const linked = useHighlightEvents(highlightId);
  const changes = useEventChanges();
  const toaster = useToaster();
  const [picking, setPicking] = useState(false);
  const busy = changes.link.isPending || changes.unlink.isPending || changes.createFromHighlight.isPending;
  const failed = (what: string) => (error: unknown) => toaster.show(`${what}: ${describeError(error)}`, 'error');
  const link = (eventId: string, stance: Stance) => changes.link.mutate({ highlightId, eventId, stance }, { onError: failed('The passage could not be linked') });
  const rows = linked.data ?? [];

  return (
    <div className="hl-editor__row hl-events" role="group" aria-label="Events of this passage">
      <span className="hl-editor__label">Events</span>
      {linked.isError && <p className="hl-events__note">The events could not be loaded: {describeError(linked.error)}</p>}
      {rows.length > 0 && (
        <ul className="hl-events__list" aria-label="Events this passage is linked to">
          {rows.map(({ event, link: current }) => (
            <li key={event.id} className="hl-events__item">
              <a className="hl-events__title" href="#/events" onClick={(e) => (e.preventDefault(), openEvents())} title="Open the timeline">
                {event.title}
              </a>
              <span className="hl-events__date">{formatEventDate(event.date)}</span>
              <select
                className="field-control hl-events__stance"
                aria-label={`Stance towards ${event.title}`}
                value={current.stance}
                disabled={busy}
                onChange={(e) => link(event.id, e.target.value as Stance)}
              >
                {stanceList.map((s) => (
                  <option key={s} value={s}>
                    {stanceLabels[s]}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="button button--small button--ghost"
                disabled={busy}
                onClick={() => changes.unlink.mutate({ highlightId, eventId: event.id }, { onError: failed('The passage could not be unlinked') })}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      {picking ? (
        <div className="hl-events__picker">
          <EventPicker
            label="Link to event"
            excluded={new Set(rows.map((r) => r.event.id))}
            selectedId={null}
            autoFocus
            onChoose={(event) => {
              link(event.id, 'reports');
              setPicking(false);
            }}
          />
          <button type="button" className="button button--small button--ghost" onClick={() => setPicking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="hl-events__actions">
          <button type="button" className="button button--small" disabled={busy} onClick={() => setPicking(true)}>
            Link to event…
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              changes.createFromHighlight.mutate(
                { highlightId },
                {
                  onSuccess: ({ event }) => toaster.show(`Created the event “${event.title}” (${formatEventDate(event.date)}).`, 'success'),
                  onError: failed('The event could not be created'),
                },
              )
            }
          >
            New event from this passage
          </button>
        </div>
      )}
    </div>
  );
}
