// An event's editable fields as the form holds them (plain strings), and the conversions to and
// from the contract's shapes; the date's own checks stay in the core, which says what is wrong.

import type { DatePrecision, EventDate, EventSummary } from '../../src-main/core/events/event-types.ts';

export interface EventDraft {
  title: string;
  start: string;
  end: string;
  precision: DatePrecision;
  place: string;
  description: string;
}

export const emptyDraft: EventDraft = { title: '', start: '', end: '', precision: 'unknown', place: '', description: '' };

export const precisionLabels: Record<DatePrecision, string> = {
  unknown: 'As written',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  approximate: 'Approximately (c.)',
  before: 'Before',
  after: 'After',
};

/** "As written" first: the core then takes the precision from the date's own form. */
export const precisionOptions = Object.keys(precisionLabels) as DatePrecision[];

export function draftOf(event: EventSummary): EventDraft {
  return {
    title: event.title,
    start: event.date.start ?? '',
    end: event.date.end ?? '',
    precision: event.date.precision,
    place: event.place,
    description: event.description,
  };
}

export function dateOfDraft(draft: EventDraft): EventDate {
  const start = draft.start.trim();
  const end = draft.end.trim();
  return { start: start === '' ? null : start, end: end === '' ? null : end, precision: draft.precision };
}

export function sameDraft(a: EventDraft, b: EventDraft): boolean {
  return (Object.keys(a) as (keyof EventDraft)[]).every((key) => a[key] === b[key]);
}
