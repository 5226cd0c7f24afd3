// What the global annotations table can ask for: filters, one sort column,
// a direction and a page. Every sortable column has an index that fits it.

import { z } from 'zod';
import { sourceKinds } from '../../sources/source-types.ts';
import { MAX_PAGE_ROWS, MAX_SEARCH_QUERY_CHARS, tooLong } from '../../limits.ts';

const id = z.string().min(1).max(100);
const day = /^\d{4}-\d{2}-\d{2}$/u;
const dateOrTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z?)?$/u, 'use YYYY-MM-DD or an ISO date-time');

export const anchorStatuses = ['anchored', 'moved', 'fuzzy', 'orphaned'] as const;

/**
 * Sortable columns. Lists of tags or events are not: ordering 1M rows by a
 * derived value has no index and would hold the core for seconds; filter by them instead.
 */
export const tableSorts = ['createdAt', 'updatedAt', 'source', 'quote', 'note', 'status', 'color'] as const;
export type TableSort = (typeof tableSorts)[number];

export const annotationsTableInput = z.object({
  /** Highlights carrying every one of these tags. */
  tagIds: z.array(id).max(20).default([]),
  eventId: id.optional(),
  sourceId: id.optional(),
  sourceKind: z.enum(sourceKinds).optional(),
  status: z.array(z.enum(anchorStatuses)).min(1).max(4).optional(),
  /** Which date the range applies to. */
  dateField: z.enum(['createdAt', 'updatedAt']).default('createdAt'),
  /** Inclusive; a bare day means from its start. */
  from: dateOrTime.optional(),
  /** Inclusive; a bare day means up to its end. */
  to: dateOrTime.optional(),
  /** The search box's syntax, over quotes and notes. */
  query: z.string().max(MAX_SEARCH_QUERY_CHARS, tooLong('a search', MAX_SEARCH_QUERY_CHARS)).optional(),
  sort: z.enum(tableSorts).default('createdAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(50),
});

export type AnnotationsTableInput = z.output<typeof annotationsTableInput>;

/** The day after a bare YYYY-MM-DD, so "to" can include the whole day; a date-time is used as given. */
export function upperBound(to: string): { value: string; inclusive: boolean } {
  if (!day.test(to)) return { value: to, inclusive: true };
  const [y, m, d] = to.split('-').map(Number);
  const next = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + 1));
  return { value: next.toISOString().slice(0, 10), inclusive: false };
}
