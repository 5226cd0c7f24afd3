// Reading events out of the database with their actors, link counts and linked passages, into the
// contract's shapes; the timeline order lives here so every list sorts the same way.

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import type { ActorRef, DatePrecision, EventDetail, EventSummary, LinkedPassage, Stance } from './event-types.ts';

export interface EventRow {
  id: string;
  title: string;
  date_start: string | null;
  date_end: string | null;
  date_precision: DatePrecision;
  place: string;
  description: string;
  created_at: string;
  updated_at: string;
}

interface CountRow {
  event_id: string;
  passages: number;
  sources: number;
  reports: number;
  disputes: number;
  context: number;
  sources_reporting: number;
  sources_disputing: number;
}

// Undated events follow the dated ones; ISO prefixes sort "2020" before "2020-01" before "2020-01-08".
export const timelineOrder = `e.date_start IS NULL, e.date_start, e.date_end IS NULL, e.date_end, e.title COLLATE NOCASE, e.id`;

export function readEventRow(db: Database.Database, id: string): EventRow {
  const row = db.prepare('SELECT * FROM events WHERE id = ?').get(id) as EventRow | undefined;
  if (!row) throw new AppError('not_found', `No event with id ${id}.`);
  return row;
}

export function toSummaries(db: Database.Database, rows: readonly EventRow[]): EventSummary[] {
  const ids = JSON.stringify(rows.map((r) => r.id));
  const counts = new Map(
    (
      db
        .prepare(
          `SELECT l.event_id, COUNT(*) AS passages, COUNT(DISTINCT h.source_id) AS sources,
             SUM(l.stance = 'reports') AS reports, SUM(l.stance = 'disputes') AS disputes, SUM(l.stance = 'context') AS context,
             COUNT(DISTINCT CASE WHEN l.stance = 'reports' THEN h.source_id END) AS sources_reporting,
             COUNT(DISTINCT CASE WHEN l.stance = 'disputes' THEN h.source_id END) AS sources_disputing
           FROM event_links l JOIN highlights h ON h.id = l.highlight_id
           WHERE l.event_id IN (SELECT value FROM json_each(?)) GROUP BY l.event_id`,
        )
        .all(ids) as CountRow[]
    ).map((r) => [r.event_id, r]),
  );
  const actors = new Map<string, ActorRef[]>();
  const actorRows = db
    .prepare(
      `SELECT a.event_id, n.id, n.name, n.kind FROM event_actors a JOIN entities n ON n.id = a.entity_id
       WHERE a.event_id IN (SELECT value FROM json_each(?)) ORDER BY n.name COLLATE NOCASE`,
    )
    .all(ids) as { event_id: string; id: string; name: string; kind: string }[];
  for (const r of actorRows) {
    const list = actors.get(r.event_id) ?? [];
    list.push({ id: r.id, name: r.name, kind: r.kind });
    actors.set(r.event_id, list);
  }
  return rows.map((row) => {
    const c = counts.get(row.id);
    return {
      id: row.id,
      title: row.title,
      date: { start: row.date_start, end: row.date_end, precision: row.date_precision },
      place: row.place,
      description: row.description,
      actors: actors.get(row.id) ?? [],
      counts: {
        passages: c?.passages ?? 0,
        sources: c?.sources ?? 0,
        reports: c?.reports ?? 0,
        disputes: c?.disputes ?? 0,
        context: c?.context ?? 0,
        sourcesReporting: c?.sources_reporting ?? 0,
        sourcesDisputing: c?.sources_disputing ?? 0,
      },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export function readEvent(db: Database.Database, id: string): EventDetail {
  const [summary] = toSummaries(db, [readEventRow(db, id)]);
  if (summary === undefined) throw new AppError('not_found', `No event with id ${id}.`);
  return { ...summary, passages: linkedPassages(db, id) };
}

export function linkedPassages(db: Database.Database, eventId: string): LinkedPassage[] {
  const rows = db
    .prepare(
      `SELECT l.id AS link_id, l.stance, h.id AS highlight_id, h.source_id, s.title AS source_title, h.start, h."end", h.exact, h.status, h.note
       FROM event_links l JOIN highlights h ON h.id = l.highlight_id JOIN sources s ON s.id = h.source_id
       WHERE l.event_id = ?
       ORDER BY s.published_at IS NULL, s.published_at, s.title COLLATE NOCASE, s.id, h.status = 'orphaned', h.start, h.id`,
    )
    .all(eventId) as {
    link_id: string;
    stance: Stance;
    highlight_id: string;
    source_id: string;
    source_title: string;
    start: number | null;
    end: number | null;
    exact: string;
    status: string;
    note: string;
  }[];
  return rows.map((r) => ({
    linkId: r.link_id,
    stance: r.stance,
    highlightId: r.highlight_id,
    sourceId: r.source_id,
    sourceTitle: r.source_title,
    start: r.status === 'orphaned' ? null : r.start,
    end: r.status === 'orphaned' ? null : r.end,
    exact: r.exact,
    status: r.status,
    note: r.note,
  }));
}
