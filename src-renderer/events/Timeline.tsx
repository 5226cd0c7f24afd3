// The timeline: events down a vertical time axis, one marker per year, month or day that has events,
// with empty stretches drawn as short dashed gaps so clusters and silences both show.

import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { describeGap, formatEventDate, periodLabel, type Zoom } from './event-dates.ts';
import { groupTimeline } from './timeline-groups.ts';

interface TimelineProps {
  events: readonly EventSummary[];
  zoom: Zoom;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function Timeline({ events, zoom, selectedId, onSelect }: TimelineProps) {
  const groups = groupTimeline(events, zoom);
  return (
    <ol className="timeline" aria-label="Timeline">
      {groups.map((group) => {
        const label = group.key === null ? { main: 'Undated', sub: null } : periodLabel(group.key, zoom);
        return (
          <li key={group.key ?? 'undated'} className="timeline__period">
            {group.gapBefore > 0 && (
              <div className="timeline__gap" style={{ height: `${Math.min(56, 14 + Math.log2(group.gapBefore + 1) * 8)}px` }}>
                <span className="timeline__gap-label">{describeGap(group.gapBefore, zoom)}</span>
              </div>
            )}
            <div className="timeline__row">
              <div className="timeline__marker" aria-hidden="true">
                <span className="timeline__marker-main">{label.main}</span>
                {label.sub !== null && <span className="timeline__marker-sub">{label.sub}</span>}
              </div>
              <ul className="timeline__events" aria-label={group.key === null ? 'Undated events' : `${label.main} ${label.sub ?? ''}`.trim()}>
                {group.events.map((event) => (
                  <li key={event.id}>
                    <TimelineCard event={event} selected={event.id === selectedId} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

function TimelineCard({ event, selected, onSelect }: { event: EventSummary; selected: boolean; onSelect: (id: string) => void }) {
  const { sources, passages, sourcesDisputing, disputes } = event.counts;
  return (
    <button
      type="button"
      className={`timeline-card${selected ? ' timeline-card--selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-event-id={event.id}
      onClick={() => onSelect(event.id)}
    >
      <span className="timeline-card__date">{formatEventDate(event.date)}</span>
      <span className="timeline-card__title">{event.title}</span>
      {(event.place !== '' || event.actors.length > 0) && (
        <span className="timeline-card__meta">
          {event.place !== '' && <span className="timeline-card__place">{event.place}</span>}
          {event.actors.length > 0 && <span className="timeline-card__actors">{event.actors.map((a) => a.name).join(', ')}</span>}
        </span>
      )}
      <span className="timeline-card__counts" data-testid="event-counts">
        <span className={`timeline-card__count${sources === 0 ? ' timeline-card__count--none' : ''}`}>
          {sources} {sources === 1 ? 'source' : 'sources'}
        </span>
        <span className="timeline-card__count timeline-card__count--quiet">
          {passages} {passages === 1 ? 'passage' : 'passages'}
        </span>
        {disputes > 0 && (
          <span className="timeline-card__count timeline-card__count--disputed" title={`${disputes} disputing ${disputes === 1 ? 'passage' : 'passages'}`}>
            {sourcesDisputing} {sourcesDisputing === 1 ? 'disputes' : 'dispute'}
          </span>
        )}
      </span>
    </button>
  );
}
