// The timeline: events in chronological order with how many sources and passages report, dispute or
// give context to each; filtered by words in the title, an actor or a source.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { timelineOrder, toSummaries, type EventRow } from './event-rows.ts';
import type { EventSummary } from './event-types.ts';
import { MAX_LIST_ROWS } from '../limits.ts';

export const listEventsInput = z.object({
  query: z.string().max(500).optional(),
  actorId: z.string().min(1).max(100).optional(),
  sourceId: z.string().min(1).max(100).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_LIST_ROWS).default(1000),
});

export function listEvents(db: Database.Database, input: z.output<typeof listEventsInput>): { rows: EventSummary[]; total: number } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (input.query !== undefined && input.query.trim() !== '') {
    where.push(`(e.title LIKE @query ESCAPE '\\' OR e.description LIKE @query ESCAPE '\\' OR e.place LIKE @query ESCAPE '\\')`);
    params['query'] = `%${input.query.trim().replace(/[\\%_]/gu, (c) => `\\${c}`)}%`;
  }
  if (input.actorId !== undefined) {
    where.push('e.id IN (SELECT event_id FROM event_actors WHERE entity_id = @actorId)');
    params['actorId'] = input.actorId;
  }
  if (input.sourceId !== undefined) {
    where.push('e.id IN (SELECT l.event_id FROM event_links l JOIN highlights h ON h.id = l.highlight_id WHERE h.source_id = @sourceId)');
    params['sourceId'] = input.sourceId;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`SELECT e.* FROM events e ${whereSql} ORDER BY ${timelineOrder} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as EventRow[];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM events e ${whereSql}`).get(params) as { total: number };
  return { rows: toSummaries(db, rows), total };
}
