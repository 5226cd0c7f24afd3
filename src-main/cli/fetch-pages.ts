// A whole listing read from one of the core's paged operations (`sources.list`,
// `annotations.list`), a page at a time, so any number of rows can be listed.

import type { Result } from '../core/api/errors.ts';

export interface Page<T> {
  rows: T[];
  /** Null when the page was asked not to count (sources.list with countTotal: false). */
  total: number | null;
}

/** Calls `fetch` with growing offsets until `wanted` rows (or all of them) are in; an uncounted listing's total is the rows read. */
export function fetchPages<T>(pageSize: number, wanted: number, fetch: (offset: number, limit: number) => Result<Page<T>>): Result<{ rows: T[]; total: number }> {
  const rows: T[] = [];
  let total: number | null = null;
  for (;;) {
    const limit = Math.min(pageSize, wanted - rows.length);
    const page = fetch(rows.length, limit);
    if (!page.ok) return page;
    rows.push(...page.value.rows);
    total = page.value.total ?? total;
    if (page.value.rows.length < limit || rows.length >= wanted || (total !== null && rows.length >= total)) break;
  }
  return { ok: true, value: { rows, total: total ?? rows.length } };
}
