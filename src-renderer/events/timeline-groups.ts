// Cutting the timeline into periods at the chosen zoom: each period with its events, and the empty
// stretch before it, so clusters and gaps show; undated events form the last group.

import type { EventSummary } from '../../src-main/core/events/event-types.ts';
import { emptyPeriodsBetween, periodKey, type Zoom } from './event-dates.ts';

export interface TimelineGroup {
  /** null for the undated events. */
  key: string | null;
  events: EventSummary[];
  /** Empty periods between the previous group and this one. */
  gapBefore: number;
}

/** Events arrive in timeline order (the core's); groups keep it. */
export function groupTimeline(events: readonly EventSummary[], zoom: Zoom): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const event of events) {
    const key = periodKey(event.date, zoom);
    const last = groups.at(-1);
    if (last !== undefined && last.key === key) {
      last.events.push(event);
      continue;
    }
    const previous = groups.at(-1)?.key ?? null;
    const gapBefore = previous !== null && key !== null ? emptyPeriodsBetween(previous, key, zoom) : 0;
    groups.push({ key, events: [event], gapBefore });
  }
  return groups;
}
