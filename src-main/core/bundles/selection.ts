// What an export covers: the whole project, some sources, one event or one
// tag. A selection is resolved into temporary tables of ids (selected_sources,
// selected_highlights, selected_tags, selected_events, selected_entities) so
// exporters join against them instead of holding a million ids in memory.
//
// What comes along, so that nothing exported points at something missing:
// - sources: the sources, all their highlights, and the events those highlights are linked to;
// - an event: the event, the highlights linked to it, and their sources;
// - a tag: the highlights carrying it or a tag below it, their sources and linked events;
// and always the tags on the selected highlights (with their ancestors), and
// the selected events' actors. The whole project selects every row.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { AppError } from '../api/errors.ts';

export const selectionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project') }),
  z.object({ kind: z.literal('sources'), sourceIds: z.array(z.string().min(1)).min(1).max(100_000) }),
  z.object({ kind: z.literal('event'), eventId: z.string().min(1) }),
  z.object({ kind: z.literal('tag'), tagId: z.string().min(1) }),
]);
export type Selection = z.output<typeof selectionInput>;

export const selectedTables = ['selected_sources', 'selected_highlights', 'selected_tags', 'selected_events', 'selected_entities'] as const;

export interface SelectionCounts {
  sources: number;
  highlights: number;
  tags: number;
  events: number;
  entities: number;
}

/** Fills the selected_* temp tables, runs `use`, and drops them again, even when `use` throws. */
export function withSelection<T>(db: Database.Database, selection: Selection, use: (counts: SelectionCounts) => T): T {
  for (const table of selectedTables) db.exec(`CREATE TEMP TABLE ${table} (id TEXT PRIMARY KEY) WITHOUT ROWID`);
  try {
    fillSelection(db, selection);
    return use(countSelection(db));
  } finally {
    for (const table of selectedTables) db.exec(`DROP TABLE IF EXISTS temp.${table}`);
  }
}

function fillSelection(db: Database.Database, selection: Selection): void {
  switch (selection.kind) {
    case 'project':
      for (const [table, from] of [
        ['selected_sources', 'sources'],
        ['selected_highlights', 'highlights'],
        ['selected_tags', 'tags'],
        ['selected_events', 'events'],
        ['selected_entities', 'entities'],
      ] as const) {
        db.exec(`INSERT INTO ${table} (id) SELECT id FROM main.${from}`);
      }
      return;
    case 'sources': {
      const insert = db.prepare('INSERT OR IGNORE INTO selected_sources (id) SELECT id FROM sources WHERE id = ?');
      for (const id of selection.sourceIds) insert.run(id);
      const missing = new Set(selection.sourceIds).size - countOf(db, 'selected_sources');
      if (missing > 0) {
        throw new AppError('not_found', `${missing} of the chosen sources ${missing === 1 ? 'is' : 'are'} not in this project.`);
      }
      db.exec('INSERT INTO selected_highlights (id) SELECT h.id FROM highlights h JOIN selected_sources s ON s.id = h.source_id');
      selectLinkedEvents(db);
      break;
    }
    case 'event': {
      if (db.prepare('SELECT 1 FROM events WHERE id = ?').get(selection.eventId) === undefined) {
        throw new AppError('not_found', 'That event is not in this project.');
      }
      db.prepare('INSERT INTO selected_events (id) VALUES (?)').run(selection.eventId);
      db.prepare('INSERT OR IGNORE INTO selected_highlights (id) SELECT highlight_id FROM event_links WHERE event_id = ?').run(selection.eventId);
      selectSourcesOfHighlights(db);
      break;
    }
    case 'tag': {
      if (db.prepare('SELECT 1 FROM tags WHERE id = ?').get(selection.tagId) === undefined) {
        throw new AppError('not_found', 'That tag is not in this project.');
      }
      db.prepare(
        `WITH RECURSIVE below (id) AS (SELECT ? UNION SELECT t.id FROM tags t JOIN below b ON t.parent_id = b.id)
         INSERT OR IGNORE INTO selected_highlights (id) SELECT ht.highlight_id FROM highlight_tags ht JOIN below b ON b.id = ht.tag_id`,
      ).run(selection.tagId);
      selectSourcesOfHighlights(db);
      selectLinkedEvents(db);
      break;
    }
  }
  db.exec(
    `WITH RECURSIVE used (id) AS (
       SELECT ht.tag_id FROM highlight_tags ht JOIN selected_highlights sh ON sh.id = ht.highlight_id
       UNION SELECT t.parent_id FROM tags t JOIN used u ON t.id = u.id WHERE t.parent_id IS NOT NULL)
     INSERT OR IGNORE INTO selected_tags (id) SELECT id FROM used`,
  );
  if (selection.kind === 'tag') db.prepare('INSERT OR IGNORE INTO selected_tags (id) VALUES (?)').run(selection.tagId);
  db.exec('INSERT OR IGNORE INTO selected_entities (id) SELECT ea.entity_id FROM event_actors ea JOIN selected_events se ON se.id = ea.event_id');
}

function selectLinkedEvents(db: Database.Database): void {
  db.exec('INSERT OR IGNORE INTO selected_events (id) SELECT el.event_id FROM event_links el JOIN selected_highlights sh ON sh.id = el.highlight_id');
}

function selectSourcesOfHighlights(db: Database.Database): void {
  db.exec('INSERT OR IGNORE INTO selected_sources (id) SELECT h.source_id FROM highlights h JOIN selected_highlights sh ON sh.id = h.id');
}

function countOf(db: Database.Database, table: (typeof selectedTables)[number]): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function countSelection(db: Database.Database): SelectionCounts {
  return {
    sources: countOf(db, 'selected_sources'),
    highlights: countOf(db, 'selected_highlights'),
    tags: countOf(db, 'selected_tags'),
    events: countOf(db, 'selected_events'),
    entities: countOf(db, 'selected_entities'),
  };
}
