// Highlights in reading order: one source's for the reader's side panel, or
// all of them (filtered by status or tag) for lists such as the orphans.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { toHighlights, highlightColumns, type HighlightRow } from './highlight-rows.ts';
import type { Highlight } from './highlight-types.ts';
import { readSummary } from '../sources/source-rows.ts';
import { MAX_LIST_ROWS } from '../limits.ts';

export const listHighlightsInput = z.object({
  sourceId: z.string().min(1).max(100).optional(),
  status: z.enum(['anchored', 'moved', 'fuzzy', 'orphaned']).optional(),
  tagId: z.string().min(1).max(100).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_LIST_ROWS).default(1000),
});

export interface HighlightPage {
  rows: Highlight[];
  total: number;
}

export function listHighlights(db: Database.Database, input: z.output<typeof listHighlightsInput>): HighlightPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (input.sourceId !== undefined) {
    readSummary(db, input.sourceId);
    where.push('h.source_id = @sourceId');
    params['sourceId'] = input.sourceId;
  }
  if (input.status !== undefined) {
    where.push('h.status = @status');
    params['status'] = input.status;
  }
  if (input.tagId !== undefined) {
    where.push('h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = @tagId)');
    params['tagId'] = input.tagId;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  // Orphans have no place in the text; they follow the placed highlights.
  const rows = db
    .prepare(
      `SELECT ${highlightColumns} FROM highlights h ${whereSql}
       ORDER BY h.source_id, h.status = 'orphaned', h.start, h."end" DESC, h.id LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as HighlightRow[];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM highlights h ${whereSql}`).get(params) as { total: number };
  return { rows: toHighlights(db, rows), total };
}
