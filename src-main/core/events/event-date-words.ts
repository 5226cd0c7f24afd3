// Dates in words, one way everywhere (the CLI, the report, the exports): an
// event's date at the precision it is known ("9 September 2025", "September
// 2025", "c. 2019", "before 3 March 2020"), and a source's publication date.

import type { DatePrecision, EventDate } from './event-types.ts';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The numbers of an ISO date or prefix ("2020", "2020-03", "2020-03-05"); null when it is none. */
export function isoParts(iso: string): { year: number; month?: number; day?: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso);
  if (match === null) return null;
  const [, year, month, day] = match;
  return { year: Number(year), ...(month !== undefined ? { month: Number(month) } : {}), ...(day !== undefined ? { day: Number(day) } : {}) };
}

/** "2020", "March 2020", "3 March 2020"; anything else as it was written. */
export function formatIsoDate(iso: string): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  const name = parts.month === undefined ? undefined : monthNames[parts.month - 1];
  if (name === undefined) return String(parts.year);
  return parts.day === undefined ? `${name} ${parts.year}` : `${parts.day} ${name} ${parts.year}`;
}

/** The word a vague date is said with ("c.", "before", "after"), or null for a plain one. */
export function precisionWord(precision: DatePrecision): string | null {
  return precision === 'approximate' ? 'c.' : precision === 'before' || precision === 'after' ? precision : null;
}

export function formatEventDate(date: EventDate): string {
  if (date.start === null) return 'Undated';
  const span = date.end === null || date.end === date.start ? formatIsoDate(date.start) : `${formatIsoDate(date.start)} – ${formatIsoDate(date.end)}`;
  const word = precisionWord(date.precision);
  return word === null ? span : `${word} ${span}`;
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
