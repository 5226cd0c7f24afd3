// The library table's query: filtering, sorting and paging all happen in
// SQLite so the renderer only ever holds the visible page.

import type Database from 'better-sqlite3';
import { z } from 'zod';
import { sourceKinds, type SourceSummary } from './source-types.ts';
import { summaryColumns, toSummary, type SummaryRow } from './source-rows.ts';
import { MAX_PAGE_ROWS } from '../limits.ts';
import { statement } from '../project/statements.ts';

// Each sortable field maps to an indexed expression; nothing from the input reaches SQL text.
const sortExpressions = {
  title: 'title COLLATE NOCASE',
  publisher: 'publisher COLLATE NOCASE',
  publishedAt: 'published_at',
  kind: 'kind',
  highlightCount: 'highlight_count',
  importedAt: 'imported_at',
} as const;

/** The sort columns that may be NULL (unknown); the others are NOT NULL in the schema. */
const nullable: ReadonlySet<keyof typeof sortExpressions> = new Set(['publisher', 'publishedAt', 'kind']);

export const listSourcesInput = z.object({
  sort: z.enum(Object.keys(sortExpressions) as [keyof typeof sortExpressions, ...(keyof typeof sortExpressions)[]]).default('importedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  titleContains: z.string().max(500).optional(),
  publisherContains: z.string().max(500).optional(),
  kind: z.enum(sourceKinds).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
  /** Counting the matches reads every one of them; a reader fetching later pages of the same filters already has the total. */
  countTotal: z.boolean().default(true),
});

export type ListSourcesInput = z.output<typeof listSourcesInput>;

export interface SourcePage {
  rows: SourceSummary[];
  /** Sources matching the filters; null when the request said countTotal: false. */
  total: number | null;
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
    where.push(kindTerm);
    params['kind'] = input.kind;
  }
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const sortColumn = sortExpressions[input.sort];
  const select = (conditions: string[], order: string, limit: number, offset: number) =>
    statement(db, `SELECT ${summaryColumns} FROM sources ${whereOf(conditions.map(walkingSortIndex))} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit, offset }) as SummaryRow[];
  // Every sort walks its column's index (seq, the rowid, ends every index). SQLite puts NULLs first
  // ascending and last descending; unknowns go last both ways, so ascending reads the known values,
  // then the unknowns, rather than sorting the whole table on `column IS NULL` for each page.
  const column = sortColumn.split(' ')[0];
  let rows: SummaryRow[];
  if (!nullable.has(input.sort) || direction === 'DESC') rows = select(where, `${sortColumn} ${direction}, seq ${direction}`, input.limit, input.offset);
  else {
    const known = [...where, `${column} IS NOT NULL`];
    rows = select(known, `${sortColumn} ASC, seq ASC`, input.limit, input.offset);
    if (rows.length < input.limit) {
      const count = statement(db, `SELECT COUNT(*) FROM sources ${whereOf(known)}`).pluck().get(params) as number;
      rows = rows.concat(select([...where, `${column} IS NULL`], 'seq ASC', input.limit - rows.length, Math.max(0, input.offset - count)));
    }
  }
  const total = input.countTotal ? (statement(db, `SELECT COUNT(*) FROM sources ${whereOf(where)}`).pluck().get(params) as number) : null;
  return { rows: rows.map(toSummary), total };
}

const kindTerm = 'kind = @kind';

// Each kind is a large share of the library: a page walks the sort's index and tests the kind
// (`+` keeps SQLite off the kind index, which meant sorting all of a kind: 25-50 ms at 10k sources).
// Counts keep the kind index.
function walkingSortIndex(condition: string): string {
  return condition === kindTerm ? `+${kindTerm}` : condition;
}

function whereOf(conditions: readonly string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
