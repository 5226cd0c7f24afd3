// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), the unit date claims are
// compared in: ranges of whole days, month and year spans, weekdays, and how a range reads.

export interface DayRange {
  from: number;
  to: number;
}

const msPerDay = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

export function dateOf(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * msPerDay);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * msPerDay).getUTCDay();
}

export function monthRange(year: number, month: number): DayRange {
  return { from: dayNumber(year, month, 1), to: dayNumber(year, month + 1, 1) - 1 };
}

export function yearRange(year: number): DayRange {
  return { from: dayNumber(year, 1, 1), to: dayNumber(year, 12, 31) };
}

export function singleDay(day: number): DayRange {
  return { from: day, to: day };
}

export function addMonths(day: number, months: number): number {
  const d = dateOf(day);
  const target = dayNumber(d.year, d.month + months, 1);
  const t = dateOf(target);
  const last = monthRange(t.year, t.month).to;
  return Math.min(dayNumber(t.year, t.month, d.day), last);
}

export function isoDay(day: number): string {
  const d = dateOf(day);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Reads 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (optionally with a time after) as the range of days it covers. */
export function parseIsoRange(value: string | null | undefined): DayRange | null {
  if (value === null || value === undefined) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(value.trim());
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return yearRange(year);
  const month = Number(match[2]);
  if (match[3] === undefined) return monthRange(year, month);
  return singleDay(dayNumber(year, month, Number(match[3])));
}

/** "2025-09-09", "2025-09" for a whole month, "2020" for a whole year, else "from – to". */
export function describeDays(range: DayRange): string {
  if (range.from === range.to) return isoDay(range.from);
  const a = dateOf(range.from);
  const b = dateOf(range.to);
  const wholeMonth = a.day === 1 && range.to === monthRange(a.year, a.month).to;
  if (wholeMonth) return isoDay(range.from).slice(0, 7);
  if (a.day === 1 && a.month === 1 && b.month === 12 && b.day === 31 && a.year === b.year) return String(a.year);
  return `${isoDay(range.from)} – ${isoDay(range.to)}`;
}

export function describeTime(range: { from: number; to: number }): string {
  const hm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return range.from === range.to ? hm(range.from) : `${hm(range.from)}–${hm(range.to)}`;
}

export const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number from a full or abbreviated name ("Sept.", "Aug"), or 0. */
export function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/u, '');
  const index = monthNames.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return index + 1;
}

/** The regular-expression source for a month name, abbreviations included. */
export const monthPattern =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
export const weekdayPattern = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
