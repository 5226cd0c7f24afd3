// Event dates in words at their precision ("March 2020", "c. 2019", "before 3 Jan 2020"), and the
// timeline's periods: which year, month or day an event falls in, and how many empty periods lie between.

import type { EventDate } from '../../src-main/core/events/event-types.ts';

export type Zoom = 'year' | 'month' | 'day';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { year: number; month: number | null; day: number | null } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? null, day: d ?? null };
}

/** "2020", "March 2020", "3 Mar 2020". */
export function formatIso(iso: string, short = false): string {
  const { year, month, day } = parts(iso);
  if (month === null) return String(year);
  const name = monthNames[month - 1] ?? '';
  if (day === null) return `${short ? name.slice(0, 3) : name} ${year}`;
  return `${day} ${name.slice(0, 3)} ${year}`;
}

export function formatEventDate(date: EventDate): string {
  if (date.start === null) return 'Undated';
  const span = date.end === null || date.end === date.start ? formatIso(date.start) : `${formatIso(date.start, true)} – ${formatIso(date.end, true)}`;
  if (date.precision === 'approximate') return `c. ${span}`;
  if (date.precision === 'before') return `before ${span}`;
  if (date.precision === 'after') return `after ${span}`;
  return span;
}

/** The period an event belongs to at a zoom: its start cut to the zoom ("2020-03"), or coarser when that is all it says. */
export function periodKey(date: EventDate, zoom: Zoom): string | null {
  if (date.start === null) return null;
  const length = zoom === 'year' ? 4 : zoom === 'month' ? 7 : 10;
  return date.start.slice(0, length);
}

export function periodLabel(key: string, zoom: Zoom): { main: string; sub: string | null } {
  const { year, month, day } = parts(key);
  if (zoom === 'year' || month === null) return { main: String(year), sub: zoom !== 'year' ? 'no month' : null };
  if (zoom === 'month' || day === null) return { main: (monthNames[month - 1] ?? '').slice(0, 3), sub: zoom === 'day' ? `${year} · no day` : String(year) };
  return { main: `${day} ${(monthNames[month - 1] ?? '').slice(0, 3)}`, sub: String(year) };
}

/**
 * Whole periods of the zoom strictly between two period keys. A coarser key counts by its last
 * period on the left ("2023" ends in December) and its first on the right ("2025" starts in January).
 */
export function emptyPeriodsBetween(a: string, b: string, zoom: Zoom): number {
  const pa = parts(a);
  const pb = parts(b);
  const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const aMonth = pa.month ?? 12;
  const aDay = pa.day ?? lastDay(pa.year, aMonth);
  const bMonth = pb.month ?? 1;
  const bDay = pb.day ?? 1;
  if (zoom === 'year') return Math.max(0, pb.year - pa.year - 1);
  if (zoom === 'month') return Math.max(0, (pb.year - pa.year) * 12 + (bMonth - aMonth) - 1);
  const days = (Date.UTC(pb.year, bMonth - 1, bDay) - Date.UTC(pa.year, aMonth - 1, aDay)) / 86_400_000;
  return Math.max(0, Math.round(days) - 1);
}

export function describeGap(count: number, zoom: Zoom): string {
  const unit = zoom === 'year' ? 'year' : zoom === 'month' ? 'month' : 'day';
  return `${count.toLocaleString()} ${count === 1 ? unit : `${unit}s`} without events`;
}
