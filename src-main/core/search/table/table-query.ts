// annotations.table: filters, sort and a page in SQL shaped so an index answers
// it (see table-plan.ts), the total counted cheaply, then tags and events of
// the page's rows.

import type Database from 'better-sqlite3';
import { statement } from '../../project/statements.ts';
import { onlyUsed } from './table-filters.ts';
import type { AnnotationsTableInput } from './table-input.ts';
import { planQuery, type KeysFirst, type Plan } from './table-plan.ts';
import { pageColumns, toAnnotationRows, type AnnotationRow, type PageRow } from './table-rows.ts';

export interface AnnotationsPage {
  rows: AnnotationRow[];
  /** Rows matching the filters; a lower bound when totalExact is false. */
  total: number;
  /**
   * False when counting would have read too many rows: total is then "at least"
   * (COUNT_AHEAD past this page for one broad filter; the rows up to this page,
   * plus one if it was full, for several broad filters together).
   */
  totalExact: boolean;
}

/**
 * Counting a broad filter's rows stops this far past the page asked for: an
 * index range of 10k entries took 50 ms at 100k highlights. The total then reads
 * "at least", and grows as the reader scrolls.
 */
export const COUNT_AHEAD = 1000;

export function annotationsTable(db: Database.Database, input: AnnotationsTableInput, selectiveRows?: number): AnnotationsPage {
  const page = pageQuery(db, input, selectiveRows);
  const rows = statement(db, page.sql).all(page.params) as PageRow[];
  return { rows: toAnnotationRows(db, rows), ...countRows(db, page.plan, { offset: input.offset, limit: input.limit, rows: rows.length }) };
}

/** The page's SQL and parameters (exported so tests can EXPLAIN the plan chosen). */
export function pageQuery(
  db: Database.Database,
  input: AnnotationsTableInput,
  selectiveRows?: number,
): { sql: string; params: Record<string, string | number>; plan: Plan } {
  const plan = planQuery(db, input, selectiveRows);
  const direction = input.direction === 'asc' ? 'ASC' : 'DESC';
  const whereSql = plan.where.length > 0 ? `WHERE ${plan.where.join(' AND ')}` : '';
  const orderSql = plan.order.map((key) => `${key} ${direction}`).join(', ');
  const sql = plan.keysFirst === null ? `SELECT ${pageColumns} FROM ${plan.from} ${whereSql} ORDER BY ${orderSql} LIMIT @limit OFFSET @offset` : keysFirstSql(plan.keysFirst, whereSql, orderSql);
  return { sql, params: { ...onlyUsed(sql, plan.params), limit: input.limit, offset: input.offset }, plan };
}

// The page's rowids are read from the driving index alone (rows skipped by the
// offset cost an index step, not three lookups), then only they are joined. The
// subquery stays the outer loop (CROSS JOIN), so rows come out in its order
// with no second sort; the plans test compares every shape with the plain query.
function keysFirstSql({ table, alias, joins }: KeysFirst, whereSql: string, orderSql: string): string {
  const keys = `SELECT ${alias}.rowid AS k FROM ${table} ${alias} ${whereSql} ORDER BY ${orderSql} LIMIT @limit OFFSET @offset`;
  return `SELECT ${pageColumns} FROM (${keys}) page CROSS JOIN ${table} ${alias} ON ${alias}.rowid = page.k ${joins}`;
}

// Counting every match of several broad filters together means walking every
// row of the largest (a frequent tag at 1M highlights: 125k, with a lookup each)
// on every page; only the cheap counts are made.
function countRows(db: Database.Database, plan: Plan, page: { offset: number; limit: number; rows: number }): { total: number; totalExact: boolean } {
  const [only, ...more] = plan.filters;
  if (only === undefined) return { total: statement(db, 'SELECT highlights FROM highlight_total').pluck().get() as number, totalExact: true };
  if (plan.knownTotal !== null) return { total: plan.knownTotal, totalExact: true };
  if (more.length === 0) {
    // One filter counts through its own index, up to a little past this page.
    const cap = page.offset + page.limit + COUNT_AHEAD;
    const counted = only.estimate(db, plan.params, cap + 1);
    return { total: Math.min(counted, cap), totalExact: counted <= cap };
  }
  if (plan.driverIsSmall) {
    const from = plan.from.replaceAll('CROSS JOIN', 'JOIN');
    const sql = `SELECT COUNT(*) FROM ${from} WHERE ${plan.where.join(' AND ')}`;
    return { total: statement(db, sql).pluck().get(onlyUsed(sql, plan.params)) as number, totalExact: true };
  }
  const full = page.rows === page.limit;
  return { total: page.offset + page.rows + (full ? 1 : 0), totalExact: !full && (page.rows > 0 || page.offset === 0) };
}
