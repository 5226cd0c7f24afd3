// Chooses how SQLite walks the annotations table for one request, as a
// planner with per-value statistics would. SQLite's own planner cannot tell a
// tag on 12% of highlights from one on 0.01%, and picking wrong cost 100x
// (LIMITS.md; bench/library.bench.ts measures each case):
//  * a filter that selects few rows drives: read its rows, sort them (cost: its rows);
//  * otherwise walk the index of the sort column and test each row, with CROSS
//    JOIN fixing the loop order (cost: about (offset + limit) / share rows).
//    The two cost the same when rows² = (offset + limit) × all highlights;
//  * a tag with a date sort reads its own (tag_id, created_at) index: already in order.

import type Database from 'better-sqlite3';
import { statement } from '../../project/statements.ts';
import { collectFilters, type Filter, type Params } from './table-filters.ts';
import type { AnnotationsTableInput, TableSort } from './table-input.ts';

/** Never walk-and-test for filters this small, whatever the arithmetic says. */
export const MIN_SELECTIVE_ROWS = 200;

export interface Plan {
  from: string;
  where: string[];
  params: Params;
  order: readonly string[];
  filters: Filter[];
  /** True when a filter selecting few rows drives the query: counting all its matches is cheap. */
  driverIsSmall: boolean;
  /** A lone filter's exact size when planning already counted it (a tag's kept count). */
  knownTotal: number | null;
  /** Set when the filters and the sort read the driving table alone: see pageQuery. */
  keysFirst: KeysFirst | null;
}

/** The driving table (its rowids pick the page) and the joins that complete each row. */
export interface KeysFirst {
  table: string;
  alias: string;
  joins: string;
}

// Each sort ends in a unique key, so pages never overlap; each is the key of an index (0020, 0050).
const sortKeys: Record<TableSort, readonly string[]> = {
  createdAt: ['h.created_at', 'h.rowid'],
  updatedAt: ['h.updated_at', 'h.rowid'],
  status: ['h.status', 'h.created_at', 'h.rowid'],
  color: ['h.color', 'h.created_at', 'h.rowid'],
  quote: ['substr(h.exact, 1, 40) COLLATE NOCASE', 'h.rowid'],
  note: ['substr(h.note, 1, 40) COLLATE NOCASE', 'h.rowid'],
  source: ['s.title COLLATE NOCASE', 's.seq', 'h.start', 'h.rowid'],
};

const joinSources = 'highlights h JOIN sources s ON s.id = h.source_id';

/** `override` replaces the break-even size so tests can reach every shape on a small library. */
export function planQuery(db: Database.Database, input: AnnotationsTableInput, override?: number): Plan {
  const params: Params = {};
  const filters = collectFilters(input, params);
  const order = sortKeys[input.sort];
  if (filters.length === 0) {
    const keysFirst = input.sort === 'source' ? null : { table: 'highlights', alias: 'h', joins: 'CROSS JOIN sources s ON s.id = h.source_id' };
    return { from: walkInSortOrder(input.sort), where: [], params, order, filters, driverIsSmall: false, knownTotal: null, keysFirst };
  }

  // A lone tag with a date sort is the table's most common page: its own index, its kept count, nothing to weigh.
  const [first] = filters;
  if (filters.length === 1 && first?.tagParam !== undefined && input.sort === 'createdAt') {
    return { ...tagByDate(first, [], params, filters), driverIsSmall: false, knownTotal: first.estimate(db, params, Infinity) };
  }

  // Tags have kept counts; other filters are counted only up to the break-even size.
  const selectiveRows = override ?? breakEven(db, input);
  const sized = filters.map((filter) => ({ filter, rows: filter.estimate(db, params, filter.kind === 'tag' ? Infinity : selectiveRows + 1) }));
  const knownTotal = sized.length === 1 && sized[0]?.filter.kind === 'tag' ? sized[0].rows : null;
  const smallest = sized.reduce((a, b) => (b.rows < a.rows ? b : a));
  const tag = sized.find((s) => s.filter.tagParam !== undefined);
  const others = (driver: Filter) => filters.filter((f) => f !== driver).map((f) => f.probe);

  // A tag's links in date order beat everything but a filter far smaller than the tag.
  if (input.sort === 'createdAt' && tag !== undefined && (smallest.rows > selectiveRows || smallest === tag || tag.rows <= selectiveRows)) {
    return { ...tagByDate(tag.filter, others(tag.filter), params, filters), driverIsSmall: tag.rows <= selectiveRows, knownTotal };
  }
  if (smallest.rows <= selectiveRows) {
    // Few rows: let SQLite start from them (their set) and sort; the rest are tested.
    return { from: joinSources, where: [smallest.filter.set, ...others(smallest.filter)], params, order, filters, driverIsSmall: true, knownTotal, keysFirst: null };
  }
  return { from: walkInSortOrder(input.sort), where: filters.map((f) => f.probe), params, order, filters, driverIsSmall: false, knownTotal, keysFirst: null };
}

const tagJoins = 'CROSS JOIN highlights h ON h.id = ht.highlight_id CROSS JOIN sources s ON s.id = h.source_id';

function tagByDate(tag: Filter, probes: string[], params: Params, filters: Filter[]): Omit<Plan, 'driverIsSmall' | 'knownTotal'> {
  return {
    from: `highlight_tags ht ${tagJoins}`,
    where: [`ht.tag_id = @${tag.tagParam}`, ...probes],
    params,
    order: ['ht.created_at', 'ht.rowid'],
    filters,
    // Probes test h and s, so only a tag alone can pick its page from its own index.
    keysFirst: probes.length === 0 ? { table: 'highlight_tags', alias: 'ht', joins: tagJoins } : null,
  };
}

function breakEven(db: Database.Database, input: AnnotationsTableInput): number {
  const all = statement(db, 'SELECT highlights FROM highlight_total').pluck().get() as number;
  return Math.max(MIN_SELECTIVE_ROWS, Math.ceil(Math.sqrt((input.offset + input.limit) * all)));
}

// CROSS JOIN keeps SQLite's loops in this order, so the outer table is read through the sort's index.
function walkInSortOrder(sort: TableSort): string {
  return sort === 'source'
    ? 'sources s CROSS JOIN highlights h ON h.source_id = s.id'
    : 'highlights h CROSS JOIN sources s ON s.id = h.source_id';
}
