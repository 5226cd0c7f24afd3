// Dates in words for the report: an event's date at the precision it is known ("9 September 2025",
// "September 2025", "c. 2019", "before 3 March 2020"), and a source's publication date.

import type { EventDate } from '../../events/event-types.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2020", "March 2020", "3 March 2020"; anything else as it was written. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  const name = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (name === undefined) return year ?? iso;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

export function formatEventDate(date: EventDate): string {
  if (date.start === null) return 'Undated';
  const span = date.end === null || date.end === date.start ? formatIsoDate(date.start) : `${formatIsoDate(date.start)} – ${formatIsoDate(date.end)}`;
  switch (date.precision) {
    case 'approximate':
      return `c. ${span}`;
    case 'before':
      return `before ${span}`;
    case 'after':
      return `after ${span}`;
    default:
      return span;
  }
}

/** What the precision means, for a reader who wonders why a date is only a month. */
export function describePrecision(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return 'known to the day';
    case 'month':
      return 'known to the month';
    case 'year':
      return 'known to the year';
    case 'approximate':
      return 'approximate';
    case 'before':
      return 'at some time before this date';
    case 'after':
      return 'at some time after this date';
    default:
      return 'date unknown';
  }
}
