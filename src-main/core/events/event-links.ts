// Linking passages to events with a stance (reports, disputes, context), from either side: the links of
// one event, or the events one highlight is linked to.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { readHighlightRow } from '../annotations/highlight-rows.ts';
import { newId, now } from '../project/ids.ts';
import { readEventRow, toSummaries, type EventRow } from './event-rows.ts';
import type { EventLink, EventSummary, Stance } from './event-types.ts';

interface LinkRow {
  id: string;
  highlight_id: string;
  event_id: string;
  stance: Stance;
  created_at: string;
  updated_at: string;
}

function toLink(row: LinkRow): EventLink {
  return { id: row.id, highlightId: row.highlight_id, eventId: row.event_id, stance: row.stance, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Links a highlight to an event, or changes the stance of the link it already has. */
export function linkHighlight(db: Database.Database, highlightId: string, eventId: string, stance: Stance): EventLink {
  readHighlightRow(db, highlightId);
  readEventRow(db, eventId);
  const at = now();
  const existing = db.prepare('SELECT * FROM event_links WHERE highlight_id = ? AND event_id = ?').get(highlightId, eventId) as LinkRow | undefined;
  if (existing !== undefined) {
    if (existing.stance !== stance) db.prepare('UPDATE event_links SET stance = ?, updated_at = ? WHERE id = ?').run(stance, at, existing.id);
    return toLink({ ...existing, stance, updated_at: existing.stance !== stance ? at : existing.updated_at });
  }
  const id = newId();
  db.prepare('INSERT INTO event_links (id, highlight_id, event_id, stance, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, highlightId, eventId, stance, at, at);
  return { id, highlightId, eventId, stance, createdAt: at, updatedAt: at };
}

export function unlinkHighlight(db: Database.Database, highlightId: string, eventId: string): { highlightId: string; eventId: string } {
  const { changes } = db.prepare('DELETE FROM event_links WHERE highlight_id = ? AND event_id = ?').run(highlightId, eventId);
  if (changes === 0) throw new AppError('not_found', 'That passage is not linked to that event.');
  return { highlightId, eventId };
}

export interface HighlightEvent {
  link: EventLink;
  event: EventSummary;
}

/** The events a highlight is linked to, in timeline order. */
export function eventsOfHighlight(db: Database.Database, highlightId: string): HighlightEvent[] {
  readHighlightRow(db, highlightId);
  const links = db.prepare('SELECT * FROM event_links WHERE highlight_id = ?').all(highlightId) as LinkRow[];
  const rows = db
    .prepare(`SELECT e.* FROM events e WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.date_start IS NULL, e.date_start, e.title COLLATE NOCASE`)
    .all(JSON.stringify(links.map((l) => l.event_id))) as EventRow[];
  const summaries = toSummaries(db, rows);
  return summaries.map((event) => ({ event, link: toLink(links.find((l) => l.event_id === event.id) as LinkRow) }));
}
