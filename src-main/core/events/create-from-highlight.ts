// An event straight from a highlight: titled after the passage, dated and placed from what the passage
// itself says (resolved against its source's date), with the actors the entity list recognises in it,
// and the passage linked as its first report.

import type Database from 'better-sqlite3';
import { readHighlightRow } from '../annotations/highlight-rows.ts';
import { AppError } from '../api/errors.ts';
import { dateOf, isoDay, monthRange, yearRange, type DayRange } from '../compare/claims/dates/calendar.ts';
import { findEntity } from '../compare/claims/actors/resolve-names.ts';
import { claimsOf, loadSource } from '../compare/source-claims.ts';
import { entityListVersion, loadEntityIndex } from './entities/entity-rows.ts';
import { createEvent } from './edit-events.ts';
import { linkHighlight } from './event-links.ts';
import type { EventDate, EventDetail, EventLink, Stance } from './event-types.ts';
import { readEvent } from './event-rows.ts';

export function createEventFromHighlight(
  db: Database.Database,
  input: { highlightId: string; title?: string | undefined; stance: Stance },
): { event: EventDetail; link: EventLink } {
  const highlight = readHighlightRow(db, input.highlightId);
  const title = input.title?.trim() || titleFrom(highlight.exact);
  let date: EventDate = { start: null, end: null, precision: 'unknown' };
  let place = '';
  const actorIds: string[] = [];
  if (highlight.status !== 'orphaned' && highlight.start !== null && highlight.end !== null) {
    const source = loadSource(db, highlight.source_id);
    const entities = loadEntityIndex(db);
    const read = claimsOf(source, null, entities, entityListVersion(db));
    const within = (c: { start: number; end: number }) => c.start < (highlight.end ?? 0) && c.end > (highlight.start ?? 0);
    const dated = read.claims.find((c) => c.kind === 'date' && c.value.kind === 'date' && c.value.day !== null && within(c));
    if (dated !== undefined && dated.value.kind === 'date' && dated.value.day !== null) date = eventDateOf(dated.value.day);
    const placed = read.claims.find((c) => c.kind === 'place' && within(c));
    if (placed !== undefined && placed.value.kind === 'place') place = placed.value.name;
    for (const mention of read.mentions) {
      if (!within(mention)) continue;
      const entity = findEntity(entities, mention.name);
      if (entity !== null && !actorIds.includes(entity.id)) actorIds.push(entity.id);
    }
  }
  if (title === '') throw new AppError('invalid_input', 'The event needs a title.');
  const event = createEvent(db, { title, date, place, description: '', actorIds, actorNames: [] });
  const link = linkHighlight(db, input.highlightId, event.id, input.stance);
  return { event: readEvent(db, event.id), link };
}

/** The passage's first sentence, cut at a word near 120 characters. */
function titleFrom(exact: string): string {
  const sentence = exact.trim().split(/(?<=[.!?])\s+/u)[0] ?? '';
  const clean = sentence.replace(/\s+/gu, ' ').replace(/[.!?]$/u, '');
  if (clean.length <= 120) return clean;
  return `${clean.slice(0, 120).replace(/\s+\S*$/u, '')}…`;
}

/** A range of days as an event date at the precision it has: a day, a whole month or year, else a range. */
export function eventDateOf(range: DayRange): EventDate {
  const a = dateOf(range.from);
  const b = dateOf(range.to);
  if (range.from === range.to) return { start: isoDay(range.from), end: null, precision: 'day' };
  const month = monthRange(a.year, a.month);
  if (month.from === range.from && month.to === range.to) return { start: isoDay(range.from).slice(0, 7), end: null, precision: 'month' };
  const year = yearRange(a.year);
  if (year.from === range.from && year.to === range.to) return { start: String(a.year), end: null, precision: 'year' };
  if (a.day === 1 && range.to === monthRange(b.year, b.month).to) {
    return { start: isoDay(range.from).slice(0, 7), end: isoDay(range.to).slice(0, 7), precision: 'month' };
  }
  return { start: isoDay(range.from), end: isoDay(range.to), precision: 'day' };
}
