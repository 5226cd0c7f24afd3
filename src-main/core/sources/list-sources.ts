// The library table's query: filtering, sorting and paging all happen in
// SQLite so the renderer only ever holds the visible page.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { sourceKinds, type SourceSummary } from './source-types.ts';
import { summaryColumns, toSummary, type SummaryRow } from './source-rows.ts';
import { MAX_PAGE_ROWS } from '../limits.ts';

// Each sortable field maps to an indexed expression; nothing from the input reaches SQL text.
const sortExpressions = {
  title: 'title COLLATE NOCASE',
  publisher: 'publisher COLLATE NOCASE',
  publishedAt: 'published_at',
  kind: 'kind',
  highlightCount: 'highlight_count',
  importedAt: 'imported_at',
} as const;

export const listSourcesInput = z.object({
  sort: z.enum(Object.keys(sortExpressions) as [keyof typeof sortExpressions, ...(keyof typeof sortExpressions)[]]).default('importedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  titleContains: z.string().max(500).optional(),
  publisherContains: z.string().max(500).optional(),
  kind: z.enum(sourceKinds).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
});

export type ListSourcesInput = z.output<typeof listSourcesInput>;

export interface SourcePage {
  rows: SourceSummary[];
  total: number;
}

export function listSources(db: Database.Database, input: ListSourcesInput): SourcePage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (input.titleContains?.trim()) {
    where.push(`title LIKE @title ESCAPE '\\'`);
    params['title'] = `%${escapeLike(input.titleContains.trim())}%`;
  }
  if (input.publisherContains?.trim()) {
    where.push(`publisher LIKE @publisher ESCAPE '\\'`);
    params['publisher'] = `%${escapeLike(input.publisherContains.trim())}%`;
  }
  if (input.kind) {
    where.push('kind = @kind');
    params['kind'] = input.kind;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  // NULLs (unknown dates, publishers) go last whichever way the column is sorted.
  const sortColumn = sortExpressions[input.sort];
  const order = `${sortColumn.split(' ')[0]} IS NULL, ${sortColumn} ${direction}, seq ${direction}`;
  const rows = db
    .prepare(`SELECT ${summaryColumns} FROM sources ${whereSql} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as SummaryRow[];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM sources ${whereSql}`).get(params) as { total: number };
  return { rows: rows.map(toSummary), total };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
