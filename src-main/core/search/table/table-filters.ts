// The annotations table's filters, each in the two forms a plan can use: a
// probe (tested row by row while walking an index in sort order) and, for
// filters that can drive the query, the set of highlights it selects.

import type Database from 'better-sqlite3';
import { toFtsMatch } from '../fts-match.ts';
import { parseQuery } from '../query-parser.ts';
import { statement } from '../../project/statements.ts';
import { upperBound, type AnnotationsTableInput } from './table-input.ts';

export type Params = Record<string, string | number>;

export interface Filter {
  kind: 'tag' | 'event' | 'source' | 'sourceKind' | 'status' | 'dates' | 'search';
  /** A condition on h (and s) for each row. */
  probe: string;
  /** The filter's highlights as `h.id IN (…)` or an indexed condition; cheap to start from when few. */
  set: string;
  /** Rows the filter selects, counted up to `cap` (a kept count where there is one). */
  estimate(db: Database.Database, params: Params, cap: number): number;
  /** For tags: the tag, so a date sort can read its (tag_id, created_at) index. */
  tagParam?: string;
}

export function collectFilters(input: AnnotationsTableInput, params: Params): Filter[] {
  const filters: Filter[] = [];
  [...new Set(input.tagIds)].forEach((tagId, i) => {
    const name = `tag${i}`;
    params[name] = tagId;
    filters.push({
      kind: 'tag',
      probe: `EXISTS (SELECT 1 FROM highlight_tags x WHERE x.highlight_id = h.id AND x.tag_id = @${name})`,
      set: `h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id = @${name})`,
      estimate: (db, p) => (statement(db, 'SELECT highlights FROM tag_highlight_counts WHERE tag_id = ?').pluck().get(p[name]) as number | undefined) ?? 0,
      tagParam: name,
    });
  });
  if (input.eventId !== undefined) {
    params['eventId'] = input.eventId;
    filters.push(counted('event', 'EXISTS (SELECT 1 FROM event_links l WHERE l.highlight_id = h.id AND l.event_id = @eventId)', 'h.id IN (SELECT highlight_id FROM event_links WHERE event_id = @eventId)'));
  }
  if (input.sourceId !== undefined) {
    params['sourceId'] = input.sourceId;
    filters.push(counted('source', 'h.source_id = @sourceId', 'h.source_id = @sourceId'));
  }
  if (input.sourceKind !== undefined) {
    params['sourceKind'] = input.sourceKind;
    filters.push(counted('sourceKind', 's.kind = @sourceKind', 'h.source_id IN (SELECT id FROM sources WHERE kind = @sourceKind)'));
  }
  if (input.status !== undefined) {
    const names = input.status.map((status, i) => {
      params[`status${i}`] = status;
      return `@status${i}`;
    });
    const condition = `h.status IN (${names.join(', ')})`;
    filters.push(counted('status', condition, condition));
  }
  const dates = dateCondition(input, params);
  if (dates !== null) filters.push(counted('dates', dates, dates));
  const root = input.query === undefined ? null : parseQuery(input.query);
  if (root !== null) {
    params['match'] = toFtsMatch(root);
    // The matches are read once into a set (with a Bloom filter) and probed by seq;
    // a correlated MATCH per row measured 30x slower.
    const inSearch = '(SELECT seq FROM highlight_search_keys k WHERE k.highlight_id = h.id) IN (SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH @match)';
    filters.push({
      kind: 'search',
      probe: inSearch,
      set: 'h.id IN (SELECT k.highlight_id FROM highlight_search_keys k WHERE k.seq IN (SELECT rowid FROM highlights_fts WHERE highlights_fts MATCH @match))',
      estimate: (db, p, cap) => statement(db, `SELECT COUNT(*) FROM (SELECT 1 FROM highlights_fts WHERE highlights_fts MATCH @match LIMIT ${cap})`).pluck().get(p) as number,
    });
  }
  return filters;
}

function counted(kind: Filter['kind'], probe: string, set: string): Filter {
  return {
    kind,
    probe,
    set,
    estimate: (db, params, cap) => statement(db, `SELECT COUNT(*) FROM (SELECT 1 FROM highlights h WHERE ${set} LIMIT ${cap})`).pluck().get(onlyUsed(set, params)) as number,
  };
}

// better-sqlite3 refuses named parameters the statement does not use. The names
// a statement uses are read once per SQL text (this runs on every page).
const usedNames = new Map<string, Set<string>>();

export function onlyUsed(sql: string, params: Params): Params {
  let names = usedNames.get(sql);
  if (names === undefined) {
    if (usedNames.size > 500) usedNames.clear();
    names = new Set([...sql.matchAll(/@(\w+)/gu)].map((m) => m[1] ?? ''));
    usedNames.set(sql, names);
  }
  const used = names;
  return Object.fromEntries(Object.entries(params).filter(([name]) => used.has(name)));
}

function dateCondition(input: AnnotationsTableInput, params: Params): string | null {
  const column = input.dateField === 'createdAt' ? 'h.created_at' : 'h.updated_at';
  const parts: string[] = [];
  if (input.from !== undefined) {
    params['from'] = input.from;
    parts.push(`${column} >= @from`);
  }
  if (input.to !== undefined) {
    const bound = upperBound(input.to);
    params['to'] = bound.value;
    parts.push(`${column} ${bound.inclusive ? '<=' : '<'} @to`);
  }
  return parts.length === 0 ? null : parts.join(' AND ');
}
