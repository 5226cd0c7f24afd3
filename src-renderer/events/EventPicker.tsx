// Choosing an event by typing: a search field over the timeline's events (title, place, date, actors)
// and the matches below it, each with its date; shared by linking a passage and merging events.

import { useId, useState } from 'react';
import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { formatEventDate } from './event-dates.ts';
import { useEventList } from './use-events.ts';

interface EventPickerProps {
  /** Events not to offer (the one being merged, those already linked). */
  excluded: ReadonlySet<string>;
  selectedId: string | null;
  onChoose: (event: EventSummary) => void;
  label: string;
  autoFocus?: boolean;
}

export function EventPicker({ excluded, selectedId, onChoose, label, autoFocus = false }: EventPickerProps) {
  const [text, setText] = useState('');
  const events = useEventList();
  const id = useId();
  const words = text.trim().toLowerCase().split(/\s+/u).filter((w) => w !== '');
  const matches = (events.data?.rows ?? [])
    .filter((e) => !excluded.has(e.id))
    .filter((e) => {
      const haystack = `${e.title} ${e.place} ${formatEventDate(e.date)} ${e.actors.map((a) => a.name).join(' ')}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });

  return (
    <div className="event-picker">
      <input
        type="search"
        className="field-control"
        aria-label={label}
        aria-controls={id}
        placeholder="Search events…"
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => setText(e.target.value)}
      />
      <ul id={id} className="event-picker__list" role="listbox" aria-label="Matching events">
        {events.isPending && <li className="event-picker__note">Loading events…</li>}
        {events.data && matches.length === 0 && <li className="event-picker__note">{words.length > 0 ? 'No event matches.' : 'No other events yet.'}</li>}
        {matches.slice(0, 50).map((event) => (
          <li
            key={event.id}
            role="option"
            aria-selected={event.id === selectedId}
            tabIndex={0}
            className="event-picker__option"
            onClick={() => onChoose(event)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onChoose(event);
              }
            }}
          >
            <span className="event-picker__title">{event.title}</span>
            <span className="event-picker__date">{formatEventDate(event.date)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
