// The Events page: the timeline (zoomable by year, month or day, searchable) with the chosen event's
// details beside it, a form for new events, and a tab with the entity list (people, organisations).

import { useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert.tsx';
import { useDocumentTitle } from '../app/use-document-title.ts';
import { EntitiesPanel } from './EntitiesPanel.tsx';
import { EventDetailPanel } from './EventDetailPanel.tsx';
import type { Zoom } from './event-dates.ts';
import { NewEventDialog } from './NewEventDialog.tsx';
import { Timeline } from './Timeline.tsx';
import { useEventList } from './use-events.ts';
import './events.css';

const zooms: readonly { value: Zoom; label: string }[] = [
  { value: 'year', label: 'Year' },
  { value: 'month', label: 'Month' },
  { value: 'day', label: 'Day' },
];

export function EventsView() {
  const [tab, setTab] = useState<'timeline' | 'entities'>('timeline');
  const [zoom, setZoom] = useState<Zoom>('month');
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const events = useEventList(query.trim());
  useDocumentTitle('Events');

  const rows = events.data?.rows ?? [];
  const dated = rows.filter((e) => e.date.start !== null).length;

  return (
    <section className="events" aria-labelledby="events-heading">
      <div className="events__toolbar">
        <div className="events__heading-group">
          <h1 id="events-heading" className="events__heading">
            Events
          </h1>
          {events.data && (
            <span className="events__stats">
              {events.data.total} {events.data.total === 1 ? 'event' : 'events'} · {dated} dated
            </span>
          )}
        </div>
        <div className="events__tabs" role="tablist" aria-label="Events page">
          <button type="button" role="tab" aria-selected={tab === 'timeline'} className="events__tab" onClick={() => setTab('timeline')}>
            Timeline
          </button>
          <button type="button" role="tab" aria-selected={tab === 'entities'} className="events__tab" onClick={() => setTab('entities')}>
            People &amp; organisations
          </button>
        </div>
        {tab === 'timeline' && (
          <div className="events__controls">
            <input
              type="search"
              className="field-control events__search"
              placeholder="Filter events…"
              aria-label="Filter events"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            <div className="segmented" role="group" aria-label="Zoom">
              {zooms.map((z) => (
                <button key={z.value} type="button" className="segmented__button" aria-pressed={zoom === z.value} onClick={() => setZoom(z.value)}>
                  {z.label}
                </button>
              ))}
            </div>
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              New event
            </button>
          </div>
        )}
      </div>
      {tab === 'entities' ? (
        <EntitiesPanel />
      ) : events.isError ? (
        <ErrorAlert title="The events could not be loaded." error={events.error} onRetry={() => void events.refetch()} />
      ) : events.isPending ? (
        <div className="events__loading" role="status">
          Loading the timeline…
        </div>
      ) : (
        <div className="events__body">
          <div className="events__timeline">
            {rows.length === 0 ? (
              <div className="events__empty">
                <p className="events__empty-title">{query.trim() === '' ? 'No events yet' : 'No events match'}</p>
                <p>Create an event here, or open a source, highlight a passage and choose “New event from this passage”.</p>
              </div>
            ) : (
              <Timeline events={rows} zoom={zoom} selectedId={selectedId} onSelect={setSelectedId} />
            )}
          </div>
          <aside className="events__detail" aria-label="Event details">
            {selectedId !== null ? (
              <EventDetailPanel key={selectedId} id={selectedId} events={rows} onSelect={setSelectedId} />
            ) : (
              <p className="events__hint">Choose an event to see the passages that report or dispute it, and to edit, merge or delete it.</p>
            )}
          </aside>
        </div>
      )}
      <NewEventDialog open={creating} onClose={() => setCreating(false)} onCreated={setSelectedId} />
    </section>
  );
}
