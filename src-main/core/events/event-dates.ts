// Checking an event's date as the user gives it: ISO prefixes at the precision stated ('YYYY',
// 'YYYY-MM', 'YYYY-MM-DD'), an end not before the start, and a precision that fits what was given.

import { AppError } from '../api/errors.ts';
import { parseIsoRange, type DayRange } from '../compare/claims/dates/calendar.ts';
import type { DatePrecision, EventDate } from './event-types.ts';

export const isoPrefix = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

export function checkEventDate(date: EventDate): EventDate {
  const { start, end } = date;
  if (start === null) {
    if (end !== null) throw new AppError('invalid_input', 'A date range needs a start.');
    return { start: null, end: null, precision: 'unknown' };
  }
  const from = parseIsoRange(start);
  if (from === null || !isoPrefix.test(start) || !validDay(start)) throw new AppError('invalid_input', `"${start}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`);
  if (end !== null) {
    const to = parseIsoRange(end);
    if (to === null || !isoPrefix.test(end) || !validDay(end)) throw new AppError('invalid_input', `"${end}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).`);
    if (to.to < from.from) throw new AppError('invalid_input', `The range ends (${end}) before it starts (${start}).`);
  }
  return { start, end, precision: date.precision === 'unknown' ? precisionOf(start) : date.precision };
}

function validDay(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (d === undefined || y === undefined || m === undefined) return true;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function precisionOf(iso: string): DatePrecision {
  return iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/**
 * The days an event may fall on, for resolving dates in its passages: "before 2020-03" is open to the
 * left, "after" to the right (bounded by a year so relative dates still resolve), "approximate" widened.
 */
export function eventDayRange(date: EventDate): DayRange | null {
  const from = parseIsoRange(date.start);
  if (from === null) return null;
  const to = parseIsoRange(date.end) ?? from;
  switch (date.precision) {
    case 'before':
      return { from: from.from - 365, to: from.to };
    case 'after':
      return { from: from.from, to: to.to + 365 };
    case 'approximate':
      return { from: from.from - 15, to: to.to + 15 };
    default:
      return { from: from.from, to: to.to };
  }
}
