// The shapes of events as the contract returns them: an event with its date (and how precisely it is
// known), place, actors and the passages linked to it, and the counts the timeline shows.

export const datePrecisions = ['day', 'month', 'year', 'approximate', 'before', 'after', 'unknown'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const stances = ['reports', 'disputes', 'context'] as const;
export type Stance = (typeof stances)[number];

export interface EventDate {
  /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'; null when unknown. */
  start: string | null;
  /** Set for a range; null for a single date. */
  end: string | null;
  precision: DatePrecision;
}

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
}

export interface EventCounts {
  passages: number;
  sources: number;
  /** Passages (and distinct sources) by stance. */
  reports: number;
  disputes: number;
  context: number;
  sourcesReporting: number;
  sourcesDisputing: number;
}

export interface EventSummary {
  id: string;
  title: string;
  date: EventDate;
  place: string;
  description: string;
  actors: ActorRef[];
  counts: EventCounts;
  createdAt: string;
  updatedAt: string;
}

export interface EventLink {
  id: string;
  highlightId: string;
  eventId: string;
  stance: Stance;
  createdAt: string;
  updatedAt: string;
}

export interface LinkedPassage {
  linkId: string;
  stance: Stance;
  highlightId: string;
  sourceId: string;
  sourceTitle: string;
  /** Offsets into the source's current reading text; null when the passage is orphaned. */
  start: number | null;
  end: number | null;
  exact: string;
  status: string;
  note: string;
}

export interface EventDetail extends EventSummary {
  /** Grouped by source, in reading order within each. */
  passages: LinkedPassage[];
}
