// TimelineJS (Knight Lab) JSON: one slide per dated event, with only the date
// parts its precision knows (a month event has no day), and the precision said
// in display_date ("about", "before", "after"). TimelineJS renders text as
// HTML, so every string from the project is escaped. Undated events are left out.

import { formatEventDate, formatIsoDate, isoParts, precisionWord } from '../../events/event-date-words.ts';
import type { ExportEvent, SelectedRows } from './read-selection.ts';

interface TimelineDate {
  year: string;
  month?: string;
  day?: string;
  display_date?: string;
}

export function exportTimelineJs(rows: SelectedRows, heading: string): { json: string; counts: { events: number; undatedLeftOut: number } } {
  const sourceTitle = new Map(rows.sources.map((s) => [s.id, s.title]));
  const highlightById = new Map(rows.highlights.map((h) => [h.id, h]));
  const events: unknown[] = [];
  let undatedLeftOut = 0;
  for (const event of rows.events) {
    const start = event.dateStart === null ? null : timelineDate(event.dateStart, event.precision);
    if (start === null) {
      undatedLeftOut += 1;
      continue;
    }
    const passages = rows.links
      .filter((l) => l.eventId === event.id)
      .map((l) => ({ link: l, highlight: highlightById.get(l.highlightId) }))
      .filter((p) => p.highlight !== undefined)
      .map(({ link, highlight }) => `<li><b>${html(link.stance)}</b>, ${html(sourceTitle.get(highlight?.sourceId ?? '') ?? '')}: “${html(highlight?.exact ?? '')}”</li>`);
    const text = [
      event.place !== '' ? `<p>${html(event.place)}</p>` : '',
      event.description !== '' ? `<p>${html(event.description)}</p>` : '',
      passages.length > 0 ? `<ul>${passages.join('')}</ul>` : '',
    ].join('');
    const end = event.dateEnd === null ? null : timelineDate(event.dateEnd, event.precision);
    events.push({
      unique_id: event.id,
      start_date: start,
      ...(end !== null ? { end_date: end } : {}),
      display_date: html(formatEventDate({ start: event.dateStart, end: event.dateEnd, precision: event.precision })),
      text: { headline: html(event.title), text },
    });
  }
  const timeline = { title: { text: { headline: html(heading), text: '' } }, events };
  return { json: `${JSON.stringify(timeline, null, 2)}\n`, counts: { events: events.length, undatedLeftOut } };
}

function timelineDate(iso: string, precision: ExportEvent['precision']): TimelineDate | null {
  const parts = isoParts(iso);
  if (parts === null) return null;
  const date: TimelineDate = { year: String(parts.year) };
  if (parts.month !== undefined) date.month = String(parts.month);
  if (parts.day !== undefined) date.day = String(parts.day);
  const word = precisionWord(precision);
  if (word !== null) date.display_date = html(`${word} ${formatIsoDate(iso)}`);
  return date;
}

function html(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}
