// The selected events in chronological order: each with its date at its precision, place, actors,
// and how many passages and sources report it, dispute it or give context.

import type Database from 'better-sqlite3';
import { timelineOrder, toSummaries, type EventRow } from '../../events/event-rows.ts';
import type { EventSummary } from '../../events/event-types.ts';
import { anchorId, escapeHtml as esc } from './escape-html.ts';
import { describePrecision, formatEventDate } from '../../events/event-date-words.ts';
import { plural } from './report-cover.ts';

export function selectedEvents(db: Database.Database): EventSummary[] {
  const rows = db.prepare(`SELECT e.* FROM events e JOIN selected_events x ON x.id = e.id ORDER BY ${timelineOrder}`).all() as EventRow[];
  return toSummaries(db, rows);
}

export function writeTimeline(write: (chunk: string) => void, events: readonly EventSummary[]): void {
  write('<section class="chapter" id="timeline">\n<h2>Timeline</h2>\n');
  if (events.length === 0) {
    write('<p class="muted">No events are in this report.</p>\n</section>\n');
    return;
  }
  write('<ol class="timeline">\n');
  for (const event of events) {
    write(`<li id="${anchorId('ev', event.id)}"><div class="when"><time title="${esc(describePrecision(event.date))}">${esc(formatEventDate(event.date))}</time></div>`);
    write(`<h3>${esc(event.title)}</h3>`);
    write(eventFacts(event));
    if (event.description !== '') write(`<p class="event-desc">${esc(event.description)}</p>`);
    write(`<p class="meta"><a href="#${anchorId('cmp', event.id)}">Compare the accounts</a></p></li>\n`);
  }
  write('</ol>\n</section>\n');
}

/** Place, actors and the stance counts, as one small block. */
export function eventFacts(event: EventSummary): string {
  const c = event.counts;
  const lines: string[] = [];
  if (event.place !== '') lines.push(`Place: ${esc(event.place)}`);
  if (event.actors.length > 0) lines.push(`Actors: ${event.actors.map((a) => esc(a.name)).join(', ')}`);
  lines.push(
    `${c.passages} ${plural(c.passages, 'passage', 'passages')} from ${c.sources} ${plural(c.sources, 'source', 'sources')}: ` +
      `<span class="badge reports">${c.reports} reporting</span> (${c.sourcesReporting} ${plural(c.sourcesReporting, 'source', 'sources')}) · ` +
      `<span class="badge disputes">${c.disputes} disputing</span> (${c.sourcesDisputing} ${plural(c.sourcesDisputing, 'source', 'sources')}) · ` +
      `<span class="badge context">${c.context} giving context</span>`,
  );
  return `<div class="event-facts">${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;
}
