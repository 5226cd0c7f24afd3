// Changing events: create (optionally with actors named in words), update, delete, and merge two events
// that are one (links, actors and resolutions follow the surviving event).

import type Database from 'better-sqlite3';
import { AppError } from '../api/errors.ts';
import { newId, now } from '../project/ids.ts';
import { createEntity, entityOfAlias } from './entities/edit-entities.ts';
import { readEntity } from './entities/entity-rows.ts';
import { guessKind } from './entities/guess-kind.ts';
import { checkEventDate } from './event-dates.ts';
import { readEvent, readEventRow } from './event-rows.ts';
import type { EventDate, EventDetail } from './event-types.ts';

export interface EventFields {
  title: string;
  date: EventDate;
  place: string;
  description: string;
  /** Entity ids, and names to find in (or add to) the entity list. */
  actorIds: readonly string[];
  actorNames: readonly string[];
}

export function createEvent(db: Database.Database, fields: EventFields): EventDetail {
  const date = checkEventDate(fields.date);
  const id = newId();
  const at = now();
  db.prepare(
    `INSERT INTO events (id, title, date_start, date_end, date_precision, place, description, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.title.trim(), date.start, date.end, date.precision, fields.place.trim(), fields.description, at, at);
  setActors(db, id, resolveActors(db, fields.actorIds, fields.actorNames));
  return readEvent(db, id);
}

export interface EventPatch {
  title?: string | undefined;
  date?: EventDate | undefined;
  place?: string | undefined;
  description?: string | undefined;
  actorIds?: readonly string[] | undefined;
  actorNames?: readonly string[] | undefined;
}

export function updateEvent(db: Database.Database, id: string, patch: EventPatch): EventDetail {
  const row = readEventRow(db, id);
  const date = patch.date === undefined ? null : checkEventDate(patch.date);
  db.prepare(
    `UPDATE events SET title = ?, date_start = ?, date_end = ?, date_precision = ?, place = ?, description = ?, updated_at = ? WHERE id = ?`,
  ).run(
    patch.title?.trim() ?? row.title,
    date === null ? row.date_start : date.start,
    date === null ? row.date_end : date.end,
    date === null ? row.date_precision : date.precision,
    patch.place?.trim() ?? row.place,
    patch.description ?? row.description,
    now(),
    id,
  );
  if (patch.actorIds !== undefined || patch.actorNames !== undefined) {
    setActors(db, id, resolveActors(db, patch.actorIds ?? [], patch.actorNames ?? []));
  }
  return readEvent(db, id);
}

export function deleteEvent(db: Database.Database, id: string): { id: string } {
  readEventRow(db, id);
  // Children first, so undo restores the event before the rows that point at it.
  db.prepare('DELETE FROM event_links WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM event_actors WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM discrepancy_resolutions WHERE event_id = ?').run(id);
  db.prepare('DELETE FROM events WHERE id = ?').run(id);
  return { id };
}

/** The same happening entered twice: everything linked to `fromId` moves to `intoId`, which keeps its own fields. */
export function mergeEvents(db: Database.Database, fromId: string, intoId: string): EventDetail {
  if (fromId === intoId) throw new AppError('invalid_input', 'An event cannot be merged into itself.');
  const from = readEventRow(db, fromId);
  const into = readEventRow(db, intoId);
  const at = now();
  // A passage linked to both keeps the surviving event's stance.
  db.prepare(
    `DELETE FROM event_links WHERE event_id = ? AND highlight_id IN (SELECT highlight_id FROM event_links WHERE event_id = ?)`,
  ).run(fromId, intoId);
  db.prepare('UPDATE event_links SET event_id = ?, updated_at = ? WHERE event_id = ?').run(intoId, at, fromId);
  db.prepare(
    `INSERT INTO event_actors (event_id, entity_id, created_at) SELECT ?, entity_id, created_at FROM event_actors WHERE event_id = ?
     ON CONFLICT (event_id, entity_id) DO NOTHING`,
  ).run(intoId, fromId);
  db.prepare('DELETE FROM event_actors WHERE event_id = ?').run(fromId);
  db.prepare(
    `DELETE FROM discrepancy_resolutions WHERE event_id = ? AND discrepancy_key IN (SELECT discrepancy_key FROM discrepancy_resolutions WHERE event_id = ?)`,
  ).run(fromId, intoId);
  db.prepare('UPDATE discrepancy_resolutions SET event_id = ?, updated_at = ? WHERE event_id = ?').run(intoId, at, fromId);
  db.prepare('DELETE FROM events WHERE id = ?').run(fromId);
  // Fill what the surviving event leaves empty.
  const description = into.description === '' ? from.description : from.description === '' ? into.description : `${into.description}\n\n${from.description}`;
  const dated = into.date_start !== null;
  db.prepare(
    `UPDATE events SET place = ?, description = ?, date_start = ?, date_end = ?, date_precision = ?, updated_at = ? WHERE id = ?`,
  ).run(
    into.place === '' ? from.place : into.place,
    description,
    dated ? into.date_start : from.date_start,
    dated ? into.date_end : from.date_end,
    dated ? into.date_precision : from.date_precision,
    at,
    intoId,
  );
  return readEvent(db, intoId);
}

function resolveActors(db: Database.Database, ids: readonly string[], names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) out.add(readEntity(db, id).id);
  for (const name of names) {
    if (name.trim() === '') continue;
    out.add(entityOfAlias(db, name) ?? createEntity(db, { name, kind: guessKind(name), aliases: [], note: '' }).id);
  }
  return [...out];
}

function setActors(db: Database.Database, eventId: string, entityIds: readonly string[]): void {
  const wanted = new Set(entityIds);
  const current = new Set((db.prepare('SELECT entity_id FROM event_actors WHERE event_id = ?').all(eventId) as { entity_id: string }[]).map((r) => r.entity_id));
  const at = now();
  for (const id of current) if (!wanted.has(id)) db.prepare('DELETE FROM event_actors WHERE event_id = ? AND entity_id = ?').run(eventId, id);
  for (const id of wanted) if (!current.has(id)) db.prepare('INSERT INTO event_actors (event_id, entity_id, created_at) VALUES (?, ?, ?)').run(eventId, id, at);
}
