// An event's date as words, honouring how precisely it is known: "14 March
// 2024", "March 2024", "about April 2024", "before 2020", "date unknown".

import type { ExportEvent } from './read-selection.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isoParts(iso: string): { year: number; month?: number; day?: number } | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u.exec(iso);
  if (match === null) return null;
  const [, year, month, day] = match;
  return { year: Number(year), ...(month !== undefined ? { month: Number(month) } : {}), ...(day !== undefined ? { day: Number(day) } : {}) };
}

export function dateWords(iso: string): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  const month = parts.month === undefined ? '' : `${months[parts.month - 1] ?? ''} `;
  return `${parts.day === undefined ? '' : `${parts.day} `}${month}${parts.year}`;
}

export function describeEventDate(event: Pick<ExportEvent, 'dateStart' | 'dateEnd' | 'precision'>): string {
  if (event.dateStart === null) return 'date unknown';
  const range = event.dateEnd === null ? dateWords(event.dateStart) : `${dateWords(event.dateStart)} to ${dateWords(event.dateEnd)}`;
  switch (event.precision) {
    case 'approximate':
      return `about ${range}`;
    case 'before':
      return `before ${range}`;
    case 'after':
      return `after ${range}`;
    default:
      return range;
  }
}
